import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A webinar's summary: its type over the title, a line of cells with the day, the hours and "Online",
/// panelists described after a dash, and an economist quoted who was not there. Invented lines.
@Suite struct WebinarTests {
    static let page = """
        CEPRA — Centre for Policy Research in the Andes
        Research | Events | Publications | About us | ES / EN
        Home › Events › Webinars › 2020

        WEBINAR SUMMARY
        Digital Payments in the Andes

        Thursday, 17 September 2020 · 10:00–11:30 (Lima, GMT-5) · Online (Zoom)

        On 17 September, CEPRA and the Andean Bank Network jointly organised a webinar on how the crisis has changed payments among households in Peru, Bolivia and Ecuador.

        Panelists
        • Andrés Ocampo Ríos – Head of Digital Strategy, Banco del Sur (Colombia)
        • Dr. Thomas Eber – Chief Economist, Andean Monetary Observatory

        Dr. Eber warned that rules lag behind the market. Quoting the Ecuadorian economist Hernando Salas Uribe, he said that payments are a public road.
        """

    @Test func webinar() throws {
        let record = try Invented.record(Self.page)
        #expect(record.document.documentType == "WEBINAR SUMMARY")
        #expect(record.event.title == "Digital Payments in the Andes")
        #expect(record.event.venue == "Online (Zoom)")
        let roles = record.roles.map { "\($0.name) \($0.role.rawValue) [\($0.affiliation ?? "-")]" }
        #expect(roles == ["Andrés Ocampo Ríos panelist [Head of Digital Strategy, Banco del Sur (Colombia)]",
                          "Thomas Eber panelist [Chief Economist, Andean Monetary Observatory]"])
        #expect(Invented.explain(Self.page).contains("16: not-a-participant \"Hernando Salas Uribe\" by cue mention.recalled"))
    }

    @Test func placesThatAreNone() {
        #expect(HeaderReader.isOnline("Online (Zoom)"))
        #expect(HeaderReader.isOnline("Virtual event"))
        #expect(!HeaderReader.isOnline("Lima, Peru"))
        #expect(Dates.dateline("17 September 2020 · 10:00–11:30 (Lima, GMT-5) · Online (Zoom)")?.rest == "Online (Zoom)")
    }
}

/// "Event details" heads the facts under it; a pause in a timed programme is understood.
@Suite struct EventDetailsTests {
    @Test func detailsAndPauses() throws {
        let page = """
            ROUNDTABLE
            Regional Integration and the Digital Economy

            Event details
            Date: 2021-11-09
            Venue: IHAPS Conference Room, Addis Ababa

            Programme
            14:00  Welcome and introduction — Dr. Meron Alemu, Executive Director, IHAPS
            17:00  Reception
            """
        let result = Invented.read(page)
        #expect(result.record?.event.subtitle == nil)
        #expect(result.record?.event.startDate == "2021-11-09")
        #expect(result.findings.isEmpty)
        #expect(result.lines.first { $0.line == 10 }?.category == .narrative)
    }
}

/// A seminar's report: the venue printed by the days, a topic in the prose that names a region, Spanish
/// academic honorifics, and a jurist to whom tribute was paid. Invented lines.
@Suite struct SeminarReportTests {
    @Test func venueByTheDaysAndTribute() throws {
        let page = """
            EVENT REPORT
            International Seminar on Migration in the Southern Cone
            Valparaíso, 24–25 April 2019 · Aula Magna, Casa Central

            The Centre for Migration Studies organised a two-day seminar on the arrival of migrants in South America since 2015.

            Keynote lecture
            Prof. José Núñez of the Rioplatense Institute argued that the emergency was over. He paid tribute to the Uruguayan jurist Prof. Elena Sosa, whose work had done much.

            Panel 1 – Legal status
            Moderated by Mg. Francisca Oyarzún (CEM), the panel brought together Lic. Héctor Giménez (OSMH) and Sr. Rodrigo Barrientos, head of the migrants’ office.
            """
        let record = try Invented.record(page)
        #expect(record.event.venue == "Valparaíso, Aula Magna, Casa Central")
        let roles = record.roleLines
        #expect(roles == ["José Núñez keynote-speaker", "Francisca Oyarzún moderator", "Héctor Giménez panelist", "Rodrigo Barrientos panelist"])
    }
}
