import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A select committee's oral evidence: the members present listed with semicolons, some with an honorific and some without;
/// the witnesses, who give evidence; numbered questions the members ask; the Chair speaking by office; the committee named on
/// the site's lines over the title, which holds the hearing.
@Suite struct OralEvidenceTests {

    static let page = """
        UK Parliament
        Committees

        Foreign Affairs Committee

        Oral evidence: UK engagement with the Southern Cone

        Tuesday 14 May 2024

        Members present: Dame Harriet Ashcombe (Chair); Imran Chaudhry; Sir Desmond Foley; Bethan Lloyd-Pryce.

        Witnesses: Dr Camila Ferreyra, Senior Lecturer, University of Bristol; and Sofía Brennan, Head of Americas, Chamber of Commerce.

        Examination of witnesses

        Q1                Chair: Good morning and welcome to this session of the Foreign Affairs Committee. When the Minister for Latin America, Catherine Penhaligon, appeared before us in January she called the region a priority.

        Dr Ferreyra: Good morning. I work on the foreign policy of Argentina and Chile.

        Q2                Imran Chaudhry: Sofía Brennan, what do your members say is the biggest barrier?

        Sofía Brennan: Currency and payments risk in Argentina.
        """

    @Test func membersWithAndWithoutHonorifics() {
        let facts = Invented.explain(Self.page)
        #expect(facts.contains("10: chair \"Harriet Ashcombe\" by cue label.chair.after-description (\"Chair\")"))
        for name in ["Imran Chaudhry", "Desmond Foley", "Bethan Lloyd-Pryce"] {
            #expect(facts.contains("10: participant \"\(name)\" by cue label.participants (\"Members present\")"), "\(name)")
        }
        // A description after a comma stays the person's before the semicolon.
        let people = RosterLines.people("Dr. Ann Lee, Director, National Bank; Omar Haddad; Mayor Tom Berg, City of Lund", .builtIn)
        #expect(people?.map { "\($0.0.name) | \($0.1 ?? "")" } == ["Ann Lee | Director, National Bank", "Omar Haddad | ", "Tom Berg | Mayor, City of Lund"])
    }

    @Test func witnessesGiveEvidence() {
        let facts = Invented.explain(Self.page)
        #expect(facts.contains("12: speaker \"Camila Ferreyra\" by cue label.witnesses (\"Witnesses\")"))
        #expect(facts.contains("12: speaker \"Sofía Brennan\" by cue label.witnesses (\"Witnesses\")"))
    }

    @Test func theCommitteeOverTheTitleHoldsTheHearing() {
        #expect(Invented.explain(Self.page).contains("4: organizer \"Foreign Affairs Committee\" by cue organizer.publisher"))
    }

    @Test func theChairsTurnSpeaksOfTheAbsent() {
        #expect(Invented.explain(Self.page).contains("16: not-a-participant \"Catherine Penhaligon\" by cue mention.in-speech"))
        #expect(PlainTextReader.officeSpeaks("Q1   Chair: Good morning"))
        #expect(PlainTextReader.officeSpeaks("The Convener: Welcome"))
        #expect(!PlainTextReader.officeSpeaks("Chairs of the panels met on Monday."))
        #expect(!PlainTextReader.officeSpeaks("Q1   Imran Chaudhry: Good morning"))
    }

    @Test func aQuestionsNumberAndItsAsker() {
        #expect(PlainTextReader.isQuestionTurn("Q4                Imran Chaudhry: Professor, Chile is in the CPTPP."))
        #expect(PlainTextReader.isQuestionTurn("Q123 Chair: Thank you."))
        #expect(!PlainTextReader.isQuestionTurn("Q12345 Chair: Thank you."))
        #expect(!PlainTextReader.isQuestionTurn("Qatar: the delegation spoke."))
        #expect(!PlainTextReader.isQuestionTurn("Q4 no colon here"))
    }

    @Test func aMemberAsksANumberedQuestion() throws {
        let record = try #require(Invented.read(Self.page).record)
        let chaudhry = try #require(record.persons.first { $0.name == "Imran Chaudhry" })
        // A member, not a witness: no speaker's role for the question.
        #expect(!record.participations.contains { $0.personId == chaudhry.id && $0.role == .speaker })
        let brennan = try #require(record.persons.first { $0.name == "Sofía Brennan" })
        #expect(record.participations.contains { $0.personId == brennan.id && $0.role == .speaker })
    }
}
