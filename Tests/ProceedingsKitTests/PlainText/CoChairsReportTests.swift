import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A co-chairs' report: a country and a government co-host, the co-chairs act together in the parts ("Both
/// Co-Chairs delivered opening remarks"), presenters listed after "Presentations were made by:"
/// with what each spoke on, military ranks; and a news story that dates itself in its first line.
@Suite struct CoChairsReportTests {

    @Test func coChairsActInTheirParts() {
        let page = """
            CO-CHAIRS' SUMMARY REPORT

            Regional Workshop on Flood Early Warning
            Vientiane, Lao PDR, 4-5 June 2019

            1. The Workshop was held in Vientiane on 4-5 June 2019. It was co-hosted by Nepal and the Government of Norway and co-chaired by Mr. Anil Perera, Director, Disaster Management Centre, and Ms. Ingrid Dahl, Senior Adviser, Norwegian Water Directorate.

            Opening Session

            2. Both Co-Chairs delivered opening remarks.

            Session 1: Forecasting

            3. The session was moderated by Captain Ravi Nair, Indian Navy. Presentations were made by:
            • Cdr. Lucia Ortega, Naval Hydrographic Service, on tide gauges;
            • Ms. Mei Tanaka, River Office, on community alerts.

            Closing Session

            4. The Co-Chairs thanked all participants.
            """
        #expect(Invented.explain(page) == [
            "1: document-type \"CO-CHAIRS' SUMMARY REPORT\" by cue document-type.line",
            "3: title \"Regional Workshop on Flood Early Warning\" by cue title.line",
            "6: organizer \"Nepal\" by cue organizer.by (\"co-hosted by\")",
            "6: organizer \"Government of Norway\" by cue organizer.by (\"co-hosted by\")",
            "6: chair \"Anil Perera\" by cue role.chair (\"co-chaired\")",
            "6: chair \"Ingrid Dahl\" by cue role.chair (\"co-chaired\")",
            "6: start-date \"2019-06-04\" by cue date.held",
            "6: end-date \"2019-06-05\" by cue date.held",
            "6: venue \"Vientiane\" by cue venue.held-at",
            "10: opening-speaker \"Anil Perera\" in opening by cue part.opening-heading (\"opening remarks\")",
            "10: opening-speaker \"Ingrid Dahl\" in opening by cue part.opening-heading (\"opening remarks\")",
            "14: moderator \"Ravi Nair\" in session-1 by cue role.moderator (\"moderated\")",
            "15: presenter \"Lucia Ortega\" in session-1 by cue label.presenter (\"Presentations\")",
            "16: presenter \"Mei Tanaka\" in session-1 by cue label.presenter (\"Presentations\")",
            "20: closing-speaker \"Anil Perera\" in closing by cue part.closing-heading",
            "20: closing-speaker \"Ingrid Dahl\" in closing by cue part.closing-heading",
        ])
        let record = Invented.read(page).record
        #expect(record?.participations.first { $0.line == 15 }?.affiliation == "Naval Hydrographic Service")
    }

    /// "ACCRA, 14 June 2019 – The Ministry, in collaboration with the Commission, convened ...": the story's date is the page's.
    @Test func aStoryDatesItself() {
        let page = """
            PRESS STATEMENT

            MINISTRY CONVENES MEETING ON EARLY WARNING

            ACCRA, 14 June 2019 – The Ministry of Foreign Affairs, in collaboration with the Regional Commission (RC), convened a meeting on early warning from 12 to 13 June 2019. A second meeting is to be hosted by the Coastal Forum in Lomé next year.
            """
        #expect(Invented.explain(page) == [
            "1: document-type \"PRESS STATEMENT\" by cue document-type.line",
            "3: title \"MINISTRY CONVENES MEETING ON EARLY WARNING\" by cue title.line",
            "5: organizer \"Ministry of Foreign Affairs\" by cue organizer.subject (\"convened\")",
            "5: organizer \"Regional Commission (RC)\" by cue organizer.subject (\"convened\")",
            "5: issued \"2019-06-14\" by cue date.page",
            "5: start-date \"2019-06-12\" by cue date.held",
            "5: end-date \"2019-06-13\" by cue date.held",
            "5: venue \"Accra\" by cue venue.news-dateline",
        ])
    }
}
