import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A professional body's outline typed with indents: a labelled value running on under itself, parts
/// nested under their day, and list items whose bracket wraps to the next line. Invented lines.
@Suite struct IndentedOutlineTests {
    static let page = """
        OUTLINE
        Technical Workshop on Groundwater Networks

        Dates:        12 - 14 July 2017
        Venue:        Lakeside Centre, Entebbe, Uganda
        Organizer:    Institution of Hydrological Engineers (IHE),
                      jointly with the Lake Basin Research Trust

        PROGRAMME

        Day 1 (Wednesday 12 July)
          Opening Session
           - Welcome: Eng. Joseph Okello, Chairman, IHE Uganda Chapter
          Session 1: Network design principles
           - Facilitator: Dr. Hamisi Juma (Lake Basin Water Research
             Trust)
           - Resource persons: Prof. Eleni Gebre (Rift Valley Institute of
             Technology); Eng. Wanjiru Karanja (consulting hydrogeologist)
        """

    @Test func indentedOutline() throws {
        let record = try Invented.record(Self.page)
        #expect(record.organizers == ["Institution of Hydrological Engineers (IHE)", "Lake Basin Research Trust"])
        #expect(record.parts.map(\.label) == ["Day 1 (Wednesday 12 July)", "Opening Session", "Session 1:"])
        let roles = record.roles.map { "\($0.name) \($0.role.rawValue) [\($0.affiliation ?? "-")]" }
        #expect(roles == ["Joseph Okello opening-speaker [Chairman, IHE Uganda Chapter]",
                          "Hamisi Juma moderator [Lake Basin Water Research Trust]",
                          "Eleni Gebre presenter [Rift Valley Institute of Technology]",
                          "Wanjiru Karanja presenter [consulting hydrogeologist]"])
        // Every line is read: the continued ones with their item.
        let lines = PlainTextImporter.importRecord(Array(Self.page.utf8), fileName: "p.txt").lines
        #expect(lines.filter { $0.category == .unclassified }.map(\.line) == [])
        #expect(lines.first { $0.line == 7 }?.category == .header)
        #expect(lines.first { $0.line == 17 }?.category == lines.first { $0.line == 16 }?.category)
    }

    /// An indented line heads a part only when it names one.
    @Test func indentedHeadings() {
        let lexicon = GenreLexicon.builtIn
        func heading(_ text: String, indent: Int) -> Heading? {
            Headings.heading(LineShape(SourceLine(number: 1, indent: indent, text: text)), lexicon)
        }
        #expect(heading("Session 2: Telemetry", indent: 2) != nil)
        #expect(heading("General Information", indent: 2) == nil)
        #expect(heading("General Information", indent: 0) != nil)
    }
}

/// Lead-off presentations announced at the end of a paragraph, each item wrapped onto a deeper line in
/// lower case, then a comment whose participle says who commented. Invented lines.
@Suite struct WrappedItemsTests {
    @Test func wrappedLeadOffItems() throws {
        let record = try Invented.record(body: """
            The discussion was moderated by Dr. Efua Mensah, Executive Secretary of CRF-G. Lead-off presentations were given by:

            - Dr. Paulo de Souza Lima, ITPA, on the recovery of the cocoa
              sector in southern Bahia;
            - Mr. Kwabena Owusu, Ashanti Cocoa Growers' Union, on
              the farmer's view of replanting programmes.

            Commenting on the presentations, Dr. Yaw Darko of the Kumasi Institute said that much could be learnt.
            """)
        let roles = record.roleLines
        #expect(roles == ["Efua Mensah moderator", "Paulo de Souza Lima lead-off-speaker", "Kwabena Owusu lead-off-speaker", "Yaw Darko commentator"])
    }

    /// A line in capitals under "Dr. X, Chair" describes X and is no continuation.
    @Test func descriptionUnderAName() {
        let lines = [SourceLine(number: 1, indent: 2, text: "• Dr. Ann Lee, Chair"), SourceLine(number: 2, indent: 4, text: "Vice President, Institute of Peace")]
        #expect(LineShape.wrappedItem(at: 0, in: lines).1 == [])
    }
}
