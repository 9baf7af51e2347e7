import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Who organised a meeting that the page never says organised it: the body whose masthead the page
/// carries, when its text speaks of that body again. Invented pages.
@Suite struct PublisherTests {
    static func page(masthead: String, body: String) -> String {
        """
        \(masthead)
        Research | Events | Publications | About us

        Can Europe Still Set the Rules?

        2 March 2023

        \(body)
        """
    }

    @Test func mastheadSpokenOfByItsDistinctiveWords() throws {
        let text = Self.page(masthead: "Hofvijver Institute for International Relations",
                             body: "On 23 February 2023 the Hofvijver Institute welcomed some 120 guests for an evening debate.")
        #expect(try Invented.record(text).organizers == ["Hofvijver Institute for International Relations"])
        #expect(Invented.explain(text).contains("1: organizer \"Hofvijver Institute for International Relations\" by cue organizer.publisher"))
        // An inference, said with its line, which --strict refuses.
        #expect(Invented.read(text).findings.map { "\($0.line ?? 0) \($0.severity) \($0.rule)" } == ["1 warning organizer-from-masthead"])
        #expect(Invented.read(text, strict: true).findings.map { "\($0.severity) \($0.rule)" } == ["error organizer-from-masthead"])
    }

    @Test func mastheadInCapitalsWithItsAcronym() throws {
        let text = Self.page(masthead: "PAN-AFRICAN PEACE AND SECURITY RESEARCH NETWORK (PAPSRN)",
                             body: "The conference brought together 200 researchers. PAPSRN thanks its partners.")
        #expect(try Invented.record(text).organizers == ["Pan-African Peace and Security Research Network (PAPSRN)"])
    }

    /// "the ILO" for "International Labour Organization": the initials of its capitalised words.
    @Test func mastheadSpokenOfByItsInitials() throws {
        let text = Self.page(masthead: "International Labour Organization",
                             body: "The meeting was opened by the Director of the Sectoral Policies Department of the ILO.")
        #expect(try Invented.record(text).organizers == ["International Labour Organization"])
    }

    /// A body the text never names again may only have reported someone else's meeting.
    @Test func mastheadNeverSpokenOf() throws {
        let text = Self.page(masthead: "Hofvijver Institute for International Relations",
                             body: "Some 120 guests came to an evening debate on digital rules in The Hague.")
        #expect(try Invented.record(text).organizers.isEmpty)
    }

    /// An organiser the text names is the organiser; the publisher is not added to it.
    @Test func statedOrganiserComesFirst() throws {
        let text = Self.page(masthead: "Hofvijver Institute for International Relations",
                             body: "The Delft Centre for Technology Law organised the debate, and the Hofvijver Institute lent its hall.")
        #expect(try Invented.record(text).organizers == ["Delft Centre for Technology Law"])
    }

    /// "Roundtable report | Maritime Security Programme" under the title is the kind of page, not a part:
    /// the first paragraph still says who convened the meeting, and when.
    @Test func kickerNamesNoPart() throws {
        let record = try Invented.record("""
            Securing Undersea Cables

            Roundtable report | Maritime Security Programme

            On 21 November 2017, the Straits Institute for Maritime Affairs (SIMA) convened a roundtable on cables. Jointly organised with the Canberra Centre for Indo-Pacific Studies (CCIPS), the meeting took place in Singapore.
            """)
        #expect(record.organizers == ["Straits Institute for Maritime Affairs (SIMA)", "Canberra Centre for Indo-Pacific Studies (CCIPS)"])
        #expect(record.parts.isEmpty)
    }

    /// "... today co-hosted", and a body named in Spanish: "Red Andina de Bancos Comunitarios".
    @Test func hostsWithAnAdverbAndASpanishName() throws {
        let record = try Invented.record(body: """
            The Pan-Asian Development Corporation (PADC) and the Ministry of Highways today co-hosted a seminar. On 17 September, CEPADES and the Red Andina de Bancos Comunitarios (REDABAC) jointly organised a webinar.
            """)
        #expect(record.organizers == ["Pan-Asian Development Corporation (PADC)", "Ministry of Highways"])
        let spanish = try Invented.record(body: "On 17 September, CEPADES and the Red Andina de Bancos Comunitarios (REDABAC) jointly organised a webinar.")
        #expect(spanish.organizers == ["CEPADES", "Red Andina de Bancos Comunitarios (REDABAC)"])
    }
}
