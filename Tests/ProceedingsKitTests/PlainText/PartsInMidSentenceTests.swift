import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Parts the prose names after a phrase that says who presided ("Chaired by X, the first panel heard from ..."), or as
/// the object of that verb ("X then chaired the first working session, ..., in which A and B took part"), and
/// organisers named with a partner set off by commas. Invented sentences.
@Suite struct PartsInMidSentenceTests {
    @Test func aPanelAfterWhoChairedIt() throws {
        let record = try Invented.record(body: """
            Chaired by Prof. Harriet MacLeod (Memorial University), the first panel heard from Marc Gosselin, Vice-President, \
            Arcticom Inc.; Tanya Ruttan, Director, Connectivity Branch; and Piita Lyall, Officer, Kitikmeot Association.
            """)
        #expect(record.parts.map(\.label) == ["First panel"])
        #expect(record.roleLines == ["Harriet MacLeod chair", "Marc Gosselin panelist", "Tanya Ruttan panelist", "Piita Lyall panelist"])
    }

    @Test func aSessionAsTheObjectOfWhoChairedIt() throws {
        let record = try Invented.record(body: """
            The National Coordinator, Luis Zamudio Hoyos, then chaired the first working session, devoted to early warning, in \
            which the Vice Minister of Guatemala, Carlos Xajil Tuyuc, and the Director of the Commission, Dr. Adriana Mora, took part.
            """)
        #expect(record.parts.map { "\($0.label) | \($0.title ?? "")" } == ["First working session | early warning"])
        #expect(record.roleLines.first == "Luis Zamudio Hoyos chair")
        #expect(!record.roleLines.contains("Carlos Xajil Tuyuc chair"))
        #expect(!record.roleLines.contains("Adriana Mora chair"))
    }

    /// Opening the meeting is the event's, no part's.
    @Test func openingTheMeetingNamesNoPart() throws {
        let record = try Invented.record(body: "Minister Ana Ruiz opened the meeting and welcomed the delegates.")
        #expect(record.parts.isEmpty)
    }

    @Test func aForumThatConvenedItsAnnualRoundtable() throws {
        let record = try Invented.record(body: """
            The Laurentian Policy Forum, together with the Inuit Economic Development Working Group, convened the third annual \
            Arctic Connectivity Roundtable in Ottawa.
            """)
        #expect(record.organizers == ["Laurentian Policy Forum", "Inuit Economic Development Working Group"])
    }

    /// A verb of presiding has a person for its subject, however bare the name; a country that chairs names no one.
    @Test func aBareNameThatPresided() throws {
        let record = try Invented.record(body: """
            The second day began with a session on finance. Ana Ruiz moderated the session, which heard three speakers. \
            Sierra Leone chaired the drafting group.
            """)
        #expect(record.roleLines == ["Ana Ruiz moderator"])
    }

    /// A heading whose first paragraph names a part is that part's theme.
    @Test func aHeadingOverTheParagraphThatNamesAPart() throws {
        let record = try Invented.record(body: """
            B. Social protection for young workers

            Prof. Hoda Jaoude, Saint Joseph University, chaired the second session. Presentations were made by Mr. Ahmed Sidi.

            C. National employment programmes

            The third session, chaired by Mr. Karim Haddad, heard presentations by Ms. Rim Khalaf, National Employment Agency.
            """)
        #expect(record.parts.map { "\($0.label) | \($0.title ?? "")" } == [
            "Second session | Social protection for young workers", "Third session | National employment programmes",
        ])
    }

    @Test func anItemsNumberThenThePartsOwnLabel() throws {
        let record = try Invented.record(body: """
            Item 3. Thematic session A — Transboundary water allocation

            The session was chaired by Ms. Dilorom Yusupova (Uzbekistan).
            """)
        #expect(record.parts.map { "\($0.label) | \($0.title ?? "")" } == ["Item 3. Thematic session A | Transboundary water allocation"])
    }

    /// A letter whose lower case is longer ("İ") before the verb moves nothing: the part is read from the sentence as printed.
    @Test func aLetterThatLowerCasesLonger() throws {
        let record = try Invented.record(body: "İSTANBUL's mayor, Dr. Ayla Demir, then chaired the first working session, devoted to ports.")
        #expect(record.parts.map { "\($0.label) | \($0.title ?? "")" } == ["First working session | ports"])
    }
}
