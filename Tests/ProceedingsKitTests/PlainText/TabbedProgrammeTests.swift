import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A programme copied from a web table: cells apart by tabs, a row that continues the one above with
/// its first cells empty, and a trail whose last step begins with an ordinal. Invented lines.
@Suite struct TabbedProgrammeTests {
    static let page = """
        IMOA  Institute for Ocean Affairs
        Home  |  Research  |  Events  |  Publications  |  Contact
        Events > Symposia > 3rd Harbour Symposium

        PROGRAMME
        Third Harbour Symposium on the Blue Economy

        March 5-6, 2019
        Venue: Bayview Hall, Manila, Philippines

        Time\tSession\tSpeaker
        08:30-09:00\tRegistration\t
        09:00-09:30\tOpening Session\tWelcome remarks: Amb. Rosa Dizon, President, IMOA
        \t\tOpening address: Dr. Eduardo Tan, Executive Director, CMPC
        10:30-12:00\tSession 1: Who governs the coast?\tChair: Prof. Ma. Teresa Villa, Mindanao Coastal University
        \t\tMr. Arnel de la Peña, Fisherfolk Alliance of Luzon
        """

    @Test func tableWithTabs() throws {
        let record = try Invented.record(Self.page)
        #expect(record.event.title == "Third Harbour Symposium on the Blue Economy")
        #expect(record.document.documentType == "PROGRAMME")
        #expect(record.event.startDate == "2019-03-05")
        let roles = record.roleLines
        #expect(roles == ["Rosa Dizon opening-speaker", "Eduardo Tan opening-speaker", "Ma. Teresa Villa chair", "Arnel de la Peña speaker"])
        #expect(record.parts.map(\.label) == ["Opening Session", "Session 1"])
    }

    @Test func spacedCells() {
        let row = SourceLine(number: 1, indent: 8, text: "Opening address: Dr. Eduardo Tan")
        #expect(PlainTextReader.spacedCells(row, count: 3) == ["", "", "Opening address: Dr. Eduardo Tan"])
        let short = SourceLine(number: 1, indent: 0, text: "08:30-09:00    Registration")
        #expect(PlainTextReader.spacedCells(short, count: 3) == ["08:30-09:00", "Registration", ""])
        #expect(Residue.isTrail("Events > Symposia > 3rd Harbour Symposium"))
    }
}

/// A research seminar's outline: each presentation with its speaker's line (a semicolon inside the
/// brackets) and its title on a line of its own. Invented lines.
@Suite struct ResearchSeminarTests {
    @Test func presentationsWithTitles() throws {
        let record = try Invented.record(body: """
            Presentation 1
            Speaker: Ms. Maria SANTOS (Visiting Researcher, CAPMS; Institute of Labor, Quezon City)
            Title: “Sending-side perspectives: recruitment fees in Central Luzon”

            The seminar was supported by a grant (Principal Investigator: NAKAMURA Ayumi).
            """)
        #expect(record.roleLines.first == "Maria SANTOS speaker")
        #expect(!record.roleLines.contains { $0.hasPrefix("Investigator") })
        #expect(record.parts.first?.title == "Sending-side perspectives: recruitment fees in Central Luzon")
        #expect(record.roles.first?.affiliation == "Visiting Researcher, CAPMS; Institute of Labor, Quezon City")
    }
}
