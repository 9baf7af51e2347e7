internal import Foundation

/// The checks the toolkit runs, each with a stable id that reports, CI filters and the README use.
public struct Rule: Sendable, Hashable {
    public var id: String
    public var summary: String
    /// What a person who receives the finding should do.
    public var hint: String
}

public enum Rules {
    public static let all: [Rule] = [
        Rule(id: "input", summary: "The file could not be read as text",
             hint: "Save the file as UTF-8 text; binary files and other encodings are not read."),
        Rule(id: "no-title", summary: "A summary has no recognisable title",
             hint: "Put the event's title on the first line of the summary."),
        Rule(id: "title-from-text", summary: "A summary prints no title line; the event's name was read from its text",
             hint: "Check the title; put the event's title on the first line of the summary to state it."),
        Rule(id: GenreLexicon.rule, summary: "A lexicon given with --lexicon has a problem",
             hint: "Correct the entry at the line and column given; Resources/genre-lexicon.json shows the form."),
        Rule(id: "inferred-year", summary: "The event's date prints no year; the year was taken from the page's date",
             hint: "Check the year of the event's date."),
        Rule(id: "organizer-from-masthead", summary: "A summary names no organiser; the body of the page's masthead, which its text speaks of, was taken as it",
             hint: "Check the organiser: the page may report a meeting its publisher only attended."),
        Rule(id: "unclassified-line", summary: "A line of a summary was not understood",
             hint: "Check the line: it was kept as narrative text, but no fact was taken from it."),
        Rule(id: "format", summary: "The format of the file was not recognised",
             hint: "Submit interchange XML, TEI, Turtle, N-Triples, N-Quads or a CSV table group."),
        Rule(id: "too-large", summary: "The file is larger than the limit",
             hint: "Split the submission, or raise the limit with --max-size."),
        Rule(id: "xml-syntax", summary: "The XML is not well-formed",
             hint: "Fix the markup at the line and column given; an XML editor shows the error."),
        Rule(id: "xml-entity", summary: "The XML declares or uses entities",
             hint: "Remove the DOCTYPE's entity declarations and write the characters themselves."),
        Rule(id: "xml-depth", summary: "The XML is nested too deeply",
             hint: "No record needs nesting this deep; check how the file was produced."),
        Rule(id: "xsd", summary: "The XML does not follow its schema",
             hint: "Compare the element with the schema named in the report."),
        Rule(id: "xsd-schema", summary: "The schema itself could not be compiled",
             hint: "Check the schema file and its includes."),
        Rule(id: "interchange-xml", summary: "The interchange XML could not be read into a record",
             hint: "Compare the element with Schemas/proceedings.xsd."),
        Rule(id: "csv", summary: "A CSV table of the group has a problem",
             hint: "Compare the table with csv-metadata.json beside it."),
        Rule(id: "authority-table", summary: "The authority table has a problem",
             hint: "Correct the row of the authority table named in the finding."),
        Rule(id: "catalogue", summary: "The catalogue has a problem, or a row names no input",
             hint: "Correct the row of the catalogue named in the finding; the file column holds the summary's file name."),
        Rule(id: "source-fact", summary: "A summary prints a second URL or issuer",
             hint: "The first is the document's; the others are kept as notes. Give the right one in the catalogue if it is not the first."),
        Rule(id: "possible-same-person", summary: "Two names may be one person",
             hint: "If they are one person, give both names the same identifier in the authority table."),
        Rule(id: "ambiguous-authority", summary: "A name (of a person, an organisation, a venue or an issuer) matches more than one authority entry",
             hint: "Keep the name on one entry of the authority table only."),
        Rule(id: IdentityResolver.duplicateRecord, summary: "Two inputs of a run would be one record, with the same IRIs",
             hint: "A record is named by its source file, or by the catalogue's key: rename one of the files, give one a key of its own in the catalogue, or convert them in separate runs."),
        Rule(id: "reference", summary: "A reference names nothing in the record",
             hint: "Point the reference at a person, organisation, part or section the record declares."),
        Rule(id: "date", summary: "A date is not a real date",
             hint: "Write the date as YYYY, YYYY-MM or YYYY-MM-DD, and check the day exists."),
        Rule(id: "part-date", summary: "A part's date lies outside its event",
             hint: "Check the dates of the event and of its parts."),
        Rule(id: "duplicate-person", summary: "Two persons have the same name",
             hint: "Merge the two persons, or tell them apart in their names."),
        Rule(id: "tei", summary: "Part of the TEI could not be read into a record",
             hint: "Compare the element with the TEI mapping in the README."),
        Rule(id: "tei-reference", summary: "A TEI pointer names no element of the document",
             hint: "Point @who, @ref, @corresp or @ana at an xml:id the document declares."),
        Rule(id: "tei-header", summary: "The TEI header lacks what an archive needs",
             hint: "Give the header a title, a source description, the setting and the participants."),
        Rule(id: "rdf-syntax", summary: "The linked data is not well-formed",
             hint: "Fix the syntax at the line and column given; serdi or rapper show the same error."),
        Rule(id: "rdf", summary: "The RDF could not be read, or lacks what the profile requires",
             hint: "Compare the resource with Schemas/proceedings-shapes.ttl."),
        Rule(id: SchematronRules.schemaProblem, summary: "A Schematron schema has a part that was not evaluated",
             hint: "Rewrite the expression in XPath 1.0 (with the functions the README lists), or make the include a local file."),
        Rule(id: SchematronRules.partnerFamily, summary: "A rule of a Schematron schema given with --schematron failed",
             hint: "Read the schema's message; the rule id names the schema's assert, rule or pattern."),
        Rule(id: SchematronRules.teiFamily, summary: "A Schematron rule of the TEI Guidelines failed",
             hint: "Read TEI's message; the rule id names the TEI constraint (tei- and the constraintSpec)."),
    ]

