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

    @Test func aPartsLabelInBracketsAndTwoPeopleEachWithTheirBrackets() throws {
        let record = try Invented.record("""
            Forum on Coastal Towns

            12 May 2022

            [Opening]
            Welcoming Remarks: Jiwon Kang (President, EAI), Hiroki Nishida (President, The Genron NPO)

            [Session I] What the Numbers Say
            Moderator: Hyun-woo Shin (Senior Fellow, EAI)
            Discussants: Dong-hoon Kim (Professor, Yonsei University), Takeshi Arai (Professor, Waseda University)

            <Session 2> Youth and Media
            Moderator: Mariko Tsuji (Editorial Writer, The Asahi Shimbun)
            """)
        #expect(record.parts.map { "\($0.label) | \($0.title ?? "")" } == ["Opening | ", "Session I: | What the Numbers Say", "Session 2: | Youth and Media"])
        #expect(record.roles.map(\.description) == [
            "Jiwon Kang opening-speaker Welcoming Remarks [President, EAI]",
            "Hiroki Nishida opening-speaker Welcoming Remarks [President, The Genron NPO]",
            "Hyun-woo Shin moderator Moderator [Senior Fellow, EAI]",
            "Dong-hoon Kim commentator Discussants [Professor, Yonsei University]",
            "Takeshi Arai commentator Discussants [Professor, Waseda University]",
            "Mariko Tsuji moderator Moderator [Editorial Writer, The Asahi Shimbun]",
        ])
    }

    @Test func bulletedPartsNamedAloneOrByAWordNumberWithTheirRosterSetIn() throws {
        let record = try Invented.record("""
            Forum on Coastal Towns

            12 May 2022

            · Opening Ceremony
              Chair: Dr. FANG Yiran, Vice President, SIIS
              Opening Remarks: Prof. SHEN Weiguo, President, SIIS

            · Session One: Digital Connectivity and Infrastructure
              Chair: Prof. LIU Jianping, Director, SIIS
              Speakers: Prof. XU Jingyi (Fudan University), Dr. Rizky ANANDA (CSIS Indonesi
            """)
        #expect(record.parts.map { "\($0.label) | \($0.title ?? "")" } == ["Opening Ceremony | ", "Session One | Digital Connectivity and Infrastructure"])
        #expect(record.roleLines == [
            "FANG Yiran chair", "SHEN Weiguo opening-speaker", "LIU Jianping chair", "XU Jingyi speaker", "Rizky ANANDA speaker",
        ])
        // The bracket the cut left open is closed for reading, and what it holds kept as printed.
        #expect(record.roles.last?.affiliation == "CSIS Indonesi")
    }

    @Test func timedRowsInColumnsApartBySpaces() throws {
        let record = try Invented.record("""
            Forum on Coastal Towns

            12 May 2022

            Program

            14:00-14:10  Opening Remarks  CHUNG Yong-hoon, President, KEEI
            14:20-14:50  Keynote Speech  "Energy Security after the Crisis"  HONG Seok-min, Professor, Seoul National University
            """)
        #expect(record.roleLines == ["CHUNG Yong-hoon opening-speaker", "HONG Seok-min keynote-speaker"])
    }
}
