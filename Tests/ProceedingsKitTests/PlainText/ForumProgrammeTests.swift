import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A basin council's forum: a type with a note in brackets, a keynote whose title comes before its
/// speaker, talks listed with their topic after a dash, parallel sessions lettered A and B; and a
/// news story whose type shares a line with its reading time. Invented lines.
@Suite struct ForumProgrammeTests {

    @Test func programmeOfAForum() throws {
        let page = """
            Third Basin Forum

            Livingstone, Zambia | 26–28 June 2019
            REPORT OF PROCEEDINGS (summary)

            Keynote: “Rivers without borders in a warming world” – Prof. T. N. Mwansa, Copperbelt Institute of Hydrology

            Plenary 1: Basin-wide climate scenarios
            • Dr. Hendrik Oost, Southern Waters Research Trust – downscaled rainfall projections to 2050
            • Ms. Tjiuai Kambonde, Namibia Basin Support Unit – drought early warning in the Cuvelai and Okavango

            Panel II – Data and borders
            • Mr. Karl Berg (Delta Institute) – a view from the delta

            Parallel session A: Fisheries and livelihoods
            Facilitator: Mr. Mutale Chileshe, Zambezi Fishers’ Association
            """
        let record = try Invented.record(page)
        #expect(record.document.documentType == "REPORT OF PROCEEDINGS")
        let roles = record.roleLines
        #expect(roles == ["T. N. Mwansa keynote-speaker", "Hendrik Oost presenter", "Tjiuai Kambonde presenter", "Karl Berg panelist",
                          "Mutale Chileshe moderator"])
        #expect(record.parts.map(\.label) == ["Keynote", "Plenary 1:", "Panel II –", "Parallel session A:"])
    }

    @Test func newsStoryWithAReadingTimeAndAPanelThatBroughtPeopleTogether() throws {
        let page = """
            Coalition for Rural Health
            Home | Our Work | News & Stories | Get Involved | DONATE

            EVENT REPORT · 4 min read
            Posted 2 December 2022 by Communications

            Sixth Memorial Symposium puts health workers centre stage

            More than 250 health workers met in Kampala on 24–25 November 2022 for the Sixth Memorial Symposium.

            The first day’s panel, moderated by Mr. Samuel Tum, Programme Director, brought together three voices from the frontline:
            • Ms. Josephine Nalu, Luweero District Health Team
            • Dr. Chidinma Eze-Obi, Enugu Primary Care Trust
            """
        let record = try Invented.record(page)
        #expect(record.document.documentType == "EVENT REPORT")
        #expect(record.event.title == "Sixth Memorial Symposium puts health workers centre stage")
        #expect(record.document.issued == "2022-12-02")
        let roles = record.roleLines
        #expect(roles == ["Samuel Tum moderator", "Josephine Nalu panelist", "Chidinma Eze-Obi panelist"])
        #expect(HeaderReader.withoutReadingTime("News | 5 mins read") == "News")
        #expect(HeaderReader.withoutReadingTime("Read more | Share") == "Read more | Share")
    }

    /// A topic after a dash needs a person before it who is more than a capitalised phrase.
    @Test func talksWithATopic() {
        let lexicon = GenreLexicon.builtIn
        #expect(Talks.speakerWithTopic("Dr. Ana Ruiz – rainfall projections to 2050", lexicon)?.topic == "rainfall projections to 2050")
        #expect(Talks.speakerWithTopic("Water and Cities – a new agenda for the basin", lexicon) == nil)
        #expect(Talks.speakerWithTopic("Ana Ruiz – rainfall projections", lexicon) == nil)
    }
}
