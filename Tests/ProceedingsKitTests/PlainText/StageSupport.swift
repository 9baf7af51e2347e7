import Foundation
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Short summaries written for the stage tests: a convention is shown on a line or two of invented
/// text, never on a copy of a published summary.
enum Invented {
    /// A title, the page's date and a heading; the body given starts on line 7.
    ///
    ///     1 Seminar on Regional Law
    ///     2
    ///     3 3 March 2011
    ///     4
    ///     5 1. Discussions
    ///     6
    ///     7 ...
    static let header = "Seminar on Regional Law\n\n3 March 2011\n\n1. Discussions\n\n"

    /// Every fact of a page with its line and cue, as `inspect --explain` prints them.
    static func explain(_ text: String) -> [String] {
        PlainTextImporter.importRecord(Array(text.utf8), fileName: "page.txt").explanations.map(\.description)
    }

    static func read(_ text: String, strict: Bool = false, lexicon: GenreLexicon = .builtIn) -> ImportResult {
        PlainTextImporter.importRecord(Array(text.utf8), fileName: "invented.txt", strict: strict, lexicon: lexicon)
    }

    /// "Name role" for each role read from `body` under a title and date, in the order read.
    static func roles(of body: String, under head: String = "Forum on Coastal Towns\n\n12 May 2022") throws -> [String] {
        try record(head + "\n\n" + body + "\n").roleLines
    }

    /// The record of `header` followed by `body`.
    static func record(body: String, lexicon: GenreLexicon = .builtIn) throws -> Record {
        try record(header + body + "\n", lexicon: lexicon)
    }

    static func record(_ text: String, lexicon: GenreLexicon = .builtIn) throws -> Record {
        let result = read(text, lexicon: lexicon)
        guard let record = result.record else { throw Missing(findings: result.findings.map(\.description)) }
        return record
    }

    /// Numbered lines as `SourceText` makes them, for the stages that take lines.
    static func lines(_ texts: String...) -> [SourceLine] {
        texts.enumerated().map { SourceLine(number: $0.offset + 1, indent: 0, text: $0.element) }
    }

    struct Missing: Error {
        var findings: [String]
    }
}

extension Record {
    /// "Name role" for each role held, in the order read.
    var roleLines: [String] { roles.map { "\($0.name) \($0.role.rawValue)" } }

    /// The names of the bodies that organised the event, in the order read.
    var organizers: [String] {
        participations.filter { $0.role == .organizer }.compactMap { $0.organizationId.flatMap(organization)?.name }
    }

    /// Who held which role, as (person's name, role, role as printed, affiliation), in the order read.
    var roles: [Invented.Role] {
        participations.compactMap { participation in
            guard let id = participation.personId, let person = person(id) else { return nil }
            return Invented.Role(name: person.name, role: participation.role, printed: participation.roleAsPrinted,
                                 affiliation: participation.affiliation)
        }
    }
}

extension Invented {
    struct Role: Hashable, CustomStringConvertible {
        var name: String
        var role: ProceedingsKit.Role
        var printed: String?
        var affiliation: String?

        init(name: String, role: ProceedingsKit.Role, printed: String? = nil, affiliation: String? = nil) {
            self.name = name
            self.role = role
            self.printed = printed
            self.affiliation = affiliation
        }

        var description: String { "\(name) \(role.rawValue) \(printed ?? "-") [\(affiliation ?? "-")]" }
    }
}

/// The roles a record gives a person, by id: what most tests of the reader ask of it.
extension Record {
    func role(of personId: String) -> Role? { participations.first { $0.personId == personId }?.role }
    func roles(of personId: String) -> [Role] { participations.filter { $0.personId == personId }.map(\.role) }
}
