import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A chair's summary in numbered paragraphs: a host and an organiser in one sentence, a message from
/// someone who could not come, co-moderators, lead discussants, and "the Chair" acting in a part.
/// Invented lines.
@Suite struct ChairsSummaryTests {
    static let page = """
        Third Ministerial Dialogue on Coastal Trade

        CHAIR'S SUMMARY

        1. The Third Ministerial Dialogue on Coastal Trade was held in Apia on 5 and 6 May 2016. The Dialogue was hosted by the Government of Samoa and organised by the Council Secretariat.

        2. The Dialogue was chaired by Hon. Lina Tui, Minister of Trade.

        3. A message from the Secretary-General of the Council, Ambassador Ruth Obi, who was unable to attend, was read on her behalf by Mr. Karl Berg.

        Session I: Ports

        4. The session was co-moderated by Ms. Ana Ruiz (Chile) and Mr. Tom Hale (Fiji).

        Lead discussants: Dr Mei Tan, Port Institute; Mr Omar Said, Harbour Board

        Closing

        5. The Chair thanked delegations for their engagement.
        """

    @Test func hostAndOrganiserInOneSentence() throws {
        #expect(try Invented.record(Self.page).organizers == ["Government of Samoa", "Council Secretariat"])
    }

    @Test func messageFromAnAbsentAuthor() throws {
        let roles = try Invented.record(Self.page).roleLines
        #expect(roles.contains("Ruth Obi message-author"))
        #expect(roles.contains("Karl Berg participant"))
    }

    /// Lead discussants open a panel's debate from its seats: they are its panellists.
    @Test func coModeratorsLeadDiscussantsAndTheChairInTheClosing() throws {
        let roles = Set(try Invented.record(Self.page).roleLines)
        #expect(roles.isSuperset(of: ["Ana Ruiz moderator", "Tom Hale moderator", "Mei Tan panelist", "Omar Said panelist",
                                      "Lina Tui chair", "Lina Tui closing-speaker"]))
    }

    /// Someone absent whose words were not read stays out; "the Chair of" another body is someone else.
    @Test func absentAndOtherChairs() throws {
        let page = """
            Regional Seminar on Fisheries

            3 March 2011

            Dr. Ann Lee chaired the seminar. Mr. Paul Grant, who was unable to attend, sent his apologies.

            Closing

            The Chair of the Fisheries Board thanked the hosts.
            """
        let record = try Invented.record(page)
        let roles = Set(record.roleLines)
        #expect(!roles.contains { $0.hasPrefix("Paul Grant") })
        #expect(!roles.contains("Ann Lee closing-speaker"))
    }
}

/// "as Chair" right after a name is that name's role, not the title of the next one.
@Suite struct ElectedOfficersTests {
    @Test func electedAsChairAndAsRapporteur() throws {
        let record = try Invented.record(body: """
            The participants elected Dr. Hala Zeid (Egypt) as Chair and Dr. Karl Berg (Oman) as Vice-Chair of the meeting.
            """)
        let roles = record.roles.map { "\($0.name) \($0.role.rawValue) [\($0.affiliation ?? "-")]" }
        // Librarians record an elected vice-chair as one of the meeting's chairs.
        #expect(roles == ["Hala Zeid chair [Egypt]", "Karl Berg chair [Oman]"])
    }
}

/// Ministers who confirmed but did not come, a founder quoted from an old interview and named again:
/// none of them was at the event. Invented lines.
@Suite struct AbsentAndQuotedTests {
    @Test func absentListAndQuotedFounder() throws {
        let page = Invented.header + """
            The Health Ministers of Niger and Guinea, Mr. Issa Maiga and Dr. Fatou Balde, had confirmed their participation but did not attend.

            As the network's first chairman, Dr. Lamine Toure, put it in a 2012 interview, "a disease does not carry a passport." Dr. Toure retired in 2017.

            Prof. Komlan Agbeko chaired the seminar.
            """
        let record = try Invented.record(page + "\n")
        #expect(record.roles.map(\.name) == ["Komlan Agbeko"])
        let explained = Invented.explain(page)
        #expect(explained.contains("7: not-a-participant \"Issa Maiga\" by cue mention.absent"))
        #expect(explained.contains("9: not-a-participant \"Toure\" by cue mention.again"))
    }
}

/// Where an event ended or opened is where it was held; who closed an event names no place.
@Suite struct EndedAtTests {
    @Test func endedTodayAt() throws {
        let ended = try Invented.record(body: "The Youth Forum 2019 ended today at the Ngor Conference Centre, with a commitment by the bank.\n")
        #expect(ended.event.venue == "Ngor Conference Centre")
        let closed = try Invented.record(body: "Ministers closed a two-day Regional Conference on Jobs in West Africa on Friday. The conference was organised by the Labour Institute.\n")
        #expect(closed.event.venue == nil)
        #expect(closed.organizers == ["Labour Institute"])
    }
}

/// A discussant listed in the programme whom the summary then says could not come was not there.
@Suite struct ListedButAbsentTests {
    @Test func listedThenAbsent() throws {
        let page = Invented.header + """
            Discussants:
            – Ms. Hanna Gebre, EthioLink Payments
            – Mr. Yonas Berhe, Addis Startup Hub

            Ms. Hanna Gebre pointed to incompatible rules. Mr. Yonas Berhe was unable to attend at short notice; his place was taken by his colleague Ms. Selam Haile.
            """
        let record = try Invented.record(page + "\n")
        #expect(!record.roleLines.contains { $0.hasPrefix("Yonas Berhe") })
        #expect(!record.persons.contains { $0.name == "Yonas Berhe" })
        #expect(!Invented.explain(page).contains { $0.contains("commentator \"Yonas Berhe\"") })
    }
}

/// The author of a work cited, and someone whose contribution is recalled, were not at the meeting.
@Suite struct CitedWorksTests {
    @Test func authorsOfCitedWorks() throws {
        let page = Invented.header + """
            Several participants referred to a 2016 survey by Dr. Samuel Okafor on cable repairs. Participants recalled the contribution of former Council chair Ms. Birgitta Sundqvist.

            Dr. Ann Lee chaired the seminar.
            """
        let record = try Invented.record(page + "\n")
        #expect(record.roleLines == ["Ann Lee chair"])
    }
}
