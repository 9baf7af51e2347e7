import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A ministry's press release as Nordic ministries print one: the type with the date and hour it was posted, an office
/// printed before a name without a comma, and an enquiries block. Invented lines.
@Suite struct MinistryReleasesTests {
    static let page = """
        Press releases

        Press release 14.10.2025 13.45

        Round table on water charges: councils call for clearer rules

        Minister of the Environment Liisa Koskelo-Vähä hosted a round table on water charges at the House of the Estates in Helsinki on 13 October.

        Professor Aino Räty from the University of Oulu presented the findings of a study on charges. Permanent Secretary Mikko Aalto summarised the discussion at the end of the round table. Dr Eeva Salo (Rapporteur) summarised the discussion.

        Inquiries:
        Sanna Lehtola, Senior Adviser, tel. +358 295 000 000
        Ville Niemi, Special Adviser to the Minister, tel. +358 295 000 001

        """

    @Test func theTypeAndTheHourItWasPosted() throws {
        let record = try Invented.record(Self.page)
        #expect(record.document.documentType == "Press release")
        #expect(record.document.issued == "2025-10-14")
        #expect(record.event.title == "Round table on water charges: councils call for clearer rules")
        #expect(record.event.startDate == "2025-10-13")
    }

    /// "Minister of the Environment Liisa X hosted": the minister hosted, and no body is named "Minister of ...".
    @Test func anOfficeBeforeANameIsNoBody() throws {
        let record = try Invented.record(Self.page)
        #expect(record.organizers.isEmpty)
        #expect(record.roleLines == ["Liisa Koskelo-Vähä organizer", "Aino Räty presenter", "Mikko Aalto closing-speaker", "Eeva Salo rapporteur"])
    }

    /// Those whom "Inquiries:" names answer for the page; they took no part.
    @Test func theEnquiriesBlockNamesNoParticipant() throws {
        let record = try Invented.record(Self.page)
        #expect(!record.persons.map(\.name).contains("Sanna Lehtola"))
        #expect(!record.persons.map(\.name).contains("Ville Niemi"))
    }

    /// "Member of the Latvian Saeima Ilze X": the body's name, then the person's two words, with no comma between.
    @Test func anOfficeOfABodyBeforeAName() throws {
        let record = try Invented.record(body: """
            Member of the Latvian Saeima Ilze Ozoliņa and Member of the Estonian Riigikogu Mart Tamm presented the experience of their parliaments.

            Minister of Foreign Affairs Taro Sato spoke on the second day.
            """)
        #expect(record.roleLines == ["Ilze Ozoliņa presenter", "Mart Tamm presenter", "Taro Sato speaker"])
    }

    /// "X, Ph.D. candidate, Department of ...": a degree that a word in lower case goes on is the person's standing.
    @Test func aDegreeThatGoesOn() throws {
        let record = try Invented.record(body: """
            The panel featured:

            Nguyễn Thị Lan Anh, Ph.D. candidate, Department of Political Science
            Dr. Daniel Whitby, Senior Fellow, Mekong Program, Stimson Center
            """)
        #expect(record.roleLines == ["Nguyễn Thị Lan Anh panelist", "Daniel Whitby panelist"])
        #expect(record.roles.first?.affiliation == "Ph.D. candidate, Department of Political Science")
    }

    /// "In her opening address the Minister stressed": the one person the text gave that title to opened the meeting;
    /// a region the meeting was about gives way to where it took place.
    @Test func theMinisterByHerTitle() throws {
        let record = try Invented.record(body: """
            Sigrún Hallsdóttir, Minister of the Environment, spoke at a round table on ocean acidification in the North Atlantic on 10 June. The meeting took place at Hannesarholt in Reykjavík.

            In her opening address the Minister stressed that the coastal towns depend on fishing. Einar Þórsson, Professor of Oceanography, and Ása Guðjónsdóttir, specialist at the Met Office, also gave short introductions.
            """)
        #expect(record.roleLines == ["Sigrún Hallsdóttir opening-speaker", "Einar Þórsson speaker", "Ása Guðjónsdóttir speaker"])
        #expect(record.event.venue == "Hannesarholt in Reykjavík")
    }

    /// A page copied without blank lines: the site's menu runs on into the headline, whose date and place are cells
    /// apart by runs of spaces.
    @Test func aPageWithoutBlankLines() throws {
        let record = try Invented.record("""
            Skip to main content
            Language selection
            Search
            Menu
            Main Menu
            You are here:
            Canada.ca
            Natural Resources Canada
            News
            Minister Thériault convenes national roundtable on wildfire-resilient communities
            News release
            April 12, 2024      Kelowna, British Columbia      Natural Resources Canada
            Wildfires are becoming more frequent and more intense, and communities across the country are asking how they can prepare for them.
            """)
        #expect(record.event.title == "Minister Thériault convenes national roundtable on wildfire-resilient communities")
        #expect(record.document.documentType == "News release")
        #expect(record.document.issued == "2024-04-12")
    }

