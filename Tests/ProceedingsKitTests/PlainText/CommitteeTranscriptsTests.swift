import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A committee's transcript of a hearing for one of its inquiries: the type over the committee over the inquiry, the
/// town and the weekday before the date, members set in two columns, witnesses "in attendance", and what happened printed in
/// capitals. Invented lines.
@Suite struct CommitteeTranscriptsTests {
    static let page = """
        TRANSCRIPT OF PROCEEDINGS

        PUBLIC

        LEGISLATIVE COUNCIL SELECT COMMITTEE ON RURAL ROADS

        Inquiry into the Maintenance of Rural Bridges

        Ballarat – Tuesday 4 March 2025

        MEMBERS

        Anneliese Brandt – Chair            Connor Whitlam
        Darius Kemal – Deputy Chair         Yvette Lambourne

        IN ATTENDANCE
        Ms Petra Holm (Secretary)

        WITNESSES IN ATTENDANCE
        Mr Oliver Strand, Chief Engineer, Regional Roads Agency

        THE COMMITTEE MET IN THE COUNCIL CHAMBER, TOWN HALL, BALLARAT, AT 10.00 A.M.

        Mr OLIVER STRAND, CHIEF ENGINEER, REGIONAL ROADS AGENCY, WAS CALLED, MADE THE STATUTORY DECLARATION AND WAS EXAMINED.

        CHAIR - Welcome, Mr Strand. Would you like to make an opening statement?

        Mr STRAND - Thank you, Chair. Forty of our timber bridges are past their design life.
        """

    @Test func theInquiryIsTheTitleAndTheCommitteeHeldIt() throws {
        let facts = Invented.explain(Self.page)
        // Where the committee met is in the note in capitals.
        let expected = ["1: document-type \"TRANSCRIPT OF PROCEEDINGS\"", "7: title \"Inquiry into the Maintenance of Rural Bridges\"",
                        "5: organizer \"Legislative Council Select Committee on Rural Roads\" by cue organizer.inquiry-of",
                        "9: start-date \"2025-03-04\"", "22: venue \"Council Chamber\" by cue venue.held-at"]
        for fact in expected { #expect(facts.contains { $0.hasPrefix(fact) }, "\(fact)") }
        // The weekday before the date is no part of the town.
        #expect(Dates.dateline("Ballarat – Tuesday 4 March 2025")?.rest == "Ballarat")
    }

    @Test func membersInTwoColumnsAndWitnessesInAttendance() throws {
        let record = try Invented.record(Self.page)
        #expect(record.roleLines.prefix(6) == ["Anneliese Brandt chair", "Connor Whitlam participant", "Darius Kemal participant",
                                                "Yvette Lambourne participant", "Petra Holm participant", "Oliver Strand speaker"])
        #expect(record.roles.first { $0.name == "Anneliese Brandt" }?.affiliation == nil)
    }

    @Test func whatHappenedInCapitalsIsReadAsASentence() throws {
        let record = try Invented.record(Self.page)
        // No words of the note in capitals are taken for names.
        #expect(Set(record.persons.map(\.name)) == ["Anneliese Brandt", "Connor Whitlam", "Darius Kemal", "Yvette Lambourne", "Petra Holm",
                                                    "Oliver Strand"])
        #expect(record.organizations.allSatisfy { !$0.name.contains("WAS CALLED") })
        #expect(ProceduralNotes.inSentenceCase("THE COMMITTEE MET IN THE COUNCIL CHAMBER, TOWN HALL, BALLARAT, AT 10.00 A.M.", .builtIn)
                == "The committee met in the Council Chamber, Town Hall, Ballarat, at 10.00 a.m.")
        #expect(ProceduralNotes.inSentenceCase("DR JANE ROE, DIRECTOR, WAS CALLED AND EXAMINED.", .builtIn)
                == "Dr Jane Roe, director, was called and examined.")
        #expect(ProceduralNotes.inSentenceCase("Mr GRAHAM PURCELL WAS CALLED AND EXAMINED.", .builtIn) == "Mr Graham Purcell was called and examined.")
        #expect(ProceduralNotes.inSentenceCase("THE COMMITTEE MET IN PRIVATE AT 9.00 A.M.", .builtIn) == "The committee met in private at 9.00 a.m.")
        // A line in capitals that is not a sentence is left as printed.
        #expect(ProceduralNotes.inSentenceCase("WITNESSES IN ATTENDANCE", .builtIn) == nil)
    }

    /// A provincial committee's Hansard: the record's name in brackets and again in the other language, the room it met in,
    /// the groups the chair calls on, and members styled by their office.
    @Test func aProvincialHansardOfAHearing() throws {
        let text = """
            Standing Committee on Justice Policy

            Official Report of Debates (Hansard)
            Journal des débats (Hansard)

            Wednesday 9 October 2024     Mercredi 9 octobre 2024

            Safer Roads Act, 2024
            Loi de 2024 sur la sécurité routière

            The committee met at 0900 in room 228.

            The Chair (Ms. Laura Pineda): Good morning. Each presenter will have seven minutes, followed by questions.

            The Chair (Ms. Laura Pineda): I will now call on the Ontario Cyclists' Union.

            Mr. Tomas Varga: Thank you. I'm Tomas Varga, and I chair the union's policy board.

            The Chair (Ms. Laura Pineda): Thank you. MPP Okafor.

            MPP Grace Okafor: Thank you, Chair. Mr. Varga, how many of your members ride in winter?
            """
        let facts = Invented.explain(text)
        let expected = ["3: document-type \"Official Report of Debates (Hansard)\"", "8: title \"Safer Roads Act, 2024\"",
                        "11: venue \"room 228\" by cue venue.held-at", "17: presenter \"Tomas Varga\" by cue transcript.presenter"]
        for fact in expected { #expect(facts.contains { $0.hasPrefix(fact) }, "\(fact)") }
        // The type in French is no title; "I'm" is no part of a name; a member styled "MPP" asks as a member, no witness.
        #expect(!facts.contains { $0.contains("Journal des débats") || $0.contains("I'm Tomas") })
        #expect(facts.contains { $0.hasPrefix("19: participant \"Grace Okafor\"") })
    }

    /// "MEMBERS" lists who sits on the committee; a member's turn in the transcript, question or not, is a member's.
    @Test func aListedMembersTurnIsAMembers() {
        let facts = Invented.explain("""
            TRANSCRIPT

            LEGISLATIVE ASSEMBLY ROADS COMMITTEE

            Inquiry into Rural Bridges

            Ballarat – Wednesday 12 June 2024

            MEMBERS

            Anneliese Brandt – Chair
            Connor Whitlam

            WITNESSES

            Dr Helena Brack, Managing Director, Bridges Agency.

            The CHAIR: I declare open the public hearing.

            Connor WHITLAM: You mention 30 per cent. That is a large share for towns like ours.

            Dr BRACK: It is, and we are working on it.
            """)
        #expect(facts.contains { $0.hasPrefix("12: participant \"Connor Whitlam\"") })
        #expect(!facts.contains { $0.hasPrefix("20: speaker \"Connor Whitlam\"") })
    }
}
