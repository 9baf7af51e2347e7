import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// The conventions the genre is known to use, beyond the layouts of the seeds and the corpus.
@Suite struct GenreConventionTests {
    static let workshop = """
        Press Releases
        Workshop on Maritime Security
        "Cooperation in the Indian Ocean"

        Chair's Summary

        24th, February, 2010
        Date: Feb 25, 2010
        Time: 10:00-17:30
        Venue: Mita Conference Hall, Tokyo

        1) Opening
        Opening: H.E. Mr. Taro Yamada, State Minister for Foreign Affairs

        2.) Keynote
        Keynote Speech by Prof. KAI Noritake, President, Ocean Policy Institute

        I. Session I: Piracy off the Horn of Africa
        Chair: Amb. Maria Lopez, Ambassador of Spain to Japan
        Lead-off: Dr. Rahul Mehta, Director, Centre for Maritime Studies
        Panelists: Mrs. Grace Obi, Professor, University of Lagos
        Mr. Chen Wei, Senior Fellow, Shanghai Institute for International Studies

        Dr. Mehta, Director, Centre for Maritime Studies, made a lead-off presentation on
        patrols in the Gulf of Aden and on the prosecution of pirates, and then
        answered questions with Mrs. Obi.

        - Joint patrols have reduced attacks.
          - Escort convoys are the most effective measure.
        • Regional courts need support.

        II. Session Two: Fisheries
        Moderator: Ms. Ana Silva, Senior Officer, FAO

        (photo) The participants of the workshop
        Back to Index
        """

    static func record() throws -> Record {
        try #require(PlainTextImporter.importRecord(Array(workshop.utf8), fileName: "workshop.txt").record)
    }

    @Test func headerFacts() throws {
        let record = try Self.record()
        #expect(record.event.title == "Workshop on Maritime Security")
        #expect(record.event.subtitle == "Cooperation in the Indian Ocean")
        #expect(record.event.kind == .workshop)
        #expect(record.document.documentType == "Chair's Summary")
        #expect(record.document.issued == "2010-02-24")
        #expect(record.event.startDate == "2010-02-25")
        #expect(record.event.time == "10:00-17:30")
        #expect(record.event.venue == "Mita Conference Hall, Tokyo")
        #expect(record.residue.map(\.text) == ["Press Releases", "(photo) The participants of the workshop", "Back to Index"])
    }

    @Test func headingsOfEveryNumberingStyle() throws {
        let record = try Self.record()
        #expect(record.parts.map(\.kind) == [.opening, .keynote, .session, .session])
        #expect(record.parts.map(\.label) == ["1) Opening", "2.) Keynote", "I. Session I:", "II. Session Two:"])
        #expect(record.parts.map(\.id) == ["opening", "keynote", "session-1", "session-2"])
        #expect(record.parts.map(\.title) == [nil, nil, "Piracy off the Horn of Africa", "Fisheries"])
    }

    @Test func labelsHonorificsAndCapitalisedFamilyNames() throws {
        let record = try Self.record()
        func role(_ id: String) -> (Role, String?, String?)? {
            record.participations.first { $0.personId == id }.map { ($0.role, $0.partId, $0.affiliation) }
        }
        #expect(role("taro-yamada")! == (.openingSpeaker, "opening", "State Minister for Foreign Affairs"))
        #expect(role("kai-noritake")! == (.keynoteSpeaker, "keynote", "President, Ocean Policy Institute"))
        #expect(role("maria-lopez")! == (.chair, "session-1", "Ambassador of Spain to Japan"))
        #expect(role("rahul-mehta")! == (.leadOffSpeaker, "session-1", "Director, Centre for Maritime Studies"))
        #expect(role("grace-obi")! == (.panelist, "session-1", "Professor, University of Lagos"))
        #expect(role("chen-wei")! == (.panelist, "session-1", "Senior Fellow, Shanghai Institute for International Studies"))
        #expect(role("ana-silva")! == (.moderator, "session-2", "Senior Officer, FAO"))
        let kai = try #require(record.person("kai-noritake"))
        #expect((kai.honorific, kai.familyName, kai.givenName) == ("Prof.", "KAI", "Noritake"))
        #expect(record.person("taro-yamada")?.honorific == "H.E. Mr.")
        #expect(record.persons.count == 7)
    }

    @Test func laterMentionsAreThePersonIntroducedEarlier() throws {
        let record = try Self.record()
        #expect(record.person("rahul-mehta")?.lines == [20, 24])
        #expect(record.person("grace-obi")?.lines == [21, 26])
    }

    @Test func hardWrappedParagraphAndNestedBullets() throws {
        let record = try Self.record()
        let session = record.statements.filter { $0.partId == "session-1" }
        #expect(session.map(\.span) == [SourceSpan(24, 26), SourceSpan(28), SourceSpan(29), SourceSpan(30)])
        #expect(session.map(\.kind) == [.narrative, .statement, .statement, .statement])
        #expect(session.dropFirst().allSatisfy { $0.speakerId == "rahul-mehta" })
        #expect(session.map(\.level) == [0, 0, 1, 0])
        #expect(session.map(\.form) == [.paragraph, .bullet, .bullet, .bullet])
    }

    @Test func datesAsTheGenrePrintsThem() {
        #expect(Dates.all(in: "24th, February, 2010").first?.iso == "2010-02-24")
        #expect(Dates.all(in: "Feb 25, 2006").first?.iso == "2006-02-25")
        #expect(Dates.all(in: "December 2001").first?.iso == "2001-12")
        #expect(Dates.all(in: "On December 15, the Ministry").first?.completed(withYear: 2001).iso == "2001-12-15")
        #expect(Dates.all(in: "On January 24 (Thursday), the Ministry").first?.completed(withYear: 2008).iso == "2008-01-24")
        #expect(Dates.all(in: "2009/03/12").first?.iso == "2009-03-12")
        #expect(Dates.all(in: "On 31 February 2010").isEmpty == false)
    }

    /// A part runs from its heading to its last line above the next part's heading, not onto it.
    @Test func aPartEndsAboveTheNextHeading() throws {
        let record = try Invented.record(body: """
            Session 1: Rivers
            Moderator: Ana Ruiz, Professor, Lima University

            The panel discussed the rivers of the region.

            Session 2: Coasts
            Moderator: Ken Ito, Director, Sea Institute
            """)
        let first = try #require(record.parts.first), second = try #require(record.parts.last)
        #expect(first.id != second.id)
        #expect(first.span.last == second.span.first - 2, "\(first.span) \(second.span)")
    }
}
