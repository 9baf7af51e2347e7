import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// How reports and congress pages print their parts beyond "Session 1": a heading over several parts, parts named in
/// numbered paragraphs under it, parts by letter or by a congress's code, sub-numbered breakouts, and a report's
/// numbered subsections under its summary of the discussions. Invented lines.
@Suite struct GroupedPartsTests {
    static func parts(_ record: Record) -> [String] {
        record.parts.map { [$0.label, $0.title].compactMap { $0 }.joined(separator: " | ") }
    }

    static func roles(_ record: Record, in label: String) -> [String] {
        guard let part = record.parts.first(where: { $0.label == label }) else { return [] }
        let names = Dictionary(uniqueKeysWithValues: record.persons.map { ($0.id, $0.name) })
        return record.participations.filter { $0.partId == part.id }
            .compactMap { p in p.personId.flatMap { names[$0] }.map { "\($0): \(p.role.rawValue)" } }
    }

    @Test func aHeadingOverSeveralPartsAndThePartsItsParagraphsName() throws {
        let record = try Invented.record(body: """
            Plenary sessions

            6. Plenary 1: "Water in times of drought" was moderated by Mr. Omar Haddad, Director, Water Institute.

            Thematic round tables

            9. Round table A on river basins was co-facilitated by Ms. Lina Saab and Mr. Karim Fares (Water Institute). Round table B on aquifers was facilitated by Ms. Rana Aoun (University of Beirut).
            """)
        #expect(Self.parts(record) == ["Plenary 1 | Water in times of drought", "Round table A | river basins", "Round table B | aquifers"])
        #expect(Self.roles(record, in: "Round table A") == ["Lina Saab: moderator", "Karim Fares: moderator"])
        #expect(record.sections.map(\.heading).contains("Plenary sessions"))
    }

