import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// An affiliation a correction removed is what the page prints, as a removed venue or document
/// type is: the TEI keeps the person's `affiliation` with the printed words in `orig` beside an
/// empty `reg`, which the change points at; the linked data keeps the role's affiliation with its
/// proceedings:affiliationAsPrinted and no label; the tables keep `affiliation_as_printed`. Every
/// export read back gives the TEI the text gave, and converting it again applies nothing twice.
@Suite struct RemovedAffiliationTests {
    static let seed = Paths.seeds[1]
    static let printed = "Technical Officer, ILO Subregional Office for South-East Asia and the Pacific"
    static let rows = """
        file,line,fact,old,new,by,date
        \(seed),54,affiliation,"Nakayama: \(printed)",,Ann Lee,2024-05-03
        """

    static func corrected() throws -> (record: Record, file: CorrectionsFile, index: Int) {
        let (file, problems) = CorrectionsTests.corrections(rows)
        #expect(problems.isEmpty, "\(problems)")
        let (record, findings) = try CorrectionsTests.run(file)
        #expect(CorrectionsTests.rules(findings) == ["correction-applied"], "\(findings)")
        let index = try #require(record.participations.firstIndex { $0.personId == "nakayama" && $0.line == 54 })
        #expect(record.participations[index].affiliation == nil)
        return (record, file, index)
    }

    /// The text of `xml` with its tags taken out.
    static func words(_ xml: some StringProtocol) -> String {
        String(xml).replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
    }

    @Test func theTEIKeepsARemovedAffiliationAsPrinted() throws {
        let (record, file, _) = try Self.corrected()
        let tei = TEI.export(record), text = String(decoding: tei, as: UTF8.self)
        let correction = try #require(record.corrections.first)
        let person = CorrectedPageTests.block(text, #"<person xml:id="person.nakayama""#, "</person>").joined(separator: "\n")
        let affiliation = try #require(person.range(of: #"<affiliation[^>]*>.*?</affiliation>"#, options: .regularExpression).map { person[$0] })
        let orig = try #require(affiliation.range(of: "<orig>.*</orig>", options: .regularExpression).map { affiliation[$0] })
        #expect(Self.words(orig) == Self.printed, "\(affiliation)")
        let reg = try #require(affiliation.range(of: "<reg[^>]*(/>|>.*?</reg>)", options: .regularExpression).map { String(affiliation[$0]) })
        #expect(Self.words(reg).isEmpty && reg.contains(##"change="#correction.\##(correction.id)""##), "\(reg)")
        let regId = try #require(reg.range(of: #"xml:id="[^"]*""#, options: .regularExpression).map { reg[$0].dropFirst(8).dropLast() })
        #expect(text.contains(##"target="#\##(regId)""##), "the change points at the empty reg")
        // The role still points at the affiliation its line printed.
        let affId = try #require(affiliation.range(of: #"xml:id="[^"]*""#, options: .regularExpression).map { affiliation[$0].dropFirst(8).dropLast() })
        #expect(text.contains(##"corresp="#\##(affId)""##))
        try TEITools.expectAccepted(tei, name: "r.tei.xml")

        let back = try TEITools.readBack(tei, name: "r.tei.xml")
        #expect(back.participations.map(\.affiliation) == record.participations.map(\.affiliation))
        var run = CorrectionsFile.Run(file)
        let (again, findings) = run.apply(back)
        #expect(CorrectionsTests.rules(findings) == ["correction-recorded"], "\(findings)")
        #expect(TEI.export(again) == tei)
    }

    @Test func theLinkedDataAndTheTablesKeepARemovedAffiliationAsPrinted() throws {
        let (record, _, index) = try Self.corrected()
        let statements = try LinkedData.statements(record)
        let affiliation = try #require(statements.first {
            $0.predicate == NS.pro + "affiliationAsPrinted" && $0.object.lexicalForm == Self.printed
        }?.subject.iriValue)
        // The role's, which still names it.
        #expect(statements.contains { $0.predicate == NS.pro + "affiliation" && $0.object.iriValue == affiliation
            && $0.subject.iriValue?.hasSuffix("/person/nakayama/panelist") == true })
        #expect(PrintedReadingTests.values(statements, affiliation, NS.pro + "affiliationAsPrinted") == [Self.printed])
        #expect(PrintedReadingTests.values(statements, affiliation, NS.rdfs + "label") == [])
        for table in ["participations.csv", "affiliations.csv"] {
            let rows = try PrintedReadingTests.table(record, table).filter { $0["affiliation_as_printed"] == Self.printed }
            #expect(rows.count == 1 && rows.first?["affiliation"] == "", "\(table)")
        }
        #expect(record.printedAffiliation(ofParticipation: index) == Self.printed)
    }

    @Test(arguments: ["xml", "ttl", "nt", "csv"])
    func aRemovedAffiliationSurvivesEveryFormatIntoTheTEI(_ format: String) throws {
        let (record, file, index) = try Self.corrected()
        let exported = try RemovedRoleFormatsTests.export(record, as: format)
        let back = try RemovedRoleFormatsTests.read(exported, as: format)
        #expect(back.participations.map(\.affiliation) == record.participations.map(\.affiliation))
        #expect(back.printedAffiliation(ofParticipation: index) == Self.printed)
        #expect(TEI.export(back) == TEI.export(record))
        // Converted again with the same file: the row is recorded, and the export is the same.
        var run = CorrectionsFile.Run(file)
        let (again, findings) = run.apply(back)
        #expect(CorrectionsTests.rules(findings) == ["correction-recorded"], "\(findings)")
        #expect(try RemovedRoleFormatsTests.export(again, as: format) == exported)
    }
}
