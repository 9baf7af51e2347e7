import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A parliament's record of a committee's debate: the body, "debate -" and the date under it; the chapters of the record; who
/// presided, in capitals; each speaker's name on a line over their words; apologies; a minister spoken of. Invented lines.
@Suite struct DebateRecordsTests {
    static let page = """
        Joint Committee on Fisheries and the Marine debate -
        Tuesday, 11 Feb 2025

        Chapters
        Business of Joint Committee
        Inshore Fisheries: Discussion

        Members present:
        Deputies Colm Ó Meachair, Máiréad Ní Chonghaile, Eoin Brennan.
        DEPUTY MÁIRÉAD NÍ CHONGHAILE IN THE CHAIR.

        Chairman
        We are now in public session. Apologies have been received from Deputy Michael Fennell. I welcome Mr. Ciarán Ó Dubhghaill, assistant secretary general.

        Mr. Ciarán Ó Dubhghaill
        I thank the Chair and members for the invitation. When the Minister of State, Deputy Noel Cashman, launched the programme in 2023, the target was higher.
        """

    @Test func theBodyTheRecordsKindAndTheDate() throws {
        let record = try Invented.record(Self.page)
        #expect(record.event.title == "Joint Committee on Fisheries and the Marine")
        #expect(record.document.documentType == "Debate")
        #expect(record.event.startDate == "2025-02-11")
        #expect(record.event.venue == nil)
    }

    @Test func whoPresidedWhoSentApologiesAndWhoWasSpokenOf() throws {
        let record = try Invented.record(Self.page)
        #expect(record.roles.first { $0.name == "Máiréad Ní Chonghaile" }?.role == .chair)
        let names = record.persons.map(\.name)
        #expect(names.contains("Ciarán Ó Dubhghaill"))
        #expect(!names.contains { $0.hasPrefix("Michael") || $0.hasPrefix("Noel") || $0.hasSuffix(" I") })
    }

    /// A committee's report of its hearing: "conducted a public hearing on ..., at the ... Room": when and where, and the hall
    /// named after a senator is no person.
    @Test func aHearingConductedInAHallNamedAfterASenator() throws {
        let record = try Invented.record(body: """
            The Committee on Agriculture conducted a public hearing on 7 February 2024, 10:00 A.M., at the Sen. Gil J. Puyat Room, 2nd Floor, Senate Building, Pasay City.
            """)
        #expect(record.event.startDate == "2024-02-07")
        #expect(record.event.venue == "Sen. Gil J. Puyat Room")
        #expect(record.organizers == ["Committee on Agriculture"])
        #expect(record.persons.isEmpty)
    }

    /// "COMMITTEE ON ENERGY HEARING RECORD": the body that sat, then the kind of record, on one title line.
    @Test(arguments: ["COMMITTEE ON ENERGY HEARING RECORD", "Committee on Energy Summary Record"])
    func theBodyAndItsRecordOnOneLine(_ line: String) throws {
        let record = try Invented.record("""
            \(line)

            6 February 2024

            The Committee held a public hearing in Iloilo City.
            """)
        #expect(record.event.title.lowercased() == "committee on energy")
        #expect(record.document.documentType?.lowercased() == line.lowercased().replacing("committee on energy ", with: ""))
    }

    /// A state agency's summary of a public hearing: the hearing officer presided; those listed under "Oral comments" spoke.
    @Test func aHearingOfficerAndTheOralComments() throws {
        let record = try Invented.record("""
            Public Hearing Summary

            Water Quality Permit Renewal: City of Hood River Treatment Plant

            Hearing date: March 4, 2026
            Location: Hood River County Library, Hood River, Oregon
            Hearing officer: Dana Whitcomb, DEQ

            Oral comments
            1. Maria Lopez, Hood River Watershed Group, supported the renewal but asked for more frequent monitoring.
            2. Tom Becker, an orchardist from Odell, said the outfall had affected irrigation water.
            """)
        #expect(record.roleLines == ["Dana Whitcomb chair", "Maria Lopez speaker", "Tom Becker speaker"])
    }

    /// "Committee Hansard" under the committee is the record's type; "Hansard" alone is a parliament's menu item.
    @Test func aCommitteeHansard() throws {
        let record = try Invented.record("""
            Standing Committee on the Interior

            Committee Hansard

            Wednesday 5 March 2025

            The Chair (Mr. Ernie Hardwick): Good morning, everyone.
            """)
        #expect(record.document.documentType == "Committee Hansard")
        #expect(record.event.startDate == "2025-03-05")
        #expect(DocumentTypes.line("Hansard", .builtIn, beforeTitle: true) == nil)
    }

