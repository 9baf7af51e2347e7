import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// The report of a UN meeting as its secretariat issues it: the logo's words and the symbol's column over the meeting's
/// name, "Report of the ..." under it, chapters in Roman numerals and sentence case with lettered subsections, officers
/// elected in a paragraph or as a Bureau, documents introduced by the secretariat, the symbol and page number at every
/// page break, and an annex that lists the participants. Invented lines.
@Suite struct UNMeetingReportsTests {
    static let report = """
        UNITED
        NATIONS                                                    EP
                                                     UNEP/SOIL/EGM.2/4
        United Nations                               Distr.: General
        Environment Programme                        4 April 2024
                                                     Original: English

        Expert Group Meeting on Soil Health Indicators
        Nairobi, 11–12 March 2024

        Report of the Expert Group Meeting on Soil Health Indicators

        I.   Opening of the meeting
        1.   The second Expert Group Meeting on Soil Health Indicators was convened by the Executive Director of the United Nations Environment Programme and held at the United Nations Office at Nairobi on 11 and 12 March 2024.
        2.   The meeting was opened by Ms. Ana Lindqvist, Head of the Land Unit, who welcomed the experts.

        II.  Organizational matters
             A.   Election of officers
        3.   The experts elected Mr. Tomas Ruiz (Chile) and Ms. Maija Lind (Finland) as Co-Chairs. Mr. Kofi Mensah (Ghana) was elected Rapporteur.
             B.   Attendance
        4.   The meeting was attended by 10 experts.

        III. Review of the draft indicator set (agenda item 3)
        5.   Ms. Lee Tan (secretariat) introduced the draft set of indicators.
        6.   Mr. Omar Said, Chief, Data Section, introduced document UNEP/SOIL/EGM.2/2.

        IV.  Closure of the meeting
        7.   The Co-Chairs closed the meeting. The next meeting is to be held on 9 December 2024.

        UNEP/SOIL/EGM.2/4
                                                                         5
        Annex
        List of participants

        Chile: Mr. Tomas Ruiz, Head, Soil Office, Santiago
        Kenya: Ms. Wanjiku Otieno, Chief Economist, Nairobi
        Peru: Mr. Hugo Quispe, Engineer, Lima
        """

    @Test func theLogoAndTheSymbolsColumnStandOverTheMeetingAndTheReportOfIt() throws {
        let record = try Invented.record(Self.report)
        #expect(record.event.title == "Expert Group Meeting on Soil Health Indicators")
        // "Report of the <title>" under the title says what the document is; it is no subtitle.
        #expect(record.document.documentType == "Report")
        #expect(record.event.subtitle == nil)
        #expect(record.document.issued == "2024-04-04")
        #expect(record.event.startDate == "2024-03-11")
        // "The next meeting is to be held on 9 December 2024": another meeting's date.
        #expect(record.event.endDate == "2024-03-12")
        // The head of a body convenes in its name.
        #expect(record.organizers == ["United Nations Environment Programme"])
    }

    @Test func chaptersInSentenceCaseArePartsAndTheirLetteredSubsectionsNoPeople() throws {
        let record = try Invented.record(Self.report)
        let titles = record.parts.map(\.label)
        #expect(titles.contains("III. Review of the draft indicator set (agenda item 3)"))
        #expect(record.parts.first { $0.label.hasPrefix("IV.") }?.kind == .closing)
        // "B.   Attendance": a subsection's letter, set apart as no initial is.
        #expect(!record.roles.contains { $0.name.contains("Attendance") })
    }

    @Test func officersElectedTogetherAndDocumentsIntroducedByTheSecretariat() throws {
        let record = try Invented.record(Self.report)
        #expect(record.roles.contains { $0.name == "Tomas Ruiz" && $0.role == .chair })
        #expect(record.roles.contains { $0.name == "Maija Lind" && $0.role == .chair })
        #expect(record.roles.contains { $0.name == "Lee Tan" && $0.role == .presenter })
        #expect(record.roles.contains { $0.name == "Omar Said" && $0.role == .presenter })
    }

    @Test func theRunningHeadAndAnAnnexEndTheLastChapter() throws {
        let record = try Invented.record(Self.report)
        // The annex's list is no part of the closing item: those it lists attended.
        #expect(record.roles.contains { $0.name == "Wanjiku Otieno" && $0.role == .participant })
        #expect(record.roles.contains { $0.name == "Hugo Quispe" && $0.role == .participant })
        #expect(!record.roles.contains { $0.name == "Hugo Quispe" && $0.role == .closingSpeaker })
        let facts = Invented.explain(Self.report)
        #expect(!facts.contains { $0.contains("\"5\"") || $0.contains("UNEP/SOIL/EGM.2/4\" by") })
    }

    static let finalReport = """
        United Nations                                    SHS/WAT/IGC-EXT/2024/3
        Educational, Scientific and                       Paris, 15 November 2024
        Cultural Organization                             Original: English

        Intergovernmental Council of the Water Programme
        Extraordinary session
        UNESCO Headquarters, Paris, Room XI
        9–10 October 2024

        FINAL REPORT

        Item 1 – Opening of the session
        1.  The extraordinary session of the Intergovernmental Council of the Water Programme was convened by the Director-General of UNESCO and held at UNESCO Headquarters, Paris, on 9 and 10 October 2024.

        Item 2 – Election of the Bureau
        2.  The Council elected by acclamation the following Bureau:
            President:         H.E. Mr Moussa Ndour (Senegal)
            Vice-Presidents:   Ms Katrin Weber (Germany)
                               Mr Pavel Novak (Czechia)
            Rapporteur:        Ms Maricel Reyes (Philippines)

        Item 3 – Closure of the session
        3.  The President thanked the Secretariat and closed the session at 5.40 p.m. on 10 October 2024.
        """

    @Test func theBodysSessionItsPlaceAndDaysOverTheTypeKeepTheTitle() throws {
        let record = try Invented.record(Self.finalReport)
        #expect(record.event.title == "Intergovernmental Council of the Water Programme")
        #expect(record.event.subtitle == "Extraordinary session")
        #expect(record.document.documentType == "FINAL REPORT")
        // "Paris, 15 November 2024" in the masthead: where and when the document was issued, not the meeting's place.
        #expect(record.document.issued == "2024-11-15")
        #expect(record.event.venue == "UNESCO Headquarters, Paris, Room XI")
        #expect(record.event.startDate == "2024-10-09")
        #expect(record.organizers == ["UNESCO"])
        #expect(!record.parts.contains { $0.label.lowercased().includes("extraordinary") })
    }

    @Test func theBureausPresidentChairsAndClosesTheVicePresidentsAttend() throws {
        let record = try Invented.record(Self.finalReport)
        #expect(record.roles.contains { $0.name == "Moussa Ndour" && $0.role == .chair })
        #expect(record.roles.contains { $0.name == "Moussa Ndour" && $0.role == .closingSpeaker })
        #expect(record.roles.contains { $0.name == "Katrin Weber" && $0.role == .participant })
        #expect(record.roles.contains { $0.name == "Pavel Novak" && $0.role == .participant })
        #expect(record.roles.contains { $0.name == "Maricel Reyes" && $0.role == .rapporteur })
    }
}
