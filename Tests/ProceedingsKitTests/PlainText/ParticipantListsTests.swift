import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A report's list of participants as annexes print it: under "APPENDIX 2 – LIST OF PARTICIPANTS" after a blank line,
/// sorted in groups ("Experts", "Secretariat"), each name as "Given FAMILY — Affiliation" or family first ("FAMILY,
/// Given — Affiliation"), to the next heading of the document. Invented lines.
@Suite struct ParticipantListsTests {
    static func participants(_ record: Record) -> [String] {
        let names = Dictionary(uniqueKeysWithValues: record.persons.map { ($0.id, $0.name) })
        return record.participations.filter { $0.role == .participant }
            .compactMap { p in p.personId.flatMap { names[$0] }.map { "\($0) — \(p.affiliation ?? "")" } }
    }

    @Test func aListSortedInGroupsWithFamilyNamesFirst() throws {
        let record = try Invented.record(body: """
            The consultation was opened by Mr Manuel Arteaga, Director.

            APPENDIX 2 – LIST OF PARTICIPANTS

            Experts
            DE OLIVEIRA NETO, João Batista — Federal University of Pará, Belém, Brazil
            KAUFUSI, Tevita (Pacific Community)
            Comfort Adjoa MENSAH — Fishmongers Association, Elmina, Ghana

            Secretariat
            Lamia Ben Amor, Marine Institute, Tunis

            APPENDIX 3 – AGENDA

            1. Opening of the meeting
            """)
        #expect(Self.participants(record) == [
            "João Batista DE OLIVEIRA NETO — Federal University of Pará, Belém, Brazil",
            "Tevita KAUFUSI — Pacific Community",
            "Comfort Adjoa MENSAH — Fishmongers Association, Elmina, Ghana",
            "Lamia Ben Amor — Marine Institute, Tunis",
        ])
    }

    @Test func aFamilyNameFirstIsReadOnlyInCapitals() {
        #expect(RosterLines.invertedPerson("Smith, John — University", .builtIn) == nil)
        #expect(RosterLines.invertedPerson("SMITH, John — University of Leeds", .builtIn)?.1 == "University of Leeds")
    }

    @Test func aListPrintedAsATable() throws {
        let record = try Invented.record(body: """
            The consultation was opened by Mr Manuel Arteaga, Director.

            List of Participants

            Name | Organisation | Country
            Tevita Kaufusi | Pacific Community | Fiji
            Comfort Mensah | Fishmongers Association | Ghana
            """)
        #expect(Self.participants(record) == ["Tevita Kaufusi — Pacific Community, Fiji", "Comfort Mensah — Fishmongers Association, Ghana"])
    }

    @Test func aListPrintedAsASpacedTableWithANameColumn() throws {
        let record = try Invented.record(body: """
            The workshop was opened by Mr Manuel Arteaga, Director.

            ANNEX 1: LIST OF PARTICIPANTS

            No.  Country / Institution     Name                               Function
            1    Benin                     Mr. Codjo Euloge HOUNKPE           Director of Plant Protection, MAEP
            2    Burkina Faso              Mrs. Salimata OUEDRAOGO-KABORE     Head, Pesticide Control Service
            """)
        #expect(Self.participants(record) == [
            "Codjo Euloge HOUNKPE — Director of Plant Protection, MAEP, Benin",
            "Salimata OUEDRAOGO-KABORE — Head, Pesticide Control Service, Burkina Faso",
        ])
    }

    @Test func groupsOfASpacedListAndTheirBodies() throws {
        let record = try Invented.record(body: """
            The meeting was opened by Mr Manuel Arteaga, Director.

            LIST OF PARTICIPANTS

            WORLD HEALTH ORGANIZATION
            Dr. Helen Tamba                                Regulatory Systems Strengthening, WHO Headquarters, Geneva

            SADC SECRETARIAT
            Mr. Alphonse Ngoie                             Programme Assistant
            """)
        #expect(Self.participants(record) == [
            "Helen Tamba — Regulatory Systems Strengthening, WHO Headquarters, Geneva", "Alphonse Ngoie — Programme Assistant",
        ])
    }

    @Test func initialsBeforeAFamilyNameAreNoFamilyNameInCapitals() throws {
        let name = try #require(Names.parse("N.S. Masipa", .builtIn))
        #expect(name.family == "Masipa" && name.given == "N.S.")
        let record = try Invented.record(body: """
            Members present: Ms N.P. Ndlovu (ANC); Mr N.S. Masipa (DA)

            Mr Masipa (DA) asked why the Department had not acted.
            """)
        #expect(record.persons.map(\.name) == ["N.P. Ndlovu", "N.S. Masipa"])
    }
}
