import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A research institute's news item: a labelled date for the page, a dateline that ends with a colon for the story, the
/// organisers after it; sessions whose themes are quoted in single quotes, one of them apposed to its kind; and a
/// sentence that lists a session's speakers after its moderator. Invented lines.
@Suite struct ColonDatelinesAndQuotedThemesTests {
    static let news = """
        ERIA and Lao PDR Hold Workshop on Power Trade

        Date: 15 May 2024

        Vientiane, 14 May 2024: The Economic Research Institute for ASEAN and East Asia (ERIA) and the Ministry of Energy \
        and Mines (MEM) of Lao PDR jointly organised a workshop on power trade at the Landmark Hotel in Vientiane.

        Session 1 on 'Regulatory Harmonisation and Grid Codes' was moderated by Ms Souphaphone Keo, Director General, MEM. \
        Speakers included Dr Nguyen Van Long of the Institute of Energy, Viet Nam; and Ms Lim Sokha of Electricité du Cambodge.

        Session 2, a policy roundtable on 'The Way Forward', was moderated by Dr Hiroaki Nishi, Senior Policy Fellow at ERIA.
        """

    @Test func theStorysDatelineBeforeTheLabelledDateDatesTheWorkshop() throws {
        let record = try Invented.record(Self.news)
        #expect(record.event.startDate == "2024-05-14")
        #expect(record.document.issued == "2024-05-15")
        // The dateline is no organiser's name.
        #expect(record.organizers.contains { $0.hasPrefix("Economic Research Institute for ASEAN and East Asia") })
        #expect(record.organizers.contains { $0.hasPrefix("Ministry of Energy and Mines") })
    }

    @Test func themesInSingleQuotesAndSpeakersAfterTheModerator() throws {
        let record = try Invented.record(Self.news)
        #expect(record.parts.map(\.title) == ["Regulatory Harmonisation and Grid Codes", "The Way Forward"])
        #expect(record.roles.contains { $0.name == "Souphaphone Keo" && $0.role == .moderator })
        // "Speakers included": the list's own noun says their role, not the moderated discussion's panel.
        #expect(record.roles.contains { $0.name == "Nguyen Van Long" && $0.role == .speaker })
        #expect(record.roles.contains { $0.name == "Lim Sokha" && $0.role == .speaker })
    }
}

/// A government information service's news: the agency's letters and the day before a colon, a workshop that "opened
/// this morning at" its hotel, and a minister who "performed the official opening". Invented lines.
@Suite struct AgencyDatelinesTests {
    static let news = """
        Ocean accounting: Regional workshop for island states opens in Pointe aux Piments

        GIS – 19 February, 2025: A three-day Regional Workshop on Ocean Accounts opened this morning at Le Méridien Hotel, in \
        Pointe aux Piments. The workshop is jointly organised by the Ministry of Blue Economy and Statistics Mauritius.

        The Minister of Blue Economy, Mr Dhaneshwar Ramlu, performed the official opening of the workshop.
        """

    @Test func theAgencysDayDatesTheWorkshopThatOpenedThisMorningAtItsHotel() throws {
        let record = try Invented.record(Self.news)
        #expect(record.event.startDate == "2025-02-19")
        #expect(record.document.issued == "2025-02-19")
        #expect(record.event.venue == "Le Méridien Hotel")
        #expect(record.roles.contains { $0.name == "Dhaneshwar Ramlu" && $0.role == .openingSpeaker })
    }
}
