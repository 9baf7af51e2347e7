internal import CSerd
import Foundation
package import ProceedingsModel

/// The serd layer: statements in, bytes out, and back. serd escapes and abbreviates; what to say is
/// decided by the exporters. No serd type or pointer leaves this file.
package enum Serd {
    package struct WriteFailure: Error, CustomStringConvertible {
        package var message: String
        package var description: String { "RDF writer: \(message)" }
    }

    /// Writes `statements` in the order given. Turtle gets `prefixes` and abbreviations (`;` between
    /// consecutive statements about one subject, `,` between objects of one predicate).
    package static func write(_ statements: [RDFStatement], syntax: RDFSyntax,
                      prefixes: [(name: String, iri: String)] = []) throws -> [UInt8] {
        try write(statements, syntaxes: [syntax], prefixes: prefixes)[0]
    }

    /// The same statements in several syntaxes at once: each term becomes a serd node once and
    /// goes to every writer, rather than once per syntax.
    package static func write(_ statements: [RDFStatement], syntaxes: [RDFSyntax],
                      prefixes: [(name: String, iri: String)] = []) throws -> [[UInt8]] {
        let outputs = syntaxes.map { _ in Output() }
        guard let env = serd_env_new(nil) else { throw WriteFailure(message: "serd could not create an environment") }
        defer { serd_env_free(env) }
        var writers: [OpaquePointer] = []
        defer { writers.forEach { serd_writer_free($0) } }
        for (syntax, output) in zip(syntaxes, outputs) {
            // In pages (BULK): serd otherwise hands over every token on its own.
            let style: SerdStyle = syntax == .turtle
                ? SerdStyle(SERD_STYLE_ABBREVIATED.rawValue | SERD_STYLE_CURIED.rawValue | SERD_STYLE_BULK.rawValue)
                : SerdStyle(SERD_STYLE_BULK.rawValue)
            let context = Unmanaged.passUnretained(output).toOpaque()
            guard let writer = serd_writer_new(serdSyntax(syntax), style, env, nil, { buffer, length, stream in
                let output = Unmanaged<Output>.fromOpaque(stream).takeUnretainedValue()
                output.bytes.append(contentsOf: UnsafeRawBufferPointer(start: buffer, count: length))
                return length
            }, context) else {
                throw WriteFailure(message: "serd could not create a writer")
            }
            writers.append(writer)
            serd_writer_set_error_sink(writer, { handle, error in
                guard let handle else { return SERD_SUCCESS }
                Unmanaged<Output>.fromOpaque(handle).takeUnretainedValue().errors.append(Serd.message(error))
                return SERD_SUCCESS
            }, context)
            if syntax == .turtle {
                for prefix in prefixes {
                    let status = withNode(SERD_LITERAL, prefix.name) { name in
                        withNode(SERD_URI, prefix.iri) { iri in serd_writer_set_prefix(writer, name, iri) }
                    }
                    if status != SERD_SUCCESS { throw WriteFailure(message: "prefix \(prefix.name): \(describe(status))") }
                }
            }
        }
        let quads = syntaxes.map { $0 == .nquads }
        for statement in statements {
            var failed: (Int, SerdStatus)?
            _ = withTerm(statement.subject) { subject, _, _ in
                withNode(SERD_URI, statement.predicate) { predicate in
                    withTerm(statement.object) { object, datatype, language in
                        withOptionalNode(SERD_URI, statement.graph) { graph in
                            for (index, writer) in writers.enumerated() where failed == nil {
                                let status = serd_writer_write_statement(writer, 0, quads[index] ? graph : nil, subject, predicate,
                                                                         object, datatype, language)
                                if status != SERD_SUCCESS { failed = (index, status) }
                            }
                            return SERD_SUCCESS
                        }
                    }
                }
            }
            if let (index, status) = failed {
                throw WriteFailure(message: (outputs[index].errors.last ?? describe(status)) + " in statement about \(statement.subject)")
            }
        }
        for writer in writers {
            let status = serd_writer_finish(writer)
            if status != SERD_SUCCESS { throw WriteFailure(message: describe(status)) }
        }
        return outputs.map(\.bytes)
    }

    /// Parses `bytes`; prefixed names and relative IRIs are expanded. Syntax errors are findings with
    /// the line and column serd reports (rule `rdf-syntax`); statements read before an error are
    /// returned but the caller should not trust them.
    package static func read(_ bytes: [UInt8], syntax: RDFSyntax, fileName: String) -> ([RDFStatement], [Finding]) {
        if let zero = bytes.firstIndex(of: 0) {
            let line = bytes[..<zero].filter { $0 == UInt8(ascii: "\n") }.count + 1
            return ([], [Finding(file: fileName, line: line, severity: .error, rule: .rdfSyntax,
                                 message: "binary data (byte 0x00), not RDF")])
        }
        let input = Input(fileName: fileName)
        guard let env = serd_env_new(nil) else {
            return ([], [Finding(file: fileName, severity: .error, rule: .rdfSyntax, message: "serd could not start")])
        }
        input.env = env
        defer { serd_env_free(env) }
        let context = Unmanaged.passUnretained(input).toOpaque()
        guard let reader = serd_reader_new(serdSyntax(syntax), context, nil, { handle, uri in
            guard let handle else { return SERD_SUCCESS }
            let input = Unmanaged<Input>.fromOpaque(handle).takeUnretainedValue()
            return serd_env_set_base_uri(input.env!, uri)
        }, { handle, name, uri in
            guard let handle else { return SERD_SUCCESS }
            let input = Unmanaged<Input>.fromOpaque(handle).takeUnretainedValue()
            return serd_env_set_prefix(input.env!, name, uri)
        }, { handle, _, graph, subject, predicate, object, datatype, language in
            guard let handle else { return SERD_ERR_BAD_ARG }
            let input = Unmanaged<Input>.fromOpaque(handle).takeUnretainedValue()
            return input.add(graph: graph, subject: subject, predicate: predicate, object: object,
                             datatype: datatype, language: language)
        }, nil) else {
            return ([], [Finding(file: fileName, severity: .error, rule: .rdfSyntax, message: "serd could not start")])
        }
        defer { serd_reader_free(reader) }
        serd_reader_set_strict(reader, true)
        serd_reader_set_error_sink(reader, { handle, error in
            guard let handle else { return SERD_SUCCESS }
            let input = Unmanaged<Input>.fromOpaque(handle).takeUnretainedValue()
            // serd's column is that of the last character it read, as serdi prints it.
            input.findings.append(Finding(file: input.fileName, line: Int(error.pointee.line),
                                          column: Int(error.pointee.col), severity: .error,
                                          rule: .rdfSyntax, message: Serd.message(error)))
            return SERD_SUCCESS
        }, context)
        let status = (bytes + [0]).withUnsafeBufferPointer { buffer in
            serd_reader_read_string(reader, buffer.baseAddress!)
        }
        if status != SERD_SUCCESS, !input.findings.hasErrors {
            input.findings.append(Finding(file: fileName, severity: .error, rule: .rdfSyntax, message: describe(status)))
        }
        return (input.statements, input.findings)
    }

    // MARK: Nodes

    /// serd nodes borrow their bytes: the Swift string stays alive for the whole of `body`.
    private static func withNode<R>(_ type: SerdType, _ text: String, _ body: (UnsafePointer<SerdNode>) -> R) -> R {
        text.withCString { bytes in
            bytes.withMemoryRebound(to: UInt8.self, capacity: text.utf8.count + 1) { bytes in
                var node = serd_node_from_string(type, bytes)
                // serd 0.30 writes a literal with a quote as a long string, and its reader misreads a
                // quote followed by an escape there ("of \"\"" comes back as `of "\`): such a literal
                // is written as a short string, every quote escaped.
                if type == SERD_LITERAL, node.flags & SerdNodeFlags(SERD_HAS_QUOTE.rawValue) != 0 {
                    node.flags &= ~SerdNodeFlags(SERD_HAS_QUOTE.rawValue | SERD_HAS_NEWLINE.rawValue)
                }
                return withUnsafePointer(to: &node) { body($0) }
            }
        }
    }

    private static func withOptionalNode<R>(_ type: SerdType, _ text: String?, _ body: (UnsafePointer<SerdNode>?) -> R) -> R {
        guard let text else { return body(nil) }
        return withNode(type, text) { body($0) }
    }

    /// The node of a term, with a literal's datatype and language nodes.
    private static func withTerm<R>(_ term: RDFTerm,
                                    _ body: (UnsafePointer<SerdNode>, UnsafePointer<SerdNode>?, UnsafePointer<SerdNode>?) -> R) -> R {
        switch term {
        case .iri(let iri):
            return withNode(SERD_URI, iri) { body($0, nil, nil) }
        case .blank(let label):
            return withNode(SERD_BLANK, label) { body($0, nil, nil) }
        case .literal(let value, let datatype, let language):
            return withNode(SERD_LITERAL, value) { node in
                withOptionalNode(SERD_URI, datatype) { datatype in
                    withOptionalNode(SERD_LITERAL, language) { language in body(node, datatype, language) }
                }
            }
        }
    }

    private static func serdSyntax(_ syntax: RDFSyntax) -> SerdSyntax {
        switch syntax {
        case .turtle: SERD_TURTLE
        case .ntriples: SERD_NTRIPLES
        case .nquads: SERD_NQUADS
        }
    }

    private static func describe(_ status: SerdStatus) -> String {
        String(cString: serd_strerror(status))
    }

    fileprivate static func message(_ error: UnsafePointer<SerdError>) -> String {
        var buffer = [CChar](repeating: 0, count: 1024)
        buffer.withUnsafeMutableBufferPointer { proceedings_serd_error_message(error, $0.baseAddress!, $0.count) }
        let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private final class Output {
        var bytes: [UInt8] = []
        var errors: [String] = []
    }

    private final class Input {
        let fileName: String
        var env: OpaquePointer?
        var statements: [RDFStatement] = []
        var findings: [Finding] = []

        init(fileName: String) {
            self.fileName = fileName
        }

        func add(graph: UnsafePointer<SerdNode>?, subject: UnsafePointer<SerdNode>, predicate: UnsafePointer<SerdNode>,
                 object: UnsafePointer<SerdNode>, datatype: UnsafePointer<SerdNode>?,
                 language: UnsafePointer<SerdNode>?) -> SerdStatus {
            guard let subjectTerm = term(subject), let predicateTerm = term(predicate), case .iri(let predicateIRI) = predicateTerm,
                  let objectTerm = term(object, datatype: datatype, language: language) else {
                return SERD_ERR_BAD_CURIE
            }
            var graphIRI: String?
            if let graph, graph.pointee.type != SERD_NOTHING {
                guard case .iri(let iri)? = term(graph) else { return SERD_ERR_BAD_CURIE }
                graphIRI = iri
            }
            statements.append(RDFStatement(subjectTerm, predicateIRI, objectTerm, graph: graphIRI))
            return SERD_SUCCESS
        }

        private func term(_ node: UnsafePointer<SerdNode>, datatype: UnsafePointer<SerdNode>? = nil,
                          language: UnsafePointer<SerdNode>? = nil) -> RDFTerm? {
            switch node.pointee.type {
            case SERD_LITERAL:
                let datatypeIRI = datatype.flatMap { $0.pointee.type == SERD_NOTHING ? nil : expanded($0) }
                let languageTag = language.flatMap { $0.pointee.type == SERD_NOTHING ? nil : Input.string($0) }
                if datatype != nil, datatype!.pointee.type != SERD_NOTHING, datatypeIRI == nil { return nil }
                return .literal(Input.string(node), datatype: datatypeIRI, language: languageTag)
            case SERD_BLANK:
                return .blank(Input.string(node))
            case SERD_URI, SERD_CURIE:
                return expanded(node).map { .iri($0) }
            default:
                return nil
            }
        }

        /// A prefixed name or relative IRI made absolute against the prefixes and base read so far.
        private func expanded(_ node: UnsafePointer<SerdNode>) -> String? {
            var full = serd_env_expand_node(env, node)
            defer { serd_node_free(&full) }
            guard full.type == SERD_URI else { return nil }
            return withUnsafePointer(to: &full) { Input.string($0) }
        }

        private static func string(_ node: UnsafePointer<SerdNode>) -> String {
            guard let buffer = node.pointee.buf else { return "" }
            return String(decoding: UnsafeBufferPointer(start: buffer, count: node.pointee.n_bytes), as: UTF8.self)
        }
    }
}
