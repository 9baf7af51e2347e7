internal import Foundation

/// The checks the toolkit runs. The raw value is the id that reports, CI filters and the README
/// use, so it never changes; the order of the cases is the order of the rules in a SARIF report.
public enum Rule: String, CaseIterable, Sendable, Codable {
    case input
    case noTitle = "no-title"
    case titleFromText = "title-from-text"
    case lexicon
    case inferredYear = "inferred-year"
    case organizerFromMasthead = "organizer-from-masthead"
    case unclassifiedLine = "unclassified-line"
    case format
    case tooLarge = "too-large"
    case xmlSyntax = "xml-syntax"
    case xmlEntity = "xml-entity"
    case xmlDepth = "xml-depth"
    case xsd
    case xsdSchema = "xsd-schema"
    case interchangeXML = "interchange-xml"
    case csv
    case authorityTable = "authority-table"
    case catalogue
    /// A row of the corrections file that cannot be read as a correction.
    case corrections
    case correctionApplied = "correction-applied"
    case correctionAlreadyTrue = "correction-already-true"
    case correctionRecorded = "correction-recorded"
    case correctionNoLongerApplies = "correction-no-longer-applies"
    case correctionNotInFile = "correction-not-in-file"
    case correctionNotPrinted = "correction-not-printed"
    case sourceFact = "source-fact"
    case possibleSamePerson = "possible-same-person"
    case ambiguousAuthority = "ambiguous-authority"
    case duplicateRecord = "duplicate-record"
    case reference
    case date
    case partDate = "part-date"
    /// A part given in itself, through the parts it names as its parent: read as a part of the event.
    case partParent = "part-parent"
    case duplicatePerson = "duplicate-person"
    case tei
    case teiReference = "tei-reference"
    case teiHeader = "tei-header"
    case rdfSyntax = "rdf-syntax"
    case rdf
    /// A finding on a Schematron schema itself: an expression not evaluated, a refused include.
    case schematronSchema = "schematron-schema"
    /// The family of the checks of a partner's schema; each check has an id of its own (`RuleID.schematron`).
    case schematron
    /// The family of TEI's own checks; each has an id of its own (`RuleID.tei`).
    case teiSchematron = "tei-schematron"
    case xmlWriter = "xml-writer"
    case xpath

    /// The severity its findings have unless a finding says otherwise (a content rule may warn).
    public var severity: Finding.Severity { definition.severity }
    /// What the rule checks, in a line.
    public var summary: String { definition.summary }
    /// What a person who receives the finding should do.
    public var hint: String { definition.hint }

