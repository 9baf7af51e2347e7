import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// `w3id/proceedings/.htaccess` is what a pull request to perma-id/w3id.org would add: every
/// namespace under https://w3id.org/proceedings/ that the tool writes must be redirected by it.
@Suite struct W3IDTests {
    static let prefix = "https://w3id.org/proceedings/"

    /// The patterns of the file's RewriteRules that redirect, in order.
    static func rules() throws -> [NSRegularExpression] {
        let text = try String(contentsOf: Paths.packageRoot.appendingPathComponent("w3id/proceedings/.htaccess"), encoding: .utf8)
        return try text.split(separator: "\n").compactMap { line -> NSRegularExpression? in
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 3, fields[0] == "RewriteRule", fields[2] != "-", fields.last?.contains("R=303") == true else { return nil }
            return try NSRegularExpression(pattern: String(fields[1]))
        }
    }

    /// The path w3id gives the folder's rules: the IRI after the prefix, without its fragment.
    static func path(_ iri: String) -> String {
        String(iri.dropFirst(prefix.count).split(separator: "#", omittingEmptySubsequences: false)[0])
    }

    @Test func everyNamespaceOfTheToolIsRedirected() throws {
        let rules = try Self.rules()
        let record = Minter(base: LinkedData.defaultBase, recordId: "x")
        let iris = [LinkedData.vocabularyNamespace + "speaker", LinkedData.vocabularyIRI, LinkedData.vocabularyVersionIRI, LinkedData.roleIRI(.moderator),
                    String(LinkedData.roleNamespace.dropLast()), LinkedData.shapesNamespace, InterchangeXML.namespace,
                    Minter.tool, record.document, record.person("tanaka")]
        for iri in iris {
            #expect(iri.hasPrefix(Self.prefix), "\(iri) is not under \(Self.prefix)")
            let path = Self.path(iri)
            let matched = rules.contains { $0.firstMatch(in: path, range: NSRange(path.startIndex..., in: path)) != nil }
            #expect(matched, "no rule of w3id/proceedings/.htaccess redirects \(iri)")
        }
    }

    /// A path that names nothing of the project is not redirected somewhere by accident.
    @Test func nothingElseIsRedirected() throws {
        let rules = try Self.rules()
        for path in ["", "ns/vocabulary", "ns/vocab/latest", "ns/rolesx", "ns/shapes/x", "other"] {
            #expect(!rules.contains { $0.firstMatch(in: path, range: NSRange(path.startIndex..., in: path)) != nil }, "\(path)")
        }
    }
}
