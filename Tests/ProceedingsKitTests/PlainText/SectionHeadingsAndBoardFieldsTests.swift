import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// The section a breadcrumb leads to, printed again over the title; a bulletin board's fields apart by a bar; its attached
/// file and the page's hashtags.
@Suite struct SectionHeadingsAndBoardFieldsTests {

    @Test func theLastCrumbPrintedAgainIsNoTitle() throws {
        let record = try Invented.record("""
            Home > News > Institute News

            Institute News

            [Minutes] 2nd Joint Working Group on Green Shipping Corridors

            Date | 2024.10.04    Hit | 156    Writer | International Cooperation Team

            The working group met in Hai Phong on 25 September 2024 to review the corridor's first year of operation.
            """)
        #expect(record.event.title == "2nd Joint Working Group on Green Shipping Corridors")
    }

    @Test func theSingularOfTheLastCrumbIsTheSeriesLabel() throws {
        let record = try Invented.record("""
            Home > Events > Symposiums

            RIETI Symposium

            Economic Security and Supply Chain Resilience: Japan and Europe in a Fragmenting World

            Date/Time: Tuesday, February 18, 2025 13:30-17:15 (JST)
            """)
        #expect(record.event.title == "Economic Security and Supply Chain Resilience: Japan and Europe in a Fragmenting World")
    }

    @Test func aDocumentTypeUnderItsCrumbStaysTheType() throws {
        let record = try Invented.record("""
            Home › News › Event report

            EVENT REPORT
            14 Nov 2024 - 11:20

            After the drawdown: rethinking European engagement in the Central Sahel

            Two years after the withdrawal of the last missions, that question was at the heart of an expert seminar organised by the Institute in The Hague on Thursday 7 November 2024.
            """)
        #expect(record.document.documentType == "EVENT REPORT")
        #expect(record.event.title == "After the drawdown: rethinking European engagement in the Central Sahel")
    }

    @Test func aBoardsTitleFieldWithABarAndItsAttachment() throws {
        let record = try Invented.record("""
            Home > Events > Seminars & Forums

            Seminars & Forums

            Title | [Summary Record] Roundtable on Indo-Pacific Minilateralism
            Date | 2024-09-10    Writer | Sejong Institute    Hit | 214
            Attachment | roundtable_summary.pdf (188KB)

            The Institute convened a closed-door roundtable in Seongnam on 3 September 2024.
            """)
        #expect(record.event.title == "Roundtable on Indo-Pacific Minilateralism")
        #expect(record.event.subtitle == nil)
    }

    @Test func hashtagsAreNoSubtitle() throws {
        let record = try Invented.record("""
            The 2024 Public Diplomacy Dialogue: Rebuilding Trust from the Ground Up

            2024-08-27  |  Views 318
            #Korea-Japan Relations  #Public Opinion  #Public Diplomacy

            The Institute held the dialogue in Seoul on 12 August 2024.
            """)
        #expect(record.event.subtitle == nil)
    }

    @Test func aTrailOfTwoStepsFromHomeLeadsToThePage() throws {
        let record = try Invented.record("""
            Nordic Co-operation
            Dansk   English   Norsk   Suomi   Svenska

            Home / News

            News
            02.04.2025

            Nordic parliamentarians want joint stockpiles for crisis preparedness

            Around 80 members of the Council met in Mariehamn, Åland, on 31 March for the annual theme session. The session was hosted by the Parliament of Åland (Ålands lagting).

            “No country is large enough to secure its supply alone,” said Jóannes Ó. Dalsgaard from the Faroe Islands.
            """)
        #expect(record.event.title == "Nordic parliamentarians want joint stockpiles for crisis preparedness")
        #expect(record.document.issued == "2025-04-02")
        // The body's name in its own language, in brackets after it, is part of its name.
        #expect(record.organizers == ["Parliament of Åland (Ålands lagting)"])
        // An initial may be any capital.
        #expect(record.roles.map(\.name).contains("Jóannes Ó. Dalsgaard"))
    }
}