    // One switch holds all that is said of a rule, so that a new case cannot go undocumented.
    private var definition: (severity: Finding.Severity, summary: String, hint: String) {
        switch self {
        case .input: (.error, "The file could not be read as text",
                      "Save the file as UTF-8 text; binary files and other encodings are not read.")
        case .noTitle: (.error, "A summary has no recognisable title",
                        "Put the event's title on the first line of the summary.")
        case .titleFromText: (.warning, "A summary prints no title line; the event's name was read from its text",
                              "Check the title; put the event's title on the first line of the summary to state it.")
        case .lexicon: (.error, "A lexicon given with --lexicon has a problem",
                        "Correct the entry at the line and column given; Resources/genre-lexicon.json shows the form.")
        case .inferredYear: (.warning, "The event's date prints no year; the year was taken from the page's date",
                             "Check the year of the event's date.")
        case .organizerFromMasthead:
            (.warning, "A summary names no organiser; the body of the page's masthead, which its text speaks of, was taken as it",
             "Check the organiser: the page may report a meeting its publisher only attended.")
        case .unclassifiedLine: (.warning, "A line of a summary was not understood",
                                 "Check the line: it was kept as narrative text, but no fact was taken from it.")
        case .format: (.error, "The format of the file was not recognised",
                       "Submit interchange XML, TEI, Turtle, N-Triples, N-Quads or a CSV table group.")
        case .tooLarge: (.error, "The file is larger than the limit",
                         "Split the submission, or raise the limit with --max-size.")
        case .xmlSyntax: (.error, "The XML is not well-formed",
                          "Fix the markup at the line and column given; an XML editor shows the error.")
        case .xmlEntity: (.error, "The XML declares or uses entities",
                          "Remove the DOCTYPE's entity declarations and write the characters themselves.")
        case .xmlDepth: (.error, "The XML is nested too deeply",
                         "No record needs nesting this deep; check how the file was produced.")
        case .xsd: (.error, "The XML does not follow its schema",
                    "Compare the element with the schema named in the report.")
        case .xsdSchema: (.error, "The schema itself could not be compiled",
                          "Check the schema file and its includes.")
        case .interchangeXML: (.error, "The interchange XML could not be read into a record",
                               "Compare the element with Schemas/proceedings.xsd.")
        case .csv: (.error, "A CSV table of the group has a problem",
                    "Compare the table with csv-metadata.json beside it.")
        case .authorityTable: (.error, "The authority table has a problem",
                               "Correct the row of the authority table named in the finding.")
        case .catalogue: (.error, "The catalogue has a problem, or a row names no input",
                          "Correct the row of the catalogue named in the finding; the file column holds the summary's file name.")
        case .corrections: (.error, "A row of the corrections file cannot be read as a correction",
                            "Correct the cell at the line and column given; the README's section on corrections lists the columns and the values of each fact.")
        case .correctionApplied: (.note, "A correction of the corrections file was applied",
                                  "Nothing to do: the record carries the correction in every format.")
        case .correctionAlreadyTrue: (.note, "The record already has the value a correction gives it",
                                      "The importer now gets the fact right: the row can be removed from the corrections file.")
        case .correctionRecorded: (.note, "The record read back already carries the correction",
                                   "Nothing to do: a correction is applied once, and kept by every export.")
        case .correctionNoLongerApplies:
            (.warning, "A correction no longer applies: the source changed, or the line or the old value is not there",
             "Check the row against the summary: give the fact's line and the value the importer gives now, or remove the row.")
        case .correctionNotInFile:
            (.warning, "An export read back carries a correction that the corrections file no longer has",
             "The file's row was changed or removed after the export was made: the record keeps the recorded correction, and a changed row applies to what it gave. Convert the summary itself with the file to give the record the file's corrections alone.")
        case .correctionNotPrinted:
            (.warning, "A person, role or organiser a correction added is named on a line that does not print the name",
             "The row was applied, and every format gives its line as the source of what it added: check the row's line, and give the one that prints the name.")
        case .sourceFact: (.warning, "A summary prints a second URL or issuer",
                           "The first is the document's; the others are kept as notes. Give the right one in the catalogue if it is not the first.")
        case .possibleSamePerson: (.warning, "Two names may be one person",
                                   "If they are one person, give both names the same identifier in the authority table.")
        case .ambiguousAuthority:
            (.warning, "A name (of a person, an organisation, a venue or an issuer) matches more than one authority entry",
             "Keep the name on one entry of the authority table only.")
        case .duplicateRecord:
            (.error, "Two inputs of a run would be one record, with the same IRIs",
             "A record is named by its source file, or by the catalogue's key: rename one of the files, give one a key of its own in the catalogue, or convert them in separate runs.")
        case .reference: (.error, "A reference names nothing in the record",
                          "Point the reference at a person, organisation, part or section the record declares.")
        case .date: (.error, "A date is not a real date",
                     "Write the date as YYYY, YYYY-MM or YYYY-MM-DD, and check the day exists.")
        case .partDate: (.error, "A part's date lies outside its event",
                         "Check the dates of the event and of its parts.")
        case .partParent: (.warning, "A part is given in itself: its parent, or a parent above it, is the part again",
                           "Give the part the part it is printed under, or none for a part of the event itself; it was read as a part of the event.")
        case .duplicatePerson: (.error, "Two persons have the same name",
                                "Merge the two persons, or tell them apart in their names.")
        case .tei: (.error, "Part of the TEI could not be read into a record",
                    "Compare the element with the TEI mapping in the README.")
        case .teiReference: (.error, "A TEI pointer names no element of the document",
                             "Point @who, @ref, @corresp or @ana at an xml:id the document declares.")
        case .teiHeader: (.error, "The TEI header lacks what an archive needs",
                          "Give the header a title, a source description, the setting and the participants.")
        case .rdfSyntax: (.error, "The linked data is not well-formed",
                          "Fix the syntax at the line and column given; serdi or rapper show the same error.")
        case .rdf: (.error, "The RDF could not be read, or lacks what the profile requires",
                    "Compare the resource with Schemas/proceedings-shapes.ttl.")
        case .schematronSchema: (.error, "A Schematron schema has a part that was not evaluated",
                                 "Rewrite the expression in XPath 1.0 (with the functions the README lists), or make the include a local file.")
        case .schematron: (.error, "A rule of a Schematron schema given with --schematron failed",
                           "Read the schema's message; the rule id names the schema's assert, rule or pattern.")
        case .teiSchematron: (.error, "A Schematron rule of the TEI Guidelines failed",
                              "Read TEI's message; the rule id names the TEI constraint (tei- and the constraintSpec).")
        case .xmlWriter: (.error, "libxml2 refused to write XML the toolkit produced",
                          "This is a fault of the toolkit, not of the input: report it with the input that caused it.")
        case .xpath: (.error, "libxml2 could not compile or evaluate an XPath expression",
                      "Rewrite the expression in XPath 1.0 with the functions the README lists.")
        }
    }
}

