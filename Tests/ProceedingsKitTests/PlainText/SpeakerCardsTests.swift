import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A think tank's event page that prints each speaker as a card: a label, the name, the post, and the body on a line of its
/// own; a retired officer's rank with its note. Invented lines.
@Suite struct SpeakerCardsTests {
    static let page = """
        Past Event

        Ports under pressure: Who pays for the repair ships?

        March 4, 2025

        Introduction
        Daniela Ferris
        Senior Director, Maritime Security Initiative
        Harbour Council

        Keynote remarks
        H.E. Kristjan Parn
        Minister of Economic Affairs
        Republic of Estonia

        Panel discussion: Resilience below the waterline

        Rear Adm. (ret.) Henrik Vester
        Former Commander, Danish Naval Command

        Marcus Oyel
        Vice President, Government Affairs
        Nordlink Subsea Cables
        """

    @Test func aCardsLastLineIsTheBodyNotAHeading() throws {
        let record = try Invented.record(Self.page)
        #expect(record.roles.contains { $0.name == "Kristjan Parn" && $0.role == .keynoteSpeaker
                && $0.affiliation == "Minister of Economic Affairs, Republic of Estonia" })
        #expect(record.roles.contains { $0.name == "Marcus Oyel" && $0.affiliation == "Vice President, Government Affairs, Nordlink Subsea Cables" })
        #expect(!record.parts.contains { $0.title == "Republic of Estonia" || $0.label == "Republic of Estonia" })
    }

    @Test func anIntroductionOverACardOpens() throws {
        let record = try Invented.record(Self.page)
        #expect(record.roleLines.contains("Daniela Ferris opening-speaker"))
        #expect(record.parts.first?.kind == .opening)
    }

    @Test func aRetiredOfficersRankKeepsItsNote() throws {
        let record = try Invented.record(Self.page)
        #expect(record.roleLines.contains("Henrik Vester panelist"))
        #expect(!record.roles.contains { $0.name.contains("Command") })
    }

    /// An introduction that heads prose is the report's own section, as before.
    @Test func anIntroductionOverProseIsASection() throws {
        let record = try Invented.record(body: """
            Introduction
            The meeting reviewed the port authorities' plans for repair ships and the cost of keeping them ready.
            """)
        #expect(!record.parts.contains { $0.kind == .opening })
    }
}