    /// The trail to the page a step to a line, opening with "Home", under the site's menu; the buttons to share the page
    /// under its date. None of it is the title or a heading of the story.
    @Test func aTrailAStepToALineAndTheButtonsToShare() throws {
        let record = try Invented.record("""
            Skip to main content
            Fund for Rural Growth
            Who we are
            What we do
            Where we work
            Latest
            Search
            English
            Français

            Home
            Latest
            News
            Press release
            Press release No.: FRG/09/2025

            Farmers' leaders call for direct access to climate finance at the Fund's global meeting

            13 February 2025

            Share on Facebook
            Share on X
            Email

            Rome, 13 February 2025 – Farmers' leaders from 38 countries closed the seventh global meeting of the Farmers' Forum today.
            """)
        #expect(record.event.title == "Farmers' leaders call for direct access to climate finance at the Fund's global meeting")
        #expect(record.document.documentType == "Press release")
        #expect(record.sections.isEmpty)
        #expect(HeaderReader.trailOneStepToALine(Invented.lines("Home", "News", "", "Title of the page")) == [1, 2])
        #expect(HeaderReader.trailOneStepToALine(Invented.lines("Home affairs committee meets", "News")).isEmpty)
    }

    /// "held a seminar to analyze the reform enacted in March 2025": a date of another deed is not the meeting's; "X" among
    /// the buttons to share the page is no part of the place over them.
    @Test func aDateOfAnotherDeedAndTheButtonX() throws {
        let record = try Invented.record("""
            Chile's new pension system: what changes and what remains?

            Tuesday April 8, 2025 | 09:00 - 11:00 hrs.
            CEP Auditorium, Monseñor Sótero Sanz 162, Providencia, Santiago

            Share
            Facebook
            X

            On Tuesday, CEP held a seminar to analyze the pension reform enacted in March 2025.
            """)
        #expect(record.event.startDate == "2025-04-08")
        #expect(record.event.venue == "CEP Auditorium, Monseñor Sótero Sanz 162, Providencia, Santiago")
    }

    /// "News item | 23-10-2024 | 17:30": the type, a day with hyphens whose order a number over 12 makes plain, the hour.
    /// "02-10-2024" could be either order, and is not read.
    @Test func aDateWithHyphensAndItsHour() throws {
        let record = try Invented.record("""
            Minister Van Dijk: 'Delta countries must share what works'
            News item | 23-10-2024 | 17:30

            On Tuesday 22 October the Minister hosted an international round table on delta resilience at the ministry in The Hague.
            """)
        #expect(record.document.issued == "2024-10-23")
        #expect(record.event.startDate == "2024-10-22")
        #expect(Dates.all(in: "News item | 02-10-2024 | 17:30").allSatisfy { $0.year == nil })
    }

    /// Goodwill messages delivered in person are speeches; "Comrade" is an honorific; the one who signed the release and the
    /// site's "Related Posts" under it took no part.
    @Test func goodwillMessagesAndTheSignature() throws {
        let record = try Invented.record(body: """
            Goodwill messages were delivered by the Chief of WASH, UNICEF Nigeria, Mr. Tomás Ferreira; the Honourable Commissioner for Water Resources, Kano State, Alhaji Sani Garba Bichi; and the National Coordinator of NEWSAN, Comrade Blessing Udo-Akpan.

            Signed:
            Mrs. Halima Bello-Ikeji
            Director, Press and Public Relations

            Related Posts
            """)
        #expect(record.roleLines.prefix(2) == ["Tomás Ferreira speaker", "Sani Garba Bichi speaker"])
        #expect(record.persons.map(\.name) == ["Tomás Ferreira", "Sani Garba Bichi", "Blessing Udo-Akpan"])
    }

    /// A ministry's release closes with whom to ask ("Inquiries: X, Senior Specialist, tel. ..."): no one who took part. A message
    /// is sent by an officer whose compound title names the office in its last part ("Under-Secretary-General").
    @Test func inquiriesAndACompoundTitle() throws {
        let record = try Invented.record(body: """
            A video message from UN Under-Secretary-General Rosemary DiCarlo was shown at the opening. The panel discussion, moderated by Senior Adviser Jussi Kanner, featured Dr Pedro Alvarado of the University of Bogotá.

            Inquiries: Laura Niskanen, Senior Specialist, tel. +358 295 351 234.

            Further information: Ms Anna Berg, Press Officer.
            """)
        #expect(Set(record.roleLines) == ["Rosemary DiCarlo message-author", "Jussi Kanner moderator", "Pedro Alvarado panelist"])
    }
}
