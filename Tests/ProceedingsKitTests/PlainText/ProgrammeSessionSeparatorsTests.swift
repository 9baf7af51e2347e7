import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A programme's sessions as East Asian institutes print them: the label and the theme apart by a run of spaces or a bar,
/// an arrow before the heading, the hours after the theme, and the roster bulleted right under the heading.
@Suite struct ProgrammeSessionSeparatorsTests {

    @Test func aBulletedSessionWithItsRosterRightUnder() throws {
        let record = try Invented.record("""
            Forum on Coastal Towns

            12 May 2022

            ◆ Session 1  Financing the Green Industrial Transition
              - Moderator  SONG Ji-hoon (Professor, Korea University)
              - Speakers  Mikko LEHTONEN (Director, Finnish Innovation Fund Sitra)
                          OH Yeon-ju (Senior Research Fellow, Korea Environment Institute)

            ◆ Session 2  Care, Work and Ageing
              - Moderator  Karin LUNDGREN (Senior Adviser, Swedish Institute for Social Research)
            """)
        #expect(record.parts.map { "\($0.label) | \($0.title ?? "")" } == [
            "Session 1 | Financing the Green Industrial Transition", "Session 2 | Care, Work and Ageing",
        ])
        let first = try #require(record.parts.first?.id)
        let inFirst = record.participations.filter { $0.partId == first }.compactMap(\.personId)
        #expect(inFirst == ["song-ji-hoon", "mikko-lehtonen", "oh-yeon-ju"])
    }

    @Test func anArrowABarAndTheHours() throws {
        let record = try Invented.record("""
            Forum on Coastal Towns

            12 May 2022

            ▶ Session 1 | North Korea's Strategic Line after the Congress  10:45-12:15
             - Moderator : PARK Sung-jin (Vice President, KINU)

            Session 2 | Human Rights Accountability  13:30-15:00
             - Moderator : HAN Mi-sook (Director, KINU)
            """)
        #expect(record.parts.map { "\($0.label) | \($0.title ?? "")" } == [
            "Session 1 | North Korea's Strategic Line after the Congress", "Session 2 | Human Rights Accountability",
        ])
    }

    @Test func anArrowBeforeALinkIsNoHeading() throws {
        let record = try Invented.record("""
            Forum on Coastal Towns

            12 May 2022

            Opening

            Prime Minister KISHIDA took the podium next and in his remarks stressed the value of cooperation.

            ▶ The full address by H.E. Mr. KISHIDA Fumio, Prime Minister of Japan, is available here
            """)
        #expect(record.parts.map(\.label) == ["Opening"])
    }
}
