import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// `affiliation/@role` as ParlaMint gives it: a value of a closed list (`AffiliationRole`), read
/// from the position as printed, declared in the header's taxonomy and enforced by the profile.
/// Positions and lines invented.
@Suite(.serialized) struct TEIAffiliationRoleTests {
    @Test(arguments: [
        ("Minister for Foreign Affairs of Freeland", AffiliationRole.minister),
        ("Parliamentary Vice-Minister for Transport", .deputyMinister),
        ("Director-General", .head), ("Secretary-General of the Coast Union", .head), ("Executive Secretary", .head),
        ("Co-Chair", .head), ("Managing Director and Executive Vice President", .head),
        ("Deputy Director-General", .deputyHead), ("Assistant Secretary-General", .deputyHead), ("Vice-President", .deputyHead),
        ("Deputy Permanent Representative", .representative), ("Ambassador for the Coast Union", .representative),
        ("member of Parliament, Former Minister of Transport", .member), ("Commissioner", .member),
        ("Associate Professor", .researcher), ("Senior Research Fellow", .researcher),
        ("Programme Officer", .staff), ("Policy Adviser", .staff),
        // A representative who runs an office, and who stands in for one, across a qualifier.
        ("Resident Representative", .head), ("Deputy Resident Representative", .deputyHead),
        ("Deputy Regional Representative", .deputyHead), ("Deputy Regional Director", .deputyHead), ("Officer-in-Charge", .head),
        // "Secretary": the head, the government's junior minister as its "Vice-Minister" is, or staff.
        ("Permanent Secretary", .head), ("Parliamentary Secretary for Transport", .deputyMinister),
        ("State Secretary for Foreign Affairs", .deputyMinister), ("Parliamentary Vice Minister for Transport", .deputyMinister),
        ("Press Secretary", .staff), ("Secretary", .staff), ("Senior Commentator", .staff), ("Journalist", .staff),
        ("Historian, Former Foreign Minister of Poland", .researcher),
    ])
    func aPositionSaysItsRole(position: String, role: AffiliationRole) {
        #expect(AffiliationRole(position: position) == role, "\(position)")
    }

    /// A university's managing director sits on its board; a foundation's, a fund's or a
    /// company's heads it.
    @Test(arguments: [
        ("Managing Director", "Lenton University", AffiliationRole.member), ("Managing Director", "Harbour College", .member),
        ("Managing Director", "Lenton Harbour Foundation", .head), ("Managing Director", "Coast Shipping Company", .head),
        ("Managing Director", nil, .head), ("Director", "Lenton University", .head), ("President", "Lenton University", .head),
    ] as [(String, String?, AffiliationRole)])
    func aRoleIsReadWithItsOrganisation(position: String, organization: String?, role: AffiliationRole) {
        #expect(AffiliationRole(position: position, organization: organization) == role)
    }

    /// Words the list does not cover, or a position no longer held, give no role rather than a guess.
    @Test(arguments: ["Harbour Pilot", "Former Foreign Minister of Poland", "Novelist", ""])
    func anUnknownPositionHasNone(position: String) {
        #expect(AffiliationRole(position: position) == nil)
    }

    @Test func theTEIGivesEachAffiliationItsRoleAndDeclaresTheList() throws {
        let bytes = TEI.export(try TEINamesInTextTests.record())
        let tei = String(decoding: bytes, as: UTF8.self)
        // The position as printed stays roleName; the organisation it names is @ref and orgName.
        #expect(tei.contains(##"<affiliation xml:id="aff.ana-ruiz.1" role="head" ref="#org.coast-institute" when="2019-05-12" source="text:5,6"><roleName>Director</roleName>, <orgName ref="#org.coast-institute">Coast Institute</orgName></affiliation>"##), "\(tei)")
        #expect(tei.contains(##"<affiliation xml:id="aff.paul-berg.1" role="deputyMinister" ref="#org.freeland-ministry-of-transport" when="2019-05-12" source="text:6,7"><roleName>Deputy Minister of Transport</roleName>, "##))
        #expect(tei.contains(##"<affiliation xml:id="aff.mia-stone.1" role="researcher" ref="#org.lenton-university""##))
        #expect(tei.contains(##"<affiliation xml:id="aff.tom-reed.1" ref="#org.lenton-port-authority" when="2019-05-12" source="text:6,7"><roleName>Harbour Pilot</roleName>"##))
        for role in AffiliationRole.allCases {
            #expect(tei.contains(#"<category xml:id="affiliation-role.\#(role.rawValue)">\#n            <catDesc>\#(role.rawValue): \#(role.gloss)</catDesc>"#))
        }

        let (back, findings) = TEI.importRecord(bytes, fileName: "roles.tei.xml")
        #expect(findings.isEmpty, "\(findings)")
        #expect(TEI.export(try #require(back)) == bytes)
        try TEITools.expectAccepted(bytes, name: "roles.tei.xml")
    }

    /// The profile lists the enum's values, no more and no fewer.
    @Test func theProfileListsTheValuesOfTheEnum() throws {
        let path = Paths.packageRoot.appendingPathComponent("Schemas/tei-proceedings.xsd").path
        let (schema, _) = SafeXMLParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: path))), fileName: path)
        let types = try #require(schema).elements(named: "simpleType")
        let type = try #require(types.first { $0.attribute("name") == "affiliation-role" })
        #expect(type.elements.flatMap { $0.elements(named: "enumeration") }.compactMap { $0.attribute("value") }
            == AffiliationRole.allCases.map(\.rawValue))
    }

    /// A submitted file whose affiliation has a role outside the list is an error at the attribute.
    @Test func validateReportsARoleOutsideTheListWithLineAndColumn() throws {
        let tei = String(decoding: TEI.export(try TEINamesInTextTests.record()), as: UTF8.self)
        let planted = tei.replacingOccurrences(of: #"role="researcher""#, with: #"role="chief""#)
        let lines = planted.components(separatedBy: "\n")
        let line = try #require(lines.firstIndex { $0.contains(#"role="chief""#) })
        let column = lines[line].distance(from: lines[line].startIndex, to: try #require(lines[line].range(of: #"role="chief""#)).lowerBound) + 1
        let findings = try SubmissionValidator().validate(Array(planted.utf8), name: "chief.tei.xml").findings
        #expect(findings.count == 1, "\(findings)")
        let finding = try #require(findings.first)
        #expect(finding.severity == .error && finding.line == line + 1 && finding.column == column, "\(finding)")
        #expect(finding.description.hasPrefix("chief.tei.xml:\(line + 1):\(column): error: "))
        #expect(finding.message.contains("'chief'") && finding.message.contains("affiliation"), "\(finding.message)")
        #expect(finding.xpath?.hasSuffix("/listPerson[1]/person[3]/affiliation[1]") == true, "\(String(describing: finding.xpath))")
    }
}
