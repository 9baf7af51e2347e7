import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Lines on which a convention of the genre must not fire: a review of the rules found each one
/// inventing or losing a fact. Invented lines; each expectation says what a librarian records.
@Suite struct MisfireTests {
    private func explain(_ lines: String...) -> [String] { Invented.explain(lines.joined(separator: "\n")) }

    @Test func aPlaceUnderTheTitleIsNoTrailOfSections() {
        let explained = explain("Regional Dialogue on Water Governance", "Palais des Nations / Geneva", "12 March 2021", "",
                                "The dialogue was organised by the Water Institute.")
        #expect(explained.first == "1: title \"Regional Dialogue on Water Governance\" by cue title.line")
    }

    @Test func aTitleThatNamesABodyIsStillTheTitle() {
        for title in ["State of the Climate in Africa", "Youth Assembly on Climate Change", "Commission on the Status of Women",
                      "The Blue Economy", "Frontier Technologies and Emerging Trade Issues"] {
            let explained = explain(title, "12 March 2019", "", "Ms. Ana Ruiz, Director of the Water Institute, opened the session.")
            #expect(explained.first == "1: title \"\(title)\" by cue title.line")
        }
        let record = explain("Open-ended Working Group on Ageing", "Chair's Summary", "", "The Group met in New York on 3 May 2019.")
        #expect(record.first == "1: title \"Open-ended Working Group on Ageing\" by cue title.line")
    }

    @Test func organisersAreNotInvented() {
        let held = explain("Workshop on Fisheries Subsidies", "",
                           "The workshop was held in Mombasa on 3 May 2019 to examine the positions held by the European Union and the African Union.")
        #expect(!held.contains { $0.contains("organizer") })
        let reception = explain("Workshop on Coastal Resilience", "",
                                "The Coastal Institute organised the workshop in Mombasa on 3 May 2019. The evening reception was co-hosted by the Embassy of Italy and the Chamber of Commerce.")
        #expect(reception.filter { $0.contains("organizer") } == ["3: organizer \"Coastal Institute\" by cue organizer.subject (\"organised\")"])
        // When it was done, between the subject and its verb, is no part of who did it; nor is a portfolio's "(General Duties)".
        let dated = explain("Dialogue on Revenue", "",
                            "The Policy Research Centre (PRC), in partnership with the Ebert Foundation, on Tuesday 23rd June, 2026 convened a dialogue. It was opened by Hon. Rose Ocen, Minister of State for Finance (General Duties).")
        #expect(dated.filter { $0.contains("organizer") } == ["3: organizer \"Policy Research Centre (PRC)\" by cue organizer.subject (\"convened\")",
                                                               "3: organizer \"Ebert Foundation\" by cue organizer.subject (\"convened\")"])
        #expect(!dated.contains { $0.contains("\"Duties\"") })
        let people = explain("Seminar on Water", "", "The seminar was organised by the University of Ghana, Professor Kwame Mensah and Dr. Ama Owusu.")
        #expect(!people.contains { $0.contains("organizer \"Professor") || $0.contains("organizer \"Dr.") })
    }

    @Test func anOrganiserIsTheSubjectOfThisEvent() {
        let guest = explain("Roundtable on Mediation", "", "The Institute convened a roundtable with Ambassador Ana Ruiz on mediation.")
        #expect(!guest.contains { $0.contains("organizer \"Ana Ruiz\"") })
        let past = explain("Symposium on Peace", "", "Prof. Lars Berg, who organised the first symposium in 2009, recalled its origins.")
        #expect(!past.contains { $0.contains("organizer \"Lars Berg\"") })
    }

    @Test func absenceIsThePersonsOwn() {
        let explained = explain("Forum on Water", "",
                                "Ms. Ana Ruiz noted that many delegates were unable to attend because of visa delays. Dr. Paul Okoth regretted that the Minister could not attend.")
        #expect(!explained.contains { $0.contains("not-a-participant") })
        let absent = explain("Forum on Water", "", "Dr. Nakagawa's paper, written with Prof. Tanaka Yusuke, who was unable to attend, compared universities.")
        #expect(absent.contains { $0.contains("not-a-participant \"Tanaka Yusuke\"") })
    }

    @Test func surnamesThatAreWordsOfInstitutions() {
        let explained = explain("Seminar on Peace Studies", "",
                                "The session was moderated by Sarah Banks. The historian Robert Service, Professor at Oxford, spoke on memory. Minister of Trade, Lucy Court, closed the seminar.")
        #expect(explained.contains("3: moderator \"Sarah Banks\" by cue role.moderator (\"moderated\")"))
        #expect(explained.contains { $0.contains("\"Robert Service\"") })
        #expect(explained.contains { $0.contains("closing-speaker \"Lucy Court\"") })
    }

    @Test func datesAndPlacesFromTheRightLines() {
        let agenda = explain("Regional Forum on the 2030 Agenda", "", "On 12 March, the Water Institute held the forum in Nairobi.")
        #expect(!agenda.contains { $0.contains("2030-03-12") })
        let label = explain("News | 18 October 2021", "Regional Workshop on Coastal Resilience", "", "The Coastal Institute organised the workshop.")
        #expect(!label.contains { $0.contains("venue \"News\"") })
        #expect(PlainTextReader.venue(inTitle: "Science at the Service of Peace") == nil)
        #expect(PlainTextReader.venue(inTitle: "Lessons from Twenty Years at the World Bank") == nil)
    }

    @Test func aTableRowNamedLikeAPauseWithPeopleIsAPart() {
        let explained = explain("Forum on Ports", "", "Time | Session | Speakers", "12:30 | Lunch Keynote | Ms. Maria Lopez, Port Authority")
        #expect(explained.contains { $0.contains("\"Maria Lopez\"") })
    }

    @Test func anOrdinalNamesAPartOnlyRightAfterParts() {
        let explained = explain("Seminar on Insurance", "",
                                "The seminar was organised in three sessions. Participants identified two obstacles. The first was the cost of insurance.")
        #expect(!explained.contains { $0.contains("part \"First session\"") })
    }

    @Test func programmesChairsOfOthersAndDeeds() {
        #expect(DocumentTypes.line("Agenda 2063", .builtIn, beforeTitle: true) == nil)
        let chairs = explain("Workshop on Coasts", "", "The workshop was co-chaired by Dr. Ana Ruiz and Mr. Paul Okoth.", "",
                             "Session 3", "", "The chairs of the three working groups presented their conclusions.")
        #expect(!chairs.contains { $0.contains("presenter") })
        let vice = explain("Seminar on Trade", "", "Vice President Ana Ruiz opened the seminar. The session was chaired by the President.")
        #expect(!vice.contains { $0.contains("chair \"Ana Ruiz\"") })
        let deed = explain("Seminar on Peace", "", "Ms. Ana Ruiz founded the institute in 1959 and made it a centre of research.")
        #expect(!deed.contains { $0.contains("speaker \"Ana Ruiz\"") })
    }

    @Test func committeesAndAcknowledgementsAreNoParts() {
        let explained = explain("Forum on Ports", "", "Organising Committee", "", "- Dr. Ana Ruiz (Coastal Institute)", "- Mr. Paul Okoth (Port Authority)")
        #expect(!explained.contains { $0.contains("session-") })
    }
}
