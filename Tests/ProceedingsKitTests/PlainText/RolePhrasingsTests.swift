import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Roles said in the words of a summary's prose rather than by a label, and the people a summary speaks of
/// who were not there. Invented lines; each is read inside a paragraph, as a page prints it.
@Suite struct RolePhrasingsTests {
    static func record(_ sentence: String) throws -> Record {
        try Invented.record(body: "The members met in the main hall for the annual meeting. " + sentence + " Members approved the budget.")
    }

    @Test(arguments: [
        ("The session heard papers from Dr. Ana Ruiz (University of Chile) and Mr. Olu Ade (Lagos Business School).",
         ["Ana Ruiz presenter", "Olu Ade presenter"]),
        ("Briefings were given by Dr. Ana Ruiz, Director of the Water Agency.", ["Ana Ruiz presenter"]),
        ("This session was led off by Dr. Ana Ruiz, who presented the survey.", ["Ana Ruiz lead-off-speaker"]),
        ("Dr. Ana Ruiz sent a congratulatory letter to the forum, which was read out by Mr. Olu Ade.",
         ["Ana Ruiz message-author", "Olu Ade speaker"]),
        ("Dr. Olu Ade proposed the vote of thanks.", ["Olu Ade closing-speaker"]),
        // "Vice President ICPSS": capitals after an office that no voice could say as a name are the body's initials.
        ("Brig (R) Khalid Awan, Vice President ICPSS, presented the vote of thanks.", ["Khalid Awan closing-speaker"]),
        ("Forum chair Ana Ruiz, Director of the Water Agency, introduced the programme.", ["Ana Ruiz chair"]),
        ("Dr. Ana Ruiz and Mr. Olu Ade spoke as panellists.", ["Ana Ruiz panelist", "Olu Ade panelist"]),
        ("A panel of experts — Dr. Ana Ruiz (UCH) and Mr. Olu Ade (LBS) — shared their views.", ["Ana Ruiz panelist", "Olu Ade panelist"]),
        ("Mr. Olu Ade, a farmer from the district, offered a response from the floor.", ["Olu Ade respondent"]),
        // A label of two words before the verb that opens the list of its holders.
        ("Among the resource persons were Dr. Ana Ruiz of the Water Agency and Mr. Olu Ade of the Farmers' Union.",
         ["Ana Ruiz presenter", "Olu Ade presenter"]),
        // A bare name is vouched for by the archive, hospital or clinic in brackets after it, as by a university.
        ("The session heard papers from Arjun Mehta (Archives of Ontario) and Hye-jin Park (City Hospital).",
         ["Arjun Mehta presenter", "Hye-jin Park presenter"]),
        // "Sze-To": a Cantonese surname's second syllable is no English "to".
        ("Outgoing President Jonathan Sze-To Lam presided.", ["Jonathan Sze-To Lam chair"]),
        // As pages translated from Spanish or Portuguese put it: an office in lower case before the name, the opening "made by".
        ("The opening was made by the executive director of the Foundation, Ricardo Menezes Aguiar, who spoke of its history.",
         ["Ricardo Menezes Aguiar opening-speaker"]),
        ("At inaugurating the works, the president of the committee, senator Rocío Guadalupe Medina Arreola, spoke.",
         ["Rocío Guadalupe Medina Arreola opening-speaker"]),
        ("The secretary of the committee, senator Héctor Manuel Salcedo Ibarra, moderated the first table.",
         ["Héctor Manuel Salcedo Ibarra moderator"]),
        // A public hearing's submissions: a request or an objection is a statement; a question is the floor's.
        ("Mr. Olu Ade, a resident of the ward, submitted that the allocation should be increased.", ["Olu Ade speaker"]),
        ("Ms. Ana Ruiz, Chairperson of the Disability Network, asked that the County set aside funds.", ["Ana Ruiz speaker"]),
        ("Ms. Ana Ruiz asked whether the County would set aside funds.", ["Ana Ruiz participant"]),
        ("Mr. Olu Ade, representing traders at the market, opposed the proposed increase in fees.", ["Olu Ade speaker"]),
        ("The seminar was opened jointly by Olu Ade, head of the delegation, and Ms Ana Ruiz, Deputy Director-General.",
         ["Olu Ade opening-speaker", "Ana Ruiz opening-speaker"]),
        // "The lecture was chaired by X": the verb of presiding, not the lecture, names the role.
        ("The lecture was chaired by Prof. (Mrs.) Ama Mensah, Dean of the School.", ["Ama Mensah chair"]),
        ("The session was mediated by Prof. Ana Souza.", ["Ana Souza moderator"]),
        // The publisher's own officer, the office in lower case after "our"; a webinar opened as a meeting is.
        ("Our general manager Tor Erik Nygård opened the webinar with some sobering numbers.", ["Tor Erik Nygård opening-speaker"]),
        // A meeting's officers, nominated as they are elected, the verb left out after the first.
        ("Dr Ana Ruiz (Chile) was nominated Chairperson, Dr Olu Ade (Nigeria) Co-Chairperson and Dr Lena Marsh (Fiji) Rapporteur.",
         ["Ana Ruiz chair", "Olu Ade chair", "Lena Marsh rapporteur"]),
        // The unit after a title, between commas, is where the title is held, not another person.
        ("Dr Ana Ruiz, Medical Officer, Neglected Tropical Diseases, WHO, presented the survey.", ["Ana Ruiz presenter"]),
        // ... but a list of people, each with a title after the name, goes on after a title.
        ("Ana Ruiz, Ugandan Ambassador, Olu Ade, Professor Emeritus at Seikei University, and Lena Marsh presented papers.",
         ["Ana Ruiz presenter", "Olu Ade presenter", "Lena Marsh presenter"]),
    ])
    func roleInProse(_ sentence: String, _ roleLines: [String]) throws {
        #expect(try Self.record(sentence).roleLines == roleLines)
    }

