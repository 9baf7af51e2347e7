import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A role a correction removed is what the page prints, and every format carries it, not the TEI
/// alone: the interchange XML as a `removed` of its correction, the linked data as a
/// proceedings:RemovedRole that the correction invalidated, the CSV group in `removed_roles.csv`.
/// So the TEI made from any export of a corrected record gives it as the TEI made from the text
/// does, and converting the export again with the same corrections file neither loses it nor
/// removes it twice.
@Suite struct RemovedRoleFormatsTests {
    static func corrected() throws -> (record: Record, file: CorrectionsFile) {
        let (file, findings) = CorrectionsTests.corrections(CorrectionPointerTests.removedRoles)
        #expect(findings.isEmpty, "\(findings)")
        let record = try CorrectionsTests.run(file).record
        #expect(record.corrections.count == 3 && record.removedRoles.count >= 3, "\(record.removedRoles)")
        return (record, file)
    }

    static func export(_ record: Record, as format: String) throws -> [String: [UInt8]] {
        switch format {
        case "xml": return ["r.xml": InterchangeXML.export(record)]
        case "csv": return Dictionary(uniqueKeysWithValues: try CSVTables.export([record]).map { ($0.file, $0.bytes) })
        default: return ["r.\(format)": try LinkedData.export(record, syntax: try #require(RDFSyntax(rawValue: format)))]
        }
    }

    static func read(_ files: [String: [UInt8]], as format: String) throws -> Record {
        let back: Record?, findings: [Finding]
        switch format {
        case "xml": (back, findings) = InterchangeXML.importRecord(try #require(files["r.xml"]), fileName: "r.xml")
        case "csv":
            let group = CSVTableGroupImporter.importGroup(files: files, name: "csv")
            (back, findings) = (group.records.first, group.findings)
        default:
            (back, findings) = LinkedData.importRecord(try #require(files["r.\(format)"]), syntax: try #require(RDFSyntax(rawValue: format)),
                                                       fileName: "r.\(format)")
        }
        #expect(!findings.hasErrors, "\(findings)")
        return try #require(back)
    }

    @Test(arguments: ["xml", "ttl", "nt", "nq", "csv"])
    func aRemovedRoleSurvivesEveryFormatIntoTheTEI(_ format: String) throws {
        let (record, file) = try Self.corrected()
        let exported = try Self.export(record, as: format)
        let back = try Self.read(exported, as: format)
        #expect(back.removedRoles == record.removedRoles, "\(back.removedRoles) ≠ \(record.removedRoles)")
        #expect(TEI.export(back) == TEI.export(record))
        // Converted again with the same file: each row is recorded, no role is removed twice, and the export is the same.
        var run = CorrectionsFile.Run(file)
        let (again, findings) = run.apply(back)
        #expect(Set(findings.map(\.rule.rawValue)) == ["correction-recorded"], "\(findings)")
        #expect(again.removedRoles == record.removedRoles)
        #expect(try Self.export(again, as: format) == exported)
    }

    /// A role removed, then its holder found to be no person: the second correction takes the
    /// holder from the record, and the role the first one removed names it as printed
    /// (`holder-name`), never by an id that points at nothing, in every format alike; so text→xml→TEI
    /// is the TEI of the text, and text→xml→xml the same bytes.
    static let holderRemovedLater = """
        file,line,fact,old,new,by,date
        \(CorrectionsTests.seedName),70,role,panelist,,Ann Lee,2024-05-03
        \(CorrectionsTests.seedName),70,person,Katori,,Ann Lee,2024-05-03
        """

    @Test(arguments: ["xml", "ttl", "csv"])
    func aRemovedRoleWhoseHolderALaterCorrectionRemovedNamesItAsPrinted(_ format: String) throws {
        let (file, problems) = CorrectionsTests.corrections(Self.holderRemovedLater)
        #expect(problems.isEmpty, "\(problems)")
        let record = try CorrectionsTests.run(file).record
        let katori = try #require(record.removedRoles.first { $0.participation.line == 70 })
        #expect(katori.holderName == "Katori" && katori.participation.personId == nil && katori.participation.organizationId == nil,
                "\(katori)")
        let xml = InterchangeXML.export(record)
        #expect(String(decoding: xml, as: UTF8.self).contains(#"<removed role="panelist" part="session-3" line="70" holder-name="Katori">"#))
        let tei = String(decoding: TEI.export(record), as: UTF8.self)
        #expect(tei.contains(#"<label type="holder">Katori</label>"#), "\(tei)")
        let exported = try Self.export(record, as: format)
        let back = try Self.read(exported, as: format)
        #expect(back.removedRoles == record.removedRoles, "\(back.removedRoles) ≠ \(record.removedRoles)")
        #expect(TEI.export(back) == TEI.export(record))
        #expect(try Self.export(back, as: format) == exported)
        var run = CorrectionsFile.Run(file)
        let (again, findings) = run.apply(back)
        #expect(Set(findings.map(\.rule.rawValue)) == ["correction-recorded"], "\(findings)")
        #expect(try Self.export(again, as: format) == exported)
    }

    /// A name that was no person's takes its holder from the record, not the organisation the
    /// affiliation printed with it names, which the record still has: the removed role keeps it
    /// (the linked data's printedOrganization, the tables' organization_id, the TEI's affiliation
    /// label's @corresp), never as its holder, and every format gives it back.
    @Test(arguments: ["xml", "ttl", "csv"])
    func aRemovedRoleWhoseHolderWentKeepsTheOrganisationItsAffiliationNames(_ format: String) throws {
        let (file, problems) = CorrectionsTests.corrections("""
            file,line,fact,old,new,by,date
            \(CorrectionsTests.seedName),36,person,Surin,,Ann Lee,2024-05-03
            """)
        #expect(problems.isEmpty, "\(problems)")
        let record = try CorrectionsTests.run(file).record
        let surin = try #require(record.removedRoles.first, "\(record.removedRoles)")
        let organization = try #require(surin.participation.organizationId, "\(surin)")
        #expect(record.organization(organization) != nil && surin.participation.personId == nil && surin.holderName == "Surin")
        let statements = try LinkedData.statements(record)
        let node = try #require(statements.first { $0.predicate == NS.type && $0.object == .iri(NS.pro + "RemovedRole") }?.subject)
        let mint = Minter(base: LinkedData.defaultBase, record: record)
        #expect(statements.contains { $0.subject == node && $0.predicate == NS.pro + "printedOrganization" && $0.object == .iri(mint.organization(organization)) })
        #expect(!statements.contains { $0.subject == node && $0.predicate == NS.pro + "printedHolder" })
        let tei = String(decoding: TEI.export(record), as: UTF8.self)
        #expect(tei.contains("<label type=\"affiliation\" corresp=\"#org.\(organization)\">"), "\(tei)")
        try TEITools.expectAccepted(TEI.export(record), name: "r.tei.xml")
        #expect(try TEITools.readBack(TEI.export(record), name: "r.tei.xml").removedRoles == record.removedRoles)
        let exported = try Self.export(record, as: format)
        let back = try Self.read(exported, as: format)
        #expect(back.removedRoles == record.removedRoles, "\(back.removedRoles) ≠ \(record.removedRoles)")
        #expect(TEI.export(back) == TEI.export(record))
        #expect(try Self.export(back, as: format) == exported)
    }

    /// The interchange XML with its removed roles is valid under the extended XSD; the linked data
    /// says none of them is a role held.
    @Test func theRemovedRolesAreValidAndAssertNoRole() throws {
        let (record, _) = try Self.corrected()
        let xml = InterchangeXML.export(record)
        #expect(try SubmissionValidator().validate(xml, name: "r.xml").status(strict: true) == .valid)
        #expect(String(decoding: xml, as: UTF8.self).contains(#"<removed role="panelist" part="session-3" line="70" holder-name="Katori">"#))
        let statements = try LinkedData.statements(record)
        let removed = Set(statements.filter { $0.predicate == NS.type && $0.object == .iri(NS.pro + "RemovedRole") }.compactMap(\.subject.iriValue))
        #expect(removed.count == record.removedRoles.count)
        #expect(!statements.contains { removed.contains($0.subject.iriValue ?? "") && $0.object == .iri(NS.conf + "RoleDuringEvent") })
        #expect(!statements.contains { removed.contains($0.subject.iriValue ?? "") && $0.predicate.hasPrefix(NS.conf) })
        let invalidatedBy = statements.filter { $0.predicate == NS.prov + "wasInvalidatedBy" }
        #expect(invalidatedBy.count == record.removedRoles.count)
    }
}
