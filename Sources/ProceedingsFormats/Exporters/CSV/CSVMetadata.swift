import Foundation

/// What describes the tables to the tools that read them: a W3C CSV on the Web TableGroup
/// (`csv-metadata.json`), from which a CSVW-to-RDF converter yields triples in the toolkit's
/// vocabulary, and a Frictionless Data Package (`datapackage.json`) for repositories that ingest
/// tables. Both are generated from `CSVSchema`, so they cannot drift from the files.
enum CSVMetadata {
    /// `dcterms:` is in CSVW's initial context, but not every converter knows it (the Python csvw
    /// package takes it for a relative path), so it is spelled out as well.
    static let prefixes = [
        "vocab:": CSVSchema.vocabulary,
        "conf:": "https://w3id.org/scholarlydata/ontology/conference-ontology.owl#",
        "dcterms:": NS.dcterms,
        "owl:": NS.owl,
        "prov:": NS.prov,
        "spdx:": NS.spdx,
        "dcmitype:": NS.dcmitype,
    ]

    /// CURIEs CSVW does not know by default are written out in full.
    static func expand(_ curie: String) -> String {
        for (prefix, namespace) in prefixes where curie.hasPrefix(prefix) {
            return namespace + curie.dropFirst(prefix.count)
        }
        return curie
    }

    static func csvw(profile: CSVProfile, base: String = CSVSchema.base) throws -> [UInt8] {
        let tables: [[String: Any]] = CSVSchema.tables.map { table in
            var columns: [[String: Any]] = table.columns.map { column in
                var description: [String: Any] = [
                    "name": column.name, "titles": column.name, "dc:description": column.description,
                    "datatype": datatype(column, profile), "required": column.required,
                ]
                if column.multiValued { description["separator"] = CSVSchema.separator }
                if let property = column.propertyUrl {
                    description["propertyUrl"] = expand(property)
                } else {
                    // Ids name the row's resource through aboutUrl; as a value they would say nothing.
                    description["suppressOutput"] = true
                }
                if let valueUrl = column.valueUrl { description["valueUrl"] = template(valueUrl, table, base) }
                if let about = column.aboutUrl { description["aboutUrl"] = template(about, table, base) }
                if let language = column.language { description["lang"] = language }
                return description
            }
            columns += table.types.map { ["virtual": true, "propertyUrl": "rdf:type", "valueUrl": expand($0)] }
            columns += table.virtualProperties.map { virtual in
                var description: [String: Any] = ["virtual": true, "propertyUrl": expand(virtual.property),
                                                  "valueUrl": template(expand(virtual.valueUrl), table, base)]
                if let about = virtual.about { description["aboutUrl"] = template(about, table, base) }
                return description
            }
            var schema: [String: Any] = ["columns": columns]
            if let key = table.primaryKey { schema["primaryKey"] = key }
            if let about = table.aboutUrl { schema["aboutUrl"] = template(about, table, base) }
            if !table.foreignKeys.isEmpty {
                schema["foreignKeys"] = table.foreignKeys.map { key in
                    ["columnReference": key.column,
                     "reference": ["resource": key.table, "columnReference": key.referencedColumn]]
                }
            }
            return ["url": table.file, "dc:description": table.description, "tableSchema": schema]
        }
        let group: [String: Any] = [
            "@context": ["http://www.w3.org/ns/csvw", ["@language": "en"]],
            "dc:title": "Proceedings table group",
            "dc:creator": "proceedings \(ProceedingsFormats.version)",
            "dialect": ["header": true, "encoding": "utf-8", "lineTerminators": ["\r\n"], "doubleQuote": true,
                        "quoteChar": "\"", "delimiter": ","],
            "notes": profile == .excel
                ? ["Excel profile: each file starts with a UTF-8 byte-order mark, and a cell beginning with = + - @ tab, carriage return or an apostrophe is prefixed with an apostrophe."]
                : [],
            "tables": tables,
        ]
        return try json(group)
    }