    @Test(arguments: [
        "Dr. Ana Ruiz opened the seminar. She quoted former President Hans Reuter on the value of water.",
        "Dr. Ana Ruiz recalled the leadership of President Hans Reuter in convening the first summit.",
        "Dr. Ana Ruiz spoke first. Prof. Hans Weber, the late geographer, was quoted by several speakers.",
        "Dr. Ana Ruiz spoke. Dr. Hans Weber, the late founder of the institute, was remembered with a minute of silence.",
        "Dr. Ana Ruiz closed the forum. Secretary General Hans Weber, who could not be in Lima, will present the conclusions.",
        "Dr. Ana Ruiz presented the guidelines. The Minister, Hon. Hans Weber, is expected to table them in June.",
    ])
    func spokenOfOnly(_ sentence: String) throws {
        #expect(try Self.record(sentence).roles.map(\.name) == ["Ana Ruiz"])
    }

    /// One who could not come, whose words were read out by another, wrote them: a message's author, not someone absent.
    @Test(arguments: [
        "The conference was opened by the Minister, Ms. Ama Owusu, who was represented by Mr. Kofi Mensah. In her speech, read on her behalf, the Minister welcomed delegates.",
        "The Honourable Ama Owusu, Minister of Rural Affairs, was unable to attend. Her remarks were read by Deputy Minister Kofi Mensah.",
    ])
    func wordsReadOutForTheAbsent(_ sentence: String) throws {
        let roles = try Self.record(sentence).roles
        #expect(roles.first { $0.name == "Ama Owusu" }?.role == .messageAuthor)
        #expect(roles.contains { $0.name == "Kofi Mensah" })
    }

    /// Represented, with nothing of theirs read out: not there.
    @Test func representedWithNothingReadOut() throws {
        let record = try Self.record("Dr. Ana Ruiz opened the hearing. The Commissioner, Mr. Hans Weber, had been invited but was represented by a member of his Office.")
        #expect(record.roles.map(\.name) == ["Ana Ruiz"])
    }

    /// A report expected to be debated is the report's future, not its author's: the author took part.
    @Test func aReportExpectedLaterKeepsItsAuthor() throws {
        let record = try Self.record("Dr. Ana Ruiz presented the guidelines. The report by Ms. Jane Massey is expected to be debated in June.")
        #expect(record.roles.map(\.name) == ["Ana Ruiz", "Jane Massey"])
    }

    /// Who closes an event, however the page says it: the calque of Spanish with the event named, and a close by one who held
    /// another role before.
    @Test func closingsAsPrinted() {
        let facts = Invented.explain("""
            Forum on Payments

            The exhibition, which closed on Sunday, was curated by Dr. Maria Lopez of the National Museum.

            The closing of the workshop was in charge of the Director General of Economic Affairs, Ambassador Rodrigo Vergara Etchegaray, who announced the conclusions.

            The inauguration of the forum was in charge of the Vice Minister, Ambassador Rosa Valdivieso.

            Hoover deputy director Margaret L. Ashworth welcomed participants and introduced the working group’s chair, Hoover senior fellow Daniel R. Whitcomb, who framed the discussion. Panelists included Dr. Ana Ruiz and Dr. Tomás Vidal.

            Hoover senior fellow Daniel R. Whitcomb closed the conference by announcing a report.
            """)
        // A "by" that closes another clause names no one who closed the meeting.
        #expect(facts.contains("3: participant \"Maria Lopez\" by cue mention.default"))
        #expect(facts.contains { $0.hasPrefix("5: closing-speaker \"Rodrigo Vergara Etchegaray\" by cue role.closing.noun") })
        #expect(facts.contains { $0.hasPrefix("7: opening-speaker \"Rosa Valdivieso\" by cue role.opening.noun") })
        // The chair Ms Ashworth introduced neither welcomed anyone nor opened anything.
        #expect(facts.contains("9: participant \"Daniel R. Whitcomb\" by cue mention.default"))
        #expect(facts.contains { $0.hasPrefix("11: closing-speaker \"Daniel R. Whitcomb\" by cue role.closing.verb") })
    }

    /// The one who opens an event may close it too: both roles stand.
    @Test func openedAndClosedByOne() throws {
        let record = try Invented.record(body: """
            Dr. Ana Ruiz welcomed the participants. Dr. Tomás Vidal presented the survey. Dr. Ana Ruiz closed the seminar.
            """)
        #expect(record.roleLines == ["Ana Ruiz opening-speaker", "Tomás Vidal presenter", "Ana Ruiz closing-speaker"])
    }

    /// A paragraph that opens with "Closing the hearing," and ends on a quotation is a sentence, not the heading of a closing
    /// part; its subject, named with the party in brackets and what she is, closed the hearing.
    @Test func closingTheHearingWithAQuotation() throws {
        let record = try Invented.record(body: """
            Closing the hearing, Ana Isabel Moutinho (EPP, PT), ENVI rapporteur on the water pollutants file, said the evidence "leaves no room for waiting for perfect data before acting."
            """)
        #expect(record.parts.isEmpty)
        #expect(record.roleLines == ["Ana Isabel Moutinho closing-speaker"])
    }
}
