import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// What a report's cover and a web page's head print around the title, beyond the title itself: a symbol with its
/// language, a type that leads into the title ("Summary report on the"), a series' number beside its symbol, the
/// programme over the numbered meeting it held, the hall under the town and the days, the page's last update.
/// Invented lines.
@Suite struct ReportHeadsTests {
    static let body = "\n\n1. The meeting was opened by Dr. Ana Ruiz, Director of the Institute.\n"

    @Test func aSymbolWithItsLanguageOverATypeThatLeadsIntoTheTitle() throws {
        let record = try Invented.record("""
            ABC-RO/XYZ/41/E

            Summary report on the

            Subregional meeting on coastal water quality
            in the Western Basin

            Tunis, Tunisia
            6–8 May 2019

            Issued: July 2019
            """ + Self.body)
        #expect(record.event.title == "Subregional meeting on coastal water quality in the Western Basin")
        #expect(record.document.documentType == "Summary report")
        #expect(record.document.symbol?.text == "ABC-RO/XYZ/41/E")
        #expect(record.event.startDate == "2019-05-06")
        #expect(record.document.issued == "2019-07")
    }

    @Test func aSeriesNumberBesideItsSymbolAndLanguage() throws {
        let record = try Invented.record("""
            Coastal Fisheries Technical Paper No. 88                              CFTP/R88 (En)

            Coastal Fisheries Institute

            Report of the
            EXPERT MEETING ON LOBSTER STOCKS

            Institute headquarters, Dakar, 4–6 June 2018
            """ + Self.body)
        #expect(record.event.title == "EXPERT MEETING ON LOBSTER STOCKS")
        #expect(record.document.documentType == "Report")
        #expect(record.event.startDate == "2018-06-04")
        #expect(record.event.endDate == "2018-06-06")
    }

    @Test func aTrailThroughAnEditionAndTheLanguagesOfTheOriginal() throws {
        let trail = try Invented.record("""
            Meetings > 7th Annual Meeting > Meeting Report

            Meeting Report

            Seventh Annual Meeting of the Society for River Studies
            "Rivers after the Drought"

            May 2–3, 2022 | Hall B, Riverside University, Lyon
            """ + Self.body)
        #expect(trail.event.title == "Seventh Annual Meeting of the Society for River Studies")
        #expect(trail.event.subtitle == "Rivers after the Drought")
        let original = try Invented.record("""
            UNITED NATIONS
            Commission for the Inland Seas

            C/CIS/2021/WG.2/Summary
            Distr.: General
            3 June 2021
            Original: French/English

            Inland Seas Forum 2021
            Baku, 10–11 May 2021
            """ + Self.body)
        #expect(original.event.title == "Inland Seas Forum 2021")
        #expect(original.event.startDate == "2021-05-10")
    }

    @Test func aDateBesideTheReadingTimeAfterADash() throws {
        let record = try Invented.record("""
            Oct 3, 2023 — 5 min read

            River forum weighs the cost of dams on fisheries

            The River Forum took place on 1 October 2023 in Vientiane. It was organized by the River Institute.
            """)
        #expect(record.event.title == "River forum weighs the cost of dams on fisheries")
        #expect(record.document.issued == "2023-10-03")
    }

    @Test func anAddressUnderTheDatesAndAPluralType() throws {
        let note = try Invented.record("""
            Forum on River Basins

            4-5 March 2020
            Conference Centre, 12 rue des Fleurs, Geneva, Switzerland

            Session summaries
            (prepared by the Secretariat)
            """ + Self.body)
        #expect(note.document.documentType == "Session summaries")
        #expect(note.event.venue == "Conference Centre, 12 rue des Fleurs, Geneva, Switzerland")
        #expect(note.event.subtitle == nil)
    }

    @Test func theHallUnderTheTownAndTheDays() throws {
        let record = try Invented.record("""
            IX Congress of the Andean Geography Association
            Mountains, Water and Cities

            Quito, 4–6 October 2023
            Facultad de Geografía, Universidad Central del Ecuador (UCE)
            """ + Self.body)
        #expect(record.event.subtitle == "Mountains, Water and Cities")
        #expect(record.event.venue == "Facultad de Geografía, Universidad Central del Ecuador (UCE), Quito")
    }

