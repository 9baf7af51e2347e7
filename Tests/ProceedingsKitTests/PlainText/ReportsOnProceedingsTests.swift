import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// The head of a state upper house's hearing transcript: the page's cells with the record's state, "REPORT ON
/// PROCEEDINGS BEFORE" over the committee and its inquiry, "At <place>, on <day>", and members present by video.
/// Invented lines.
@Suite struct ReportsOnProceedingsTests {
    static let transcript = """
        Transcript - 14 February 2025 - Yamba - CORRECTED

        REPORT ON PROCEEDINGS BEFORE

        PORTFOLIO COMMITTEE NO. 7 - PLANNING AND ENVIRONMENT

        INQUIRY INTO THE MANAGEMENT OF COASTAL EROSION ON THE NORTH COAST

        CORRECTED

        At Yamba Community Hall, Yamba, on Friday 14 February 2025

        The Committee met at 9:30.

        PRESENT

        Ms Abigail Tran (Chair)
        The Hon. Fiona Lind

        PRESENT VIA VIDEOCONFERENCE

        The Hon. Graham Whitby
        """

    @Test func theTypeBeforeTheCommitteeAndTheInquiryUnderIt() throws {
        let record = try Invented.record(Self.transcript)
        #expect(record.document.documentType == "REPORT ON PROCEEDINGS")
        #expect(record.event.title == "INQUIRY INTO THE MANAGEMENT OF COASTAL EROSION ON THE NORTH COAST")
        #expect(record.organizers == ["Portfolio Committee No. 7 - Planning and Environment"])
        // "CORRECTED" is the state of the record, under the heading as in the page's cells: no place, no subtitle.
        #expect(record.event.venue == "Yamba Community Hall, Yamba")
        #expect(record.event.subtitle?.includes("CORRECTED") != true)
        #expect(record.event.startDate == "2025-02-14")
    }

    @Test func membersPresentByVideoAttend() throws {
        let record = try Invented.record(Self.transcript)
        #expect(record.roles.contains { $0.name == "Graham Whitby" && $0.role == .participant })
    }

    @Test func aTypeThatEndsInBeforeTitlesNothing() {
        #expect(DocumentTypes.line("REPORT ON PROCEEDINGS BEFORE", .builtIn) == "REPORT ON PROCEEDINGS")
        #expect(DocumentTypes.prefix("REPORT ON PROCEEDINGS BEFORE", .builtIn) == nil)
    }
}

/// A bilingual parliament's committee minutes: the body's name in its own language over its name in English. Invented lines.
@Suite struct BilingualBodyNamesTests {
    @Test func theEnglishNameUnderTheBodysOwnIsTheTitle() throws {
        let record = try Invented.record("""
            Minutes

            Kumitat Permanenti għall-Affarijiet Barranin u Ewropej
            Standing Committee on Foreign and European Affairs

            Minutes of Sitting No. 41

            Date: Monday, 10th March 2025

            Present:
            Hon. Daniel Spiteri Bon MP (Chairperson)
            Hon. Dr Roberta Azzo MP
            """)
        #expect(record.event.title == "Standing Committee on Foreign and European Affairs")
        // A title in English under another in English is no translation: "Seminar on X" / "Regional workshop" stays.
        let english = try Invented.record("""
            Seminar on Rivers
            Regional workshop for the basin's engineers

            The seminar was held in Vientiane on 3 March 2024.
            """)
        #expect(english.event.title == "Seminar on Rivers")
    }
}
