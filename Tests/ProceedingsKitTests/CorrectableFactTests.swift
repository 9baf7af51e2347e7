import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// The facts the review view offers: each, corrected as the page writes its row, is applied by
/// `--corrections` (the line and the old value are ones a row can name), and each carries its cue.
@Suite struct CorrectableFactTests {
    @Test(arguments: Paths.seeds)
    func everyFactOfferedCanBeCorrected(_ seed: String) throws {
        let bytes = try Paths.bytes(Paths.sample(seed))
        let read = PlainTextImporter.importRecord(bytes, fileName: seed)
        let record = try #require(read.record)
        let facts = record.correctableFacts(explanations: read.explanations)
        #expect(Set(facts.map(\.fact)).isSuperset(of: [.title, .person, .role, .organizer, .venue, .startDate]))
        #expect(facts.contains { $0.fact == .role && !$0.cues.isEmpty })
        for fact in facts {
            let new: String
            switch fact.fact {
            case .role: new = fact.value == Role.speaker.rawValue ? Role.panelist.rawValue : Role.speaker.rawValue
            case .startDate, .endDate, .issued: new = "1999"
            // A speaker must be a person of the record: the statement is said to have none.
            case .statementSpeaker: new = ""
            default: new = fact.value + " (corrected)"
            }
            let csv = "file,sha256,line,fact,old,new,by,date,note\n"
                + [seed, record.document.sha256, String(fact.line), fact.fact.rawValue, fact.old, new, "Tester", "2026-12-01", ""]
                .map { $0.contains(",") || $0.contains("\"") ? "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : $0 }
                .joined(separator: ",") + "\n"
            let (file, findings) = CorrectionsFile.parse(Array(csv.utf8), fileName: "review.csv")
            #expect(findings.isEmpty, "\(fact): \(findings)")
            var run = CorrectionsFile.Run(file)
            let applied = run.apply(record)
            #expect(applied.findings.map(\.rule.rawValue) == ["correction-applied"], "\(fact): \(applied.findings)")
        }
    }

    /// A row read and written again is the same row, in the file's columns (`by_id` empty when the file has none).
    @Test func aRowWrittenAgainReadsTheSame() throws {
        let csv = """
            file,sha256,line,fact,old,new,by,date,note
            a.txt,,11,affiliation,"Kofi Annan: Secretary, UN",Secretary-General,J. Smith,2026-12-01,why
            a.txt,,12,role,,Yozo Yokota: moderator,J. Smith,2026-12-01,

            """
        let (file, findings) = CorrectionsFile.parse(Array(csv.utf8), fileName: "c.csv")
        #expect(findings.isEmpty)
        #expect(file.rows.map(\.cells) == [
            ["a.txt", "", "11", "affiliation", "Kofi Annan: Secretary, UN", "Secretary-General", "J. Smith", "", "2026-12-01", "why"],
            ["a.txt", "", "12", "role", "", "Yozo Yokota: moderator", "J. Smith", "", "2026-12-01", ""],
        ])
    }
}
