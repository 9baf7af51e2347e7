import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Names and programmes across cultures and sites: a Korean given name whose first syllable is an English
/// word, a Tongan name with its glottal stop, an indented list under a label that goes on past a line it
/// cannot read, rounds of a roundtable, "presenters included" after a fronted phrase, and the tags and
/// trails a site prints over its headline. Invented pages.
@Suite struct ProgrammesAcrossCulturesTests {
    @Test func koreanAndTonganNames() throws {
        let record = try Invented.record(body: """
            The keynote speech was delivered by Ambassador Hwang In-sook, former Ambassador to Senegal. The message was read by Mr. ʻAlipate Tuʻipulotu.
            """)
        #expect(record.roles.map(\.name) == ["Hwang In-sook", "ʻAlipate Tuʻipulotu"])
        // "Sub-office", "Co-chair": an institutional word after the hyphen is still no name.
        #expect(try Invented.record(body: "The Sub-office Director spoke.").roles.isEmpty)
    }

    @Test func indentedListGoesOnPastALineItCannotRead() throws {
        let record = try Invented.record(body: """
            Presenters:
               I Made Sudarsana, Bali Coastal Care Foundation
               Ma. Cristina dela Cruz-Reyes, Visayas Mangrove Network, Philippines
               Tengku Arief Hidayat, Riau Mangrove Centre
            """)
        #expect(record.roleLines.suffix(2) == ["Ma. Cristina dela Cruz-Reyes presenter", "Tengku Arief Hidayat presenter"])
    }

    @Test func roundsAndPresentersIncluded() throws {
        let record = try Invented.record("""
            Roundtable on Migrant Inclusion

            27 February 2019

            Round 1 – What works at local level?

            At the first session, chaired by Prof. Jang Dong-wook of Chungnam University, presenters included Dr. Choi Yoon-ah (Seed Institute) and Mr. Joseph Karanja (Kenya).
            """)
        #expect(record.parts.map(\.label) == ["Round 1"])
        #expect(record.roleLines == ["Jang Dong-wook chair", "Choi Yoon-ah presenter", "Joseph Karanja presenter"])
    }

    @Test func tagsAndTrailsOverTheHeadline() throws {
        let tagged = try Invented.record("""
            Top > Events > Seminars > 2016

            [Event] International Seminar
            Maritime Order in East Asia: Rules, Risks and Restraint

            The seminar met in Osaka on 3 May 2016.
            """)
        #expect(tagged.event.title == "Maritime Order in East Asia: Rules, Risks and Restraint")
        let release = try Invented.record("""
            PRESS RELEASE
            For immediate release — Addis Ababa, March 5, 2015

            Civil society leaders call for a grazing pact

            The roundtable met in Addis Ababa.
            """)
        #expect(release.event.title == "Civil society leaders call for a grazing pact")
        #expect(release.document.issued == "2015-03-05")
        let trail = try Invented.record("""
            Conferences > SCHS 2023

            Seventh Straits Conference on Health Systems

            June 6–8, 2023 · Singapore
            """)
        #expect(trail.event.title == "Seventh Straits Conference on Health Systems")
    }
}