    public static func rule(_ id: String) -> Rule? { all.first { $0.id == id } }

    /// A finding with its rule's hint when it has none of its own.
    public static func explained(_ finding: Finding) -> Finding {
        guard finding.hint == nil, let rule = rule(finding.rule) else { return finding }
        var copy = finding
        copy.hint = rule.hint
        return copy
    }
}

/// The rule ids of Schematron findings. A failed check's id names its constraint, so that a report
/// can be filtered by it; the family ids above give those findings their hints.
public enum SchematronRules {
    /// A finding on the schema itself: an expression not evaluated, a refused include.
    public static let schemaProblem = "schematron-schema"
    public static let partnerFamily = "schematron"
    public static let teiFamily = "tei-schematron"

    /// `schematron-` and the assert's, rule's or pattern's id: `schematron-date-has-year`.
    public static func partner(constraint: String) -> String { partnerFamily + "-" + SchematronLoader.kebab(constraint) }

    /// `tei-` and the TEI constraint: `tei-att-datable-w3c-att-datable-w3c-when`.
    public static func tei(constraint: String) -> String { "tei-" + SchematronLoader.kebab(constraint) }

    /// The rule id of a pattern of TEI's: its id, `tei_all-SPEC-CONSTRAINT-constraint-KIND-N`,
    /// without the schema's name and the numbering, names the constraintSpec.
    public static func tei(patternId: String) -> String? {
        var name = patternId
        if name.hasPrefix("tei_all-") { name.removeFirst("tei_all-".count) }
        if let range = name.range(of: #"-constraint(-(rule|assert|report)-[0-9]+)?$"#, options: .regularExpression) {
            name.removeSubrange(range)
        }
        return SchematronLoader.kebab(name).isEmpty ? nil : tei(constraint: name)
    }

    /// The family a check's rule id belongs to, for its hint.
    public static func family(of rule: String) -> String {
        rule.hasPrefix(partnerFamily + "-") ? partnerFamily : teiFamily
    }
}