    /// A provincial committee hears presenters: whom the Chair calls as "our first presenter" presents, until the Chair
    /// speaks again; the members who then ask questions speak.
    @Test func presentersTheChairCalls() throws {
        let record = try Invented.record("""
            Standing Committee on the Interior

            Committee Hansard

            Wednesday 5 March 2025

            The Chair (Mr. Ernie Hardwick): Our first presenter is the Mining Association. Please state your name for the record.

            Mr. Drew Spoelman: Good morning. My name is Drew Spoelman, president of the association.

            The Chair (Mr. Ernie Hardwick): Thank you. We will now go to questions.

            Mr. John Vanthoff: Thank you, Chair.
            """)
        #expect(record.roleLines == ["Ernie Hardwick chair", "Drew Spoelman presenter", "John Vanthoff speaker"])
    }

    /// An official report of a committee: the body over its meeting's number, offices in capitals over the members, a key to
    /// the asterisks, those who also took part, the clerk; each item of the agenda over the hour it began, the convener
    /// presiding by office with the name in brackets.
    static let officialReport = """
        Coastal Affairs Committee
        Meeting date: Wednesday, January 21, 2026
        Download the Official Report (PDF)

        COASTAL AFFAIRS COMMITTEE
        3rd Meeting 2026, Session 6

        CONVENER
        *Iona Reid (Fife) (SNP)

        DEPUTY CONVENER
        *Alasdair Munro (Highlands) (Con)

        COMMITTEE MEMBERS
        *Duncan Ferrie (Fife) (LD)

        *attended

        THE FOLLOWING ALSO PARTICIPATED:
        Euan Matheson (Harbour Assets Ltd)

        CLERK TO THE COMMITTEE
        Eilidh Paterson

        Harbour Services
        09:01
        The Convener (Iona Reid): Good morning. I welcome Euan Matheson.
        Alasdair Munro (Highlands) (Con): Thank you, convener. Mr Matheson, what did the closures mean?

        Fish Quotas
        09:40
        The Convener: Our next item is an evidence session on quotas.
        """

    @Test func anOfficialReportOfACommittee() throws {
        let record = try Invented.record(Self.officialReport)
        #expect(record.event.title == "Coastal Affairs Committee")
        #expect(record.event.subtitle == "3rd Meeting 2026, Session 6")
        #expect(record.parts.map(\.label) == ["Harbour Services", "Fish Quotas"])
        let facts = Invented.explain(Self.officialReport)
        #expect(facts.contains { $0.hasPrefix("9: chair \"Iona Reid\" by cue label.chair (\"CONVENER\")") })
        #expect(facts.contains { $0.hasPrefix("12: participant \"Alasdair Munro\" by cue label.participants (\"DEPUTY CONVENER\")") })
        #expect(facts.contains { $0.hasPrefix("23: participant \"Eilidh Paterson\" by cue label.participants") })
        #expect(facts.contains { $0.hasPrefix("27: chair \"Iona Reid\" in harbour-services by cue ") })
        // "The Convener:" alone: the one presiding, named before.
        #expect(facts.contains { $0.hasPrefix("32: chair \"Iona Reid\" in fish-quotas by cue part.chairs") })
        #expect(!facts.contains { $0.contains("organizer \"*Iona") || $0.contains("title \"Download") })
        #expect(!record.statements.contains { $0.text.hasPrefix("09:01") })
    }

    /// Before a committee, the witness invited "to make his opening statement" opens the evidence, not the meeting.
    @Test func aWitnesssOpeningStatement() {
        let facts = Invented.explain("""
            Joint Committee on Fisheries debate -
            Tuesday, 11 Feb 2025

            Chairman
            We are now in public session. I welcome Mr. Ciarán Ó Dubhghaill, assistant secretary general. I invite Mr. Ó Dubhghaill to make his opening statement.
            """)
        #expect(facts.contains { $0.hasPrefix("5: speaker \"Ciarán Ó Dubhghaill\" by cue role.speaker.witness-statement") })
        #expect(!facts.contains { $0.contains("opening-speaker") })
    }

    /// A substitute listed with region, party and standing in brackets; "apologies from A, and B is attending as her
    /// substitute": B, with a verb of his own, is no one who sent apologies.
    @Test func aSubstituteListedAndNamedAfterTheApologies() {
        let facts = Invented.explain("""
            Coastal Affairs Committee

            21 January 2026

            The committee met today.

            THE FOLLOWING ALSO PARTICIPATED:
            Peter Buchan (North East Scotland) (SNP) (Committee Substitute)
            Euan Matheson (Harbour Assets Ltd)

            The Convener: We have received apologies from Kirsty McIlwraith, and Peter Buchan is attending as her substitute.
            """)
        #expect(facts.contains { $0.hasPrefix("8: participant \"Peter Buchan\" by cue label.participants") })
        #expect(facts.contains { $0.hasPrefix("11: not-a-participant \"Kirsty McIlwraith\" by cue mention.absent") })
        #expect(!facts.contains { $0.contains("not-a-participant \"Peter Buchan\"") })
    }
}