    @Test func aTitleLineEndingInAColonGoesOnUnderIt() throws {
        let record = try Invented.record("""
            Rapporteur's Report

            Governing the Northern Sea Routes:
            Shipping, Rescue and Regional Cooperation

            Expert meeting, Tromsø Campus, Tromsø, Norway
            14–15 November 2018
            """ + Self.body)
        #expect(record.event.title == "Governing the Northern Sea Routes: Shipping, Rescue and Regional Cooperation")
        #expect(record.event.subtitle == nil)
        #expect(record.event.venue == "Tromsø Campus, Tromsø, Norway")
        #expect(record.event.startDate == "2018-11-14")
    }

    @Test func theNumberedMeetingUnderTheProgrammeThatHeldIt() throws {
        let record = try Invented.record("""
            CO-CHAIRS' SUMMARY

            Coastal Policy Dialogue — Ports Network
            Third Meeting of Port Authorities of the Western Pacific:
            Dredging, Tariffs and the Next Decade

            Suva, Fiji — June 4–5, 2019
            """ + Self.body)
        #expect(record.event.title == "Third Meeting of Port Authorities of the Western Pacific")
        #expect(record.event.subtitle == "Dredging, Tariffs and the Next Decade")
        #expect(record.document.notes.map(\.text).contains("Coastal Policy Dialogue — Ports Network"))
        // A session named under the title is no meeting of its own.
        let session = try Invented.record("""
            INTERNATIONAL DIALOGUE ON RIVERS 2021
            Second session

            Tuesday, 12 October 2021
            """ + Self.body)
        #expect(session.event.title == "INTERNATIONAL DIALOGUE ON RIVERS 2021")
    }

    @Test func aPublishersShortLinesOverTheTypeAndAHallUnderTheTownAndDays() throws {
        let record = try Invented.record("""
            Norva
            Institute for Coastal Research, Bergen

            Workshop Report

            Reforming the Fishing Quotas:
            Small Boats in the North Atlantic

            Tórshavn, 22-23 January 2015

            Hotel Føroyar & Conference Centre, Oyggjarvegur, Tórshavn, Faroe Islands

            The workshop was jointly organised by Norva and the Fisheries Office, at the University of the Faroe Islands.
            """)
        #expect(record.event.title == "Reforming the Fishing Quotas: Small Boats in the North Atlantic")
        #expect(record.document.documentType == "Workshop Report")
        #expect(record.event.venue == "Hotel Føroyar & Conference Centre, Oyggjarvegur, Tórshavn, Faroe Islands")
        #expect(record.event.startDate == "2015-01-22")
    }

    @Test func theDaysByTheTitleOverTheMonthInTheProse() throws {
        let record = try Invented.record("""
            The Lakeside Foundation
            Villa Serena Center

            Convening Report

            Cooling Cities for All

            Villa Serena Center, Lake Garda, Italy
            September 18–22, 2017

            In September 2017, experts met at the Villa Serena Center to discuss urban heat.
            """)
        #expect(record.document.documentType == "Convening Report")
        #expect(record.event.title == "Cooling Cities for All")
        #expect(record.event.startDate == "2017-09-18")
        #expect(record.event.endDate == "2017-09-22")
        #expect(record.event.venue == "Villa Serena Center, Lake Garda, Italy")
    }

    @Test func aCampusAddressUnderTheKindOfMeetingAndItsDays() throws {
        let record = try Invented.record("""
            Workshop summary

            THE WELFARE STATE UNDER DEMOGRAPHIC PRESSURE

            International research workshop, 30 August – 1 September 2016
            Nordhavn University, Søndergade 7, building 1331, room 024, Aarhus, Denmark
            """ + Self.body)
        #expect(record.event.venue == "Nordhavn University, Søndergade 7, building 1331, room 024, Aarhus, Denmark")
        #expect(record.event.subtitle == nil)
        #expect(record.event.endDate == "2016-09-01")
    }

