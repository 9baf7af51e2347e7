extension Format {
    /// Linked data of the project's profile, one graph per record, written and read through serd.
    public static let turtle = linkedData(.turtle, name: "ttl", title: "Turtle", reportName: "turtle", mediaType: "text/turtle") { statement in
        switch statement {
        case .directive: true
        // Only Turtle abbreviates, and neither of the others has another number of terms.
        case .statement(let terms): terms != 3 && terms != 4
        }
    }
    public static let nTriples = linkedData(.ntriples, name: "nt", title: "N-Triples", reportName: "n-triples", mediaType: "application/n-triples") {
        $0 == .statement(terms: 3)
    }
    /// Each record in a named graph of its own, for bulk loaders.
    public static let nQuads = linkedData(.nquads, name: "nq", title: "N-Quads", reportName: "n-quads", mediaType: "application/n-quads") {
        $0 == .statement(terms: 4)
    }

    private static func linkedData(_ syntax: RDFSyntax, name: String, title: String, reportName: String, mediaType: String,
                                   recognises: @escaping @Sendable (LinkedDataStatement) -> Bool) -> Format {
        Format(name: name, title: title, reportName: reportName, mediaType: mediaType, fileExtension: name,
               recognition: Recognition(byExtension: true, content: { $0.linkedData.map(recognises) ?? false }),
               importer: .file(FileReader { bytes, fileName, _ in LinkedData.importRecord(bytes, syntax: syntax, fileName: fileName) }),
               exporter: .graph(syntax),
               validation: .check { bytes, fileName, _ in validateLinkedData(bytes, syntax: syntax, fileName: fileName) })
    }

    /// The importer reads only what the profile says, and what it cannot map is a finding; but
    /// `convert`'s `dataset/description.ttl` describes records and is none, so only its syntax is checked.
    private static func validateLinkedData(_ bytes: [UInt8], syntax: RDFSyntax, fileName: String) -> [Finding] {
        let (statements, syntaxFindings) = Serd.read(bytes, syntax: syntax, fileName: fileName)
        if syntaxFindings.hasErrors { return syntaxFindings }
        if DatasetDescription.isDescription(statements) {
            return syntaxFindings + [Finding(file: fileName, severity: .note, rule: .rdf,
                                             message: "a dataset description (VoID, DCAT), not the graph of a record: its syntax was checked")]
        }
        let (record, problems) = LinkedData.importRecord(statements, syntaxFindings: syntaxFindings, fileName: fileName)
        return problems + (record.map { ContentRules.check($0, file: fileName) } ?? [])
    }
}