    static func dataPackage(profile: CSVProfile) throws -> [UInt8] {
        let resources: [[String: Any]] = CSVSchema.tables.map { table in
            let fields: [[String: Any]] = table.columns.map { column in
                var field: [String: Any] = ["name": column.name, "description": column.description]
                var constraints: [String: Any] = [:]
                switch column.datatype {
                case .integer: field["type"] = "integer"
                case .boolean:
                    field["type"] = "boolean"
                    field["trueValues"] = [profile.booleans.true]
                    field["falseValues"] = [profile.booleans.false]
                case .string, .language, .partialDate, .sha256: field["type"] = "string"
                case .day: field["type"] = "date"
                case .yearMonth: field["type"] = "yearmonth"
                case .year: field["type"] = "year"
                case .timestamp: field["type"] = "datetime"
                case .url, .iri:
                    field["type"] = "string"
                    field["format"] = "uri"
                }
                if column.required { constraints["required"] = true }
                if let pattern = pattern(column), !column.multiValued {
                    constraints["pattern"] = pattern
                }
                if !constraints.isEmpty { field["constraints"] = constraints }
                return field
            }
            var schema: [String: Any] = ["fields": fields, "missingValues": [""]]
            if let key = table.primaryKey { schema["primaryKey"] = [key] }
            if !table.foreignKeys.isEmpty {
                schema["foreignKeys"] = table.foreignKeys.map { key in
                    // A Data Package names a reference to its own resource with an empty string.
                    ["fields": [key.column],
                     "reference": ["resource": key.table == table.file ? "" : resourceName(key.table),
                                   "fields": [key.referencedColumn]]]
                }
            }
            return ["name": resourceName(table.file), "path": table.file, "profile": "tabular-data-resource",
                    "format": "csv", "mediatype": "text/csv", "encoding": profile == .excel ? "utf-8-sig" : "utf-8",
                    "description": table.description,
                    "dialect": ["delimiter": ",", "lineTerminator": "\r\n", "header": true, "doubleQuote": true],
                    "schema": schema]
        }
        return try json(["profile": "tabular-data-package", "name": "proceedings-tables",
                     "title": "Proceedings table group", "resources": resources])
    }

    /// Templates are written relative to the base in `CSVSchema`; converters differ on what a
    /// relative template resolves against, so the metadata spells them out under the run's base.
    private static func absolute(_ template: String, _ base: String) -> String {
        template.hasPrefix("http") ? template : base + template
    }

    /// A template under the run's base, but for one that is a column of IRIs alone ("{+tool_iri}"):
    /// such a column holds them absolute, and its template is the column itself.
    private static func template(_ template: String, _ table: CSVTable, _ base: String) -> String {
        let name = template.hasPrefix("{+") && template.hasSuffix("}") ? String(template.dropFirst(2).dropLast()) : nil
        if let name, table.columns.contains(where: { $0.name == name && $0.datatype == .iri }) { return template }
        // A CURIE a virtual column names, or a prefix written out, is absolute already.
        return template.contains(":") && !template.hasPrefix("{") ? template : absolute(template, base)
    }

    private static func resourceName(_ file: String) -> String { String(file.dropLast(4)) }

    private static func datatype(_ column: CSVColumn, _ profile: CSVProfile) -> Any {
        switch column.datatype {
        case .integer: return "integer"
        case .boolean: return ["base": "boolean", "format": "\(profile.booleans.true)|\(profile.booleans.false)"]
        case .url: return "anyURI"
        // Typed as the linked data types them (xsd:date, xsd:dateTime), so that a converter's triples are the Turtle's.
        case .day: return "date"
        case .yearMonth: return "gYearMonth"
        case .year: return "gYear"
        case .timestamp: return "dateTime"
        // A string, not anyURI: converters parse an anyURI cell into parts, and a valueUrl made of
        // it then spells the parts, not the IRI.
        case .string, .language, .partialDate, .sha256, .iri:
            guard let pattern = pattern(column) else { return "string" }
            return ["base": "string", "format": pattern]
        }
    }

    /// The regular expression a column's values match, if it has one.
    static func pattern(_ column: CSVColumn) -> String? {
        switch column.datatype {
        case .partialDate: return #"^\d{4}(-\d{2}(-\d{2})?)?$"#
        case .sha256: return "^[0-9a-f]{64}$"
        case .language: return "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"
        case .iri: return "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+$"
        case .string:
            guard let allowed = column.allowed else { return nil }
            return "^(" + allowed.joined(separator: "|") + ")$"
        case .integer, .boolean, .url, .day, .yearMonth, .year, .timestamp: return nil
        }
    }

    private static func json(_ object: Any) throws -> [UInt8] {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return [UInt8](data) + [0x0A]
    }
}
