import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A dialogue's page laid out as a form: fields set apart by runs of spaces or dot leaders, a label in
/// its column one space from a name, continuation lines aligned under it; and a bulletin board whose
/// "Date" field dates the post. Invented lines.
@Suite struct FormFieldsTests {
    static let page = """
        The 4th Harbour–Nordic Dialogue
        Arctic Shipping and Ocean Governance

        Date   December 2-3, 2014
        Venue  Hanbit Hall (3F), Foundation Building, Seoul
        Hosts  Co-hosted by the Hanbit Foundation and the Nordic Maritime Institute (Oslo)
               Under the auspices of the Parliamentary Friendship Group

        PROGRAM

        Day 1 · Tuesday, December 2

        09:30  Opening Ceremony
               Welcoming Remarks ........ CHOI Min-jae, Chairman, Hanbit Foundation

        10:15  Session 1  Arctic Shipping Routes
               Moderator   Prof. LEE Jae-won, Gwanghwa University
               Presenters  Dr. Sigrid HAUGLAND, Nordic Maritime Institute
                           Mr. JUNG Tae-ho, Busan Institute of Logistics
               Discussants Dr. Mikko KORHONEN, Arctic Observatory
                           Ms. YOON Seo-hyun, Polar Shipping Association
        """

    @Test func form() throws {
        let record = try Invented.record(Self.page)
        #expect(record.event.startDate == "2014-12-02")
        #expect(record.event.endDate == "2014-12-03")
        #expect(record.event.venue == "Hanbit Hall (3F), Foundation Building, Seoul")
        #expect(record.event.subtitle == "Arctic Shipping and Ocean Governance")
        let organizers = record.organizers
        #expect(organizers == ["Hanbit Foundation", "Nordic Maritime Institute (Oslo)"])
        let roles = record.roleLines
        #expect(roles == ["CHOI Min-jae opening-speaker", "LEE Jae-won moderator", "Sigrid HAUGLAND presenter", "JUNG Tae-ho presenter",
                          "Mikko KORHONEN commentator", "YOON Seo-hyun commentator"])
    }

    @Test func fieldsAndSentences() {
        let lexicon = GenreLexicon.builtIn
        #expect(LabelledFact("Venue  Hanbit Hall, Seoul")?.value == "Hanbit Hall, Seoul")
        #expect(LabelledFact("Date    2016-06-16     Hit 1,042") == nil)
        #expect(RosterLines.label("Rapporteur Ms. Ana Ruiz (CRSS) presented the key messages of the Forum", lexicon) == nil)
        #expect(RosterLines.label("Welcoming Remarks ........ CHOI Min-jae", lexicon)?.role == .openingSpeaker)
        let board = Invented.lines("Date  2021-11-26", "Writer  Climate Division")
        #expect(HeaderReader.isBoardDate(LabelledFact(board[0].text)!, at: 0, in: board))
    }
}

/// A cultural foundation's event page: speakers printed as a name over a line that says what they do,
/// and a welcome "by" someone in the timed programme. Invented lines.
@Suite struct ConversationPageTests {
    @Test func speakersOverTheirTrade() throws {
        let record = try Invented.record(body: """
            Speakers

            Kofi Ampem
            Publisher, Sankofa Lines Press, Accra

            Programme
            18:00  Welcome by Sérgio Nhantu, Executive Director of the Foundation
            """)
        let roles = record.roleLines
        #expect(roles == ["Kofi Ampem speaker", "Sérgio Nhantu opening-speaker"])
    }
}

/// The body a person works for is the last part of their description that names one, and a word such
/// as "Graduate" that begins a school's name is no title.
@Suite struct AffiliationBodyTests {
    @Test func schoolAfterATitle() throws {
        let record = try Invented.record(body: "Amb. Hayashi, Programme Officer, Graduate School of Asia-Pacific Studies of Waseda University, introduced the project.\n")
        #expect(record.organizations.map(\.name) == ["Graduate School of Asia-Pacific Studies of Waseda University"])
    }
}

/// A law firm's partner described under her name in a list of speakers keeps the list going.
@Suite struct PartnerUnderNameTests {
    @Test func partnerDescribesAName() throws {
        let record = try Invented.record(body: """
            Speakers
            Dr. Yasmin Sayed
            Senior Research Fellow, Maritime Security Programme

            Oksana Hrytsen
            Partner, Danube Shipping Law Chambers, Odesa

            Prof. Chen Weiming
            School of International Trade, Ningbo University
            """)
        #expect(record.roleLines == ["Yasmin Sayed speaker", "Oksana Hrytsen speaker", "Chen Weiming speaker"])
    }
}

/// An event page's block of facts, each behind a square bullet, and a list whose label notes its order. Invented lines.
@Suite struct InfoBlockTests {
    @Test func bulletedFactsAndAnOrderedList() throws {
        let record = try Invented.record("""
            Policy Forum on Supply Chains

            ■ Date: 14 March 2024 (Thu) 14:00-17:00
            ■ Venue: Grand Ballroom, Harbour Hotel
            ■ Organizers: Institute for Trade Policy (ITP), Centre for Regional Studies (CRS)

            Participants (in alphabetical order):
            Prof. Dr. Anna Keller, University Hospital
            Dr. Jonas Frei, Federal Office of Public Health
            """)
        #expect(record.event.startDate == "2024-03-14")
        #expect(record.event.venue == "Grand Ballroom, Harbour Hotel")
        let names = Dictionary(uniqueKeysWithValues: record.organizations.map { ($0.id, $0.name) })
        #expect(record.participations.filter { $0.role == .organizer }.compactMap { $0.organizationId.flatMap { names[$0] } }
            == ["Institute for Trade Policy (ITP)", "Centre for Regional Studies (CRS)"])
        #expect(record.roleLines == ["Anna Keller participant", "Jonas Frei participant"])
    }
}