/// The rule id a finding carries: a rule's own, or for a Schematron check the id of the constraint
/// that failed, so that a report can be filtered by it, within the family that gives its hint.
public struct RuleID: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    public let rawValue: String
    /// The rule whose summary and hint apply: the rule itself, or a check's Schematron family.
    public let rule: Rule

    public init(_ rule: Rule) {
        rawValue = rule.rawValue
        self.rule = rule
    }

    private init(check: String, family: Rule) {
        rawValue = check
        rule = family
    }

    /// A listed rule by its id, else a check of a Schematron family by its prefix.
    public init?(rawValue: String) {
        if let rule = Rule(rawValue: rawValue) {
            self.init(rule)
        } else if rawValue.hasPrefix(Rule.schematron.rawValue + "-") {
            self.init(check: rawValue, family: .schematron)
        } else if rawValue.hasPrefix("tei-") {
            self.init(check: rawValue, family: .teiSchematron)
        } else {
            return nil
        }
    }

    /// `schematron-` and the assert's, rule's or pattern's id: `schematron-date-has-year`.
    public static func schematron(constraint: String) -> RuleID {
        RuleID(check: Rule.schematron.rawValue + "-" + RuleID.kebab(constraint), family: .schematron)
    }

    /// `tei-` and the TEI constraint: `tei-att-datable-w3c-att-datable-w3c-when`.
    public static func tei(constraint: String) -> RuleID {
        RuleID(check: "tei-" + RuleID.kebab(constraint), family: .teiSchematron)
    }

    /// The rule id of a pattern of TEI's: its id, `tei_all-SPEC-CONSTRAINT-constraint-KIND-N`,
    /// without the schema's name and the numbering, names the constraintSpec.
    public static func tei(patternId: String) -> RuleID? {
        var name = patternId
        if name.hasPrefix("tei_all-") { name.removeFirst("tei_all-".count) }
        if let range = name.range(of: #"-constraint(-(rule|assert|report)-[0-9]+)?$"#, options: .regularExpression) {
            name.removeSubrange(range)
        }
        return RuleID.kebab(name).isEmpty ? nil : tei(constraint: name)
    }

    /// `Abc.Def_x` → `abc-def-x`: the form of the report's rule ids.
    package static func kebab(_ text: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, result.last != "-" {
                result.append("-")
            }
        }
        while result.last == "-" { result.removeLast() }
        return result
    }

    public var description: String { rawValue }

    // The id is what a report shows, so two ids that read alike are one, whatever made them.
    public static func == (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue == rhs.rawValue }
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = RuleID(rawValue: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown rule id \(text)"))
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension Finding {
    /// The finding with its rule's hint when it has none of its own.
    public var explained: Finding {
        guard hint == nil else { return self }
        var copy = self
        copy.hint = rule.rule.hint
        return copy
    }
}