    @Test func aSiteThatNamesItselfOverItsMenu() throws {
        let record = try Invented.record("""
            Québec

            Ville de Québec – Official website
            Residents | Businesses | Explore Québec | City Hall | News

            News > Environment

            Outcome Document

            Québec Dialogue of Cities on River Shores

            December 12–13, 2022
            """ + Self.body)
        #expect(record.event.title == "Québec Dialogue of Cities on River Shores")
        #expect(record.document.documentType == "Outcome Document")
        #expect(record.event.startDate == "2022-12-12")
    }

    @Test func theKindOfMeetingOverItsQuotedNameAndTheEventsOwnFields() throws {
        let panel = try Invented.record("""
            INSTITUTE OF SOUTH SEA STUDIES
            National University of Ports

            Research | Events | Publications | Media | About

            Events > Past Events

            Panel Discussion
            "Connecting the Bay of Islands: Ferries at Twenty-Five"

            Event Date: 19 January 2022, 3.00 pm – 4.30 pm (local time)
            Event Venue: Seminar Room, Level 10, 29 Harbour Terrace, Port Louis
            """ + Self.body)
        #expect(panel.event.title == "Connecting the Bay of Islands: Ferries at Twenty-Five")
        #expect(panel.event.startDate == "2022-01-19")
        #expect(panel.event.venue == "Seminar Room, Level 10, 29 Harbour Terrace, Port Louis")
        let seminar = try Invented.record("""
            REPORT

            National Seminar on
            "The Coral Sea: Maritime Governance"

            4 June 2013
            """ + Self.body)
        #expect(seminar.event.title == "National Seminar on The Coral Sea: Maritime Governance")
    }

    @Test func whoPaidForTheMeetingIsNoSubtitle() throws {
        let record = try Invented.record("""
            Regional Workshop on Financing Coastal Cities
            Workshop Summary

            Date: March 12–13, 2019
            Organizers: Coastal Development Bank (CDB)
            Supported by: Nordic Fund; Urban Resilience Trust Fund
            """ + Self.body)
        #expect(record.event.subtitle == nil)
        #expect(record.document.documentType == "Workshop Summary")
    }

    @Test func aRecordOfTheMeetingHeldThenAndThere() throws {
        let record = try Invented.record("""
            PARLIAMENTARY ASSEMBLY OF THE INLAND SEAS
            Committee on Water

            SUMMARY RECORD

            of the meeting held in Baku on Monday 20 March 2017, from 9.30 to 17.30,
            at the House of Deputies of the Republic, Avenue Nizami

            Meeting hosted by the House of Deputies of the Republic

            Water scarcity and desalination in the Caspian
            """ + Self.body)
        #expect(record.document.documentType == "SUMMARY RECORD")
        #expect(record.event.title == "Water scarcity and desalination in the Caspian")
        #expect(record.event.startDate == "2017-03-20")
        #expect(record.event.venue == "House of Deputies of the Republic")
        let names = Dictionary(uniqueKeysWithValues: record.organizations.map { ($0.id, $0.name) })
        #expect(record.participations.filter { $0.role == .organizer }.compactMap { $0.organizationId.flatMap { names[$0] } }
                == ["House of Deputies of the Republic"])
    }

    @Test func aLineThatSaysWhereAndWhenItWasHeld() throws {
        let online = try Invented.record("""
            WEBINAR REPORT

            Financing the Blue Economy

            Held online on 12 May 2021
            """ + Self.body)
        #expect(online.event.subtitle == nil)
        #expect(online.event.startDate == "2021-05-12")
        #expect(online.event.venue == "Online")
        let hotel = try Invented.record("""
            Seminar on Ports

            Held at the Pacific Hotel, Apia, on 3 May 2019
            """ + Self.body)
        #expect(hotel.event.startDate == "2019-05-03")
        #expect(hotel.event.venue == "Pacific Hotel, Apia")
        #expect(hotel.document.issued == nil)
    }
}
