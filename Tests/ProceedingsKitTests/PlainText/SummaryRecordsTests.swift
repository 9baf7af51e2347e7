import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Summary records of intergovernmental bodies: "SUMMARY RECORD OF THE THIRD MEETING", "Chair: A / later: B", a list of
/// contents whose agenda items the body goes through again in capitals, "The CHAIR said" for whoever presides, and
/// "B, Vice-Chair, took the Chair". Invented lines.
@Suite struct SummaryRecordsTests {
    static let record = """
        ORGANIZATION FOR COASTAL STUDIES

        SUMMARY RECORD OF THE SECOND MEETING

        Held at the Lake Hall, Nairobi, on Tuesday, 4 June 2019, at 10 a.m.

        Chair: Ms. A. LINDQVIST (Sweden)
        later: Mr. P. OKAFOR (Nigeria) (Vice-Chair)

        CONTENTS
        Agenda item 3: Coastal data
        Agenda item 4: Regional centres

        AGENDA ITEM 3: COASTAL DATA

        1. The CHAIR invited the Secretariat to introduce the document.

        2. Mr. MOREAU (Secretariat) said that fourteen Members had replied to the survey.

        Mr. Okafor (Nigeria), Vice-Chair, took the Chair.

        AGENDA ITEM 4: REGIONAL CENTRES

        3. Ms. TRAN (Viet Nam) said that training remained a priority.

        4. The CHAIR suggested that the Committee take note of the report.
        """

    @Test func theMeetingItselfIsTheTitle() throws {
        let record = try Invented.record(Self.record)
        #expect(record.event.title == "SUMMARY RECORD OF THE SECOND MEETING")
        #expect(record.event.venue == "Lake Hall, Nairobi")
    }

    @Test func theItemsListedAreThePartsTheRecordGoesThrough() throws {
        let record = try Invented.record(Self.record)
        #expect(record.parts.map { "\($0.label) | \($0.title ?? "")" } == ["Agenda item 3 | Coastal data", "Agenda item 4 | Regional centres"])
        let roles = record.participations.compactMap { participation -> String? in
            guard let part = participation.partId, let person = participation.personId.flatMap(record.person) else { return nil }
            return "\(part) \(person.name) \(participation.role.rawValue)"
        }
        #expect(roles == [
            "session-1 A. LINDQVIST chair", "session-1 MOREAU speaker", "session-1 P. OKAFOR chair",
            "session-2 TRAN speaker", "session-2 P. OKAFOR chair",
        ])
    }

    @Test func whoeverIsLaterInTheChairChairsTheMeetingToo() throws {
        let record = try Invented.record(Self.record)
        #expect(record.participations.filter { $0.partId == nil && $0.role == .chair }.compactMap { $0.personId.flatMap(record.person)?.name }
            == ["A. LINDQVIST", "P. OKAFOR"])
    }

    /// A rapporteur's report of a Francophone workshop: numbered papers ("Communication 1:"), working groups listed with who
    /// chaired and reported, and those who assisted the chair or the rapporteur.
    @Test func papersGroupsAndThoseWhoAssisted() throws {
        let record = try Invented.record(body: """
            The proceedings were conducted under the chairmanship of Mr. Mamadou DIOP, Budget Director, assisted by \
            Mrs. Aissata TOURE (Mali) as vice-chair. The general rapporteur was Mr. Serge OUEDRAOGO (Burkina Faso), assisted \
            by Ms. Clarisse AHOUNOU (Benin).

            Communication 1: The legal framework of programme budgets
            Presented by Mr. Jean KABORE, adviser, AFRITAC West.

            Three working groups were set up:
            Group 1: Programme structure and indicators – chaired by Togo, rapporteur Mr. Kodjo AGBEKO.
            Group 2: Accountability and internal control – chaired by Mr. Ali SOW, rapporteur Ms. Mariam COULIBALY.
            """)
        #expect(record.parts.map { "\($0.label) | \($0.title ?? "")" } == [
            "Communication 1 | The legal framework of programme budgets", "Group 1 | Programme structure and indicators",
            "Group 2 | Accountability and internal control",
        ])
        #expect(record.roleLines == [
            "Mamadou DIOP chair", "Aissata TOURE chair", "Serge OUEDRAOGO rapporteur", "Clarisse AHOUNOU rapporteur",
            "Jean KABORE presenter", "Kodjo AGBEKO rapporteur", "Ali SOW chair", "Mariam COULIBALY rapporteur",
        ])
    }

    /// Under a session, a numbered presentation with its speaker is a talk in it, not a part of its own.
    @Test func aPresentationUnderASessionIsATalk() throws {
        let record = try Invented.record(body: """
            Session 1. Diagnosis: Vulnerabilities in Supply Chains
            Presentation 1: "Supply chain risks in minerals" – Dr. CHOI Min-seok (Research Fellow, KIEP)
            """)
        #expect(record.parts.map(\.label) == ["Session 1."])
        #expect(record.roleLines == ["CHOI Min-seok presenter"])
    }

    /// A UN document's masthead: "Distr." over "LIMITED", the symbol and date, and a table of contents under the title that is
    /// no subtitle.
    @Test func aDistributionMarkAndContentsUnderTheTitle() throws {
        let record = try Invented.record("""
            ECONOMIC COMMISSION FOR THE ANDES

            Distr.
            LIMITED

            LC/AND/L.12
            20 November 2018

            REPORT OF THE EXPERT GROUP MEETING ON DIGITAL TRADE

            Lima, 11 and 12 October 2018

            CONTENTS
            A. Attendance
            B. Conclusions

            A. ATTENDANCE

            The meeting was organized by the Commission.
            """)
        #expect(record.event.title == "EXPERT GROUP MEETING ON DIGITAL TRADE")
        #expect(record.event.subtitle == nil)
        #expect(record.event.startDate == "2018-10-11")
    }
}