    @Test func breakoutsByNumberAndLetterAndACongresssCodes() throws {
        let record = try Invented.record(body: """
            Breakout Session 2.A: Central banks and climate risk

            Breakout Session 2.B: Financing biodiversity

            4. SELECTED THEMATIC SESSIONS

            TS-07 Census round: coverage and quality
            Moderator: Ms. Daniela Peña (Statistics Institute)

            PS 12 Ageing and care
            """)
        #expect(Self.parts(record) == ["Breakout Session 2.A: | Central banks and climate risk", "Breakout Session 2.B: | Financing biodiversity",
                                       "TS-07 | Census round: coverage and quality", "PS 12 | Ageing and care"])
        #expect(Self.roles(record, in: "TS-07") == ["Daniela Peña: moderator"])
    }

    @Test func aReportsSubsectionsUnderItsSummaryOfDiscussions() throws {
        let record = try Invented.record("""
            Regional consultation on coastal water quality

            6 May 2019

            1. Introduction

            The consultation was opened by Dr Ana Ruiz, Director of the Institute.

            2. Summary of discussions

            2.1 Progress in monitoring coastal waters

            Dr Sara Lind, Technical Officer, Water Division, presented the survey results.

            2.2 Integrated surveillance of beaches

            Dr Yasmin Gohary, Regional Adviser, Infection Prevention and Control, moderated a panel discussion with Dr Lina Mahfouz (University Hospital) and Dr Fatima Mulla (Medical Corporation).

            3. Recommendations

            3.1 Update national plans by the end of 2020
            """)
        #expect(Self.parts(record) == ["2.1 | Progress in monitoring coastal waters", "2.2 | Integrated surveillance of beaches"])
        #expect(Self.roles(record, in: "2.2") == ["Yasmin Gohary: moderator", "Lina Mahfouz: panelist", "Fatima Mulla: panelist"])
        // "Infection Prevention" names a field of work, no person.
        #expect(!record.persons.contains { $0.name.contains("Prevention") })
    }

    @Test func headingsNumberedWithoutAFullStopAsPDFsPrintThem() throws {
        let record = try Invented.record("""
            Workshop on Domestic Work

            22 January 2015

            1 Background

            The workshop met in Beirut.

            2 Opening session

            The workshop was opened by Mr. Frank Hagen, Deputy
            Regional Director, Labour Office.

            3 Session one: The situation of domestic workers

            Chaired by Ms. Zeina Mezher, National Project Coordinator.

            5 Closing

            Closing remarks were made by Ms. Ruba Jaradat, Regional
            Director, Labour Office.

            On 2 March 2015 the report was sent to the Ministry.
            """)
        #expect(Self.parts(record) == ["2 Opening session", "3 Session one: | The situation of domestic workers", "5 Closing"])
        #expect(record.sections.map(\.heading) == ["1 Background"])
        #expect(Self.roles(record, in: "5 Closing") == ["Ruba Jaradat: closing-speaker"])
    }

    @Test func thePeopleWhoOrganisedItAndTheirPanelsPapers() throws {
        let record = try Invented.record(body: """
            Organisers: Professor Karin Holm and Dr. Mette Rasmussen (Department of Political Science, Nordby University), in cooperation with the Centre for Welfare Research.

            Panel A: Pensions and labour markets
            Chair: Mette Rasmussen
            Papers:
            - Johan Hultin (Uppsala University): "Raising the retirement age in Sweden"
            - Heikki Hiilamo (University of Helsinki): "Early exit in Finland"
            Discussant: Axel Pedersen (Institute for Social Research, Oslo)
            """)
        let names = Dictionary(uniqueKeysWithValues: record.persons.map { ($0.id, $0.name) })
        let organisers = record.participations.filter { $0.role == .organizer }.map { $0.personId.flatMap { names[$0] } ?? $0.organizationId ?? "" }
        #expect(organisers == ["Karin Holm", "Mette Rasmussen", "centre-for-welfare-research"])
        #expect(Self.roles(record, in: "Panel A:") == ["Mette Rasmussen: chair", "Johan Hultin: presenter", "Heikki Hiilamo: presenter",
                                                       "Axel Pedersen: commentator"])
    }

    @Test func aSessionsOwnLabelAndTheReportsAuthors() throws {
        let record = try Invented.record("""
            Regional Workshop on Coastal Cities
            Workshop Summary

            Date: March 12–13, 2019

            Prepared by: Mr. Viliame Ratu (Coastal Centre) and Ms. Shalini Prasad (School of Geography)
            Date of report: 29 July 2019

            Session 1: Assessing climate risk
            Session chair: Ms. Manisha Pradhan, Director, Urban Division
            """)
        #expect(Self.roles(record, in: "Session 1:") == ["Manisha Pradhan: chair"])
        let names = Dictionary(uniqueKeysWithValues: record.persons.map { ($0.id, $0.name) })
        #expect(record.participations.filter { $0.role == .rapporteur && $0.partId == nil }.compactMap { $0.personId.flatMap { names[$0] } }
                == ["Viliame Ratu", "Shalini Prasad"])
        #expect(record.document.issued == "2019-07-29")
    }

    @Test func aSeriesNumberedPartsAndASessionsHoursBesideItsNumber() throws {
        let record = try Invented.record(body: """
            Segment 2: Regional perspectives

            Webinar 3 – Data and cities

            Track A: Financing adaptation

            SESSION 4 | Insurance

            Session 5 (10:30–12:00): Ports
            """)
        #expect(Self.parts(record) == ["Segment 2 | Regional perspectives", "Webinar 3 | Data and cities", "Track A | Financing adaptation",
                                       "SESSION 4 | Insurance", "Session 5 (10:30–12:00): | Ports"])
    }

    @Test func aPartNamedByItsSubjectInTheProse() throws {
        let record = try Invented.record(body: """
            The session on financing adaptation was chaired by Dr. Ana Ruiz (University of Lima).

            A panel on river ports, moderated by Mr. Ali Osman (Port Authority), followed.
            """)
        #expect(Self.parts(record) == ["Session on financing adaptation | financing adaptation", "Panel on river ports | river ports"])
        #expect(Self.roles(record, in: "Panel on river ports") == ["Ali Osman: moderator"])
    }

    @Test func aTalksTitleInAppositionNamesItsPart() throws {
        let record = try Invented.record(body: """
            KEYNOTE LECTURE
            The keynote lecture, "Informality as a Trap? Forty Years of Surveys", was delivered by Prof. Rania Mourad (University of Oxford).
            """)
        #expect(Self.parts(record) == ["KEYNOTE LECTURE | Informality as a Trap? Forty Years of Surveys"])
    }

    @Test func aLabelsBracketClosedOnTheWrappedLine() throws {
        let record = try Invented.record(body: """
            Discussant: Prof. Ray Jureidini (Hamad Bin Khalifa University,
            Doha). He argued that the problem was the structure.
            """)
        #expect(record.participations.map(\.role) == [.commentator])
        #expect(record.participations.first?.affiliation == "Hamad Bin Khalifa University, Doha")
    }

    @Test func aPDFsPageNumberAndRunningHeadAreItsFurniture() throws {
        let record = try Invented.record("""
            Reforming the Fishing Quotas: Small Boats

            22 January 2015

            1 Background

            The workshop met in Tórshavn.

                                                              2

            Norva-notat 2015:07  Reforming the Fishing Quotas

            2 Opening session

            The workshop was opened by Dr. Ana Ruiz.
            """)
        #expect(record.sections.map(\.heading) == ["1 Background"])
        #expect(record.residue.map(\.text).contains("Norva-notat 2015:07  Reforming the Fishing Quotas"))
        #expect(Self.parts(record) == ["2 Opening session"])
    }
}
