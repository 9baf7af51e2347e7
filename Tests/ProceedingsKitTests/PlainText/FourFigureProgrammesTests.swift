import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Programmes that print the hour in four figures, names over their titles, Malaysian honorifics, and a talk given "by"
/// its speaker. Invented lines.
@Suite struct FourFigureProgrammesTests {
    static let page = """
        Regional Roundtable on Data Governance

        Date: 14 August 2025
        Venue: Penang Convention Centre

        PROGRAMME

        0830    Registration
        0900    Welcome Remarks
                Datuk Dr. Hamid Rahman
                Chairman, Institute of Policy Studies
        0915    Keynote Address
                YB Liew Chen Wei
                Minister of Digital Affairs
        1000    Panel 1: Governing Data Across Borders
                Moderator: Ms. Aina Yusof, Senior Analyst, Institute of Policy Studies
                Panellists:
                • Dr. Ken Mori, Senior Fellow, Regional Research Centre
                • Ms. Ruth Tan, Director, Data for Good
        """

    @Test func fourFigureHoursOpenTheProgrammesParts() throws {
        let record = try Invented.record(Self.page)
        #expect(record.parts.map(\.label) == ["Welcome Remarks", "Keynote Address", "Panel 1:"])
        let panel = try #require(record.parts.first { $0.label == "Panel 1:" })
        #expect(Set(record.participations.filter { $0.partId == panel.id }.compactMap { $0.personId.flatMap(record.person)?.name })
            == ["Aina Yusof", "Ken Mori", "Ruth Tan"])
    }

    /// A name over its title, under the slot of a speech, gave the speech; "YB" is an honorific.
    @Test func aNameUnderTheSlotOfASpeechGaveIt() throws {
        let record = try Invented.record(Self.page)
        #expect(record.roleLines.prefix(2) == ["Hamid Rahman opening-speaker", "Liew Chen Wei keynote-speaker"])
    }

    /// A year at the start of a line is no hour.
    @Test func aYearIsNoHour() {
        #expect(Times.withoutLeadingTime("1430    Panel 2: Markets") == "Panel 2: Markets")
        #expect(Times.withoutLeadingTime("2025 Annual Report of the Council") == "2025 Annual Report of the Council")
        #expect(Times.withoutLeadingTime("1999  Founding of the Institute") == "1999  Founding of the Institute")
    }

    @Test func aTalkGivenByItsSpeaker() throws {
        let record = try Invented.record(body: """
            Session 2 – Verifying carbon farming
            11:30 Lessons from the low-carbon label, by Hélène Roussel (Climate Economics Institute)
            12:00 Discussion
            """)
        #expect(record.roleLines == ["Hélène Roussel presenter"])
    }
}
