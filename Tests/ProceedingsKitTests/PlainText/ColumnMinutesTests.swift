import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Minutes set in two columns, as a legislature's panels print them: the body over "Minutes of meeting held on ...", labels
/// whose words wrap at the left margin, honours after the names, sub-headings under a numbered item, officers named by their
/// posts and the short forms of those. Invented lines.
@Suite struct ColumnMinutesTests {
    static let page = """
        議會
        Legislative Council

        LC Paper No. CB(3)214/2026
        Ref : CB3/PL/WS

        Panel on Welfare Services

        Minutes of meeting held on Monday, 12 January 2026, at 10:45 am
        in Conference Room 2 of the Council Complex

        Members present  : Hon TANG Ka-piu, SBS, JP (Chairman)
                           Hon Mrs WONG LAM Siu-ling, BBS, JP
                           Ir Hon NG Chi-wai
                           Dr Hon LAM So-wai, MH

        Members absent   : Hon LEE Chun-keung, GBS, JP
                           Hon YIP Man-yee

        Public Officers  : Agenda item II
         attending
                           Mr Alfred SIT Wing-hang, JP
                           Secretary for Social Welfare

                           Ms Doris KWAN Mei-yan
                           Assistant Director (Elderly Services), Social Welfare Department

        Clerk in         : Ms Olivia LO Wai-yee
         attendance        Chief Council Secretary (3)4

        I.   Confirmation of minutes of previous meeting

        1.   The minutes of the meeting held on 8 December 2025 were
        confirmed.

        II.  Support for carers of elderly persons

        Briefing by the Administration

        2.   At the invitation of the Chairman, Secretary for Social Welfare
        ("SSW") briefed members on the proposed carer allowance.

        Discussion

        Eligibility of working carers

        3.   Ir Hon NG Chi-wai asked whether working carers would be eligible.
        SSW explained that the income limit would be reviewed.
        """

    @Test func theBodyOverMinutesOfItsMeetingIsTheTitle() throws {
        let facts = Invented.explain(Self.page)
        #expect(facts.contains { $0.hasPrefix("7: title \"Panel on Welfare Services\"") })
        #expect(facts.contains { $0.hasPrefix("9: document-type \"Minutes of meeting\"") })
        #expect(facts.contains { $0.hasPrefix("9: start-date \"2026-01-12\"") })
        #expect(facts.contains { $0.hasPrefix("9: venue \"Conference Room 2 of the Council Complex\"") })
    }

    @Test func labelsWrappedInTheirColumnAndHonoursAfterNames() throws {
        let record = try Invented.record(Self.page)
        let present = ["TANG Ka-piu", "WONG LAM Siu-ling", "NG Chi-wai", "LAM So-wai", "Alfred SIT Wing-hang", "Doris KWAN Mei-yan",
                       "Olivia LO Wai-yee"]
        #expect(Set(record.roles.map(\.name)) == Set(present))
        #expect(record.roles.first { $0.name == "TANG Ka-piu" }?.role == .chair)
        // The honours after a name are no one's description.
        #expect(record.roles.first { $0.name == "WONG LAM Siu-ling" }?.affiliation == nil)
        #expect(record.roles.first { $0.name == "LAM So-wai" }?.affiliation == nil)
        #expect(record.roles.first { $0.name == "Alfred SIT Wing-hang" }?.affiliation == "Secretary for Social Welfare")
        #expect(record.roles.first { $0.name == "Olivia LO Wai-yee" }?.affiliation == "Chief Council Secretary (3)4")
        #expect(!record.persons.contains { ["LEE Chun-keung", "YIP Man-yee"].contains($0.name) })
    }

    @Test func subHeadingsStayInTheItemAndPostsNameTheirHolders() throws {
        let record = try Invented.record(Self.page)
        #expect(record.parts.map(\.label) == ["I. Confirmation of minutes of previous meeting", "II. Support for carers of elderly persons"])
        let item = try #require(record.parts.last?.id)
        let sit = try #require(record.persons.first { $0.name == "Alfred SIT Wing-hang" }?.id)
        let ng = try #require(record.persons.first { $0.name == "NG Chi-wai" }?.id)
        #expect(record.participations.contains { $0.personId == sit && $0.partId == item && $0.role == .presenter })
        #expect(record.participations.contains { $0.personId == ng && $0.partId == item })
        #expect(record.sections.isEmpty)
    }

    /// "Minutes of the Sixth Meeting held on ...": a meeting named by its number is not one named only by when it was held.
    @Test func aNumberedMeetingKeepsItsOwnReading() throws {
        let facts = Invented.explain("""
            Finance Committee

            Minutes of the sixth meeting held on Monday, 12 January 2026
            """)
        #expect(!facts.contains { $0.hasPrefix("3: document-type \"Minutes of meeting\"") })
    }

    /// What the column rules leave alone: a value wrapped under a label that lists no one, a sentence about other minutes,
    /// and a post held by someone else ("the Deputy Secretary for Social Welfare").
    @Test func whatTheColumnRulesLeaveAlone() throws {
        let wrapped = LabelColumns.joined([SourceLine(number: 1, indent: 0, text: "Title : Climate adaptation in"),
                                           SourceLine(number: 2, indent: 1, text: "small island states")], .builtIn)
        #expect(wrapped.map(\.text) == ["Title : Climate adaptation in", "small island states"])
        let facts = Invented.explain("""
            Finance Committee

            Confirmation of Minutes
            Minutes of the meeting held on 5 March 2024 were confirmed.
            """)
        #expect(facts.contains { $0.hasPrefix("1: title \"Finance Committee\"") })
        func roles(_ sentence: String) throws -> [Role] {
            let record = try Invented.record("""
                Panel on Transport

                Minutes of meeting held on Monday, 12 January 2026, at 10:45 am

                Public Officers attending:
                Ms Ann WONG Mei-ling
                Secretary for Transport

                I.   Road tolls

                1.   \(sentence)
                """)
            return record.roles(of: try #require(record.persons.first { $0.name == "Ann WONG Mei-ling" }?.id))
        }
        #expect(try roles("Secretary for Transport explained the timetable for the new tolls.").contains(.speaker))
        #expect(try !roles("The Deputy Secretary for Transport explained the timetable for the new tolls.").contains(.speaker))
    }
}
