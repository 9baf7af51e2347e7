public import Foundation

extension TEI {
    /// Corpus files are named `corpus.tei.xml`, in a folder of their own (`DIR/tei-corpus/`), so that
    /// no record's file can have the name.
    public static let corpusFileName = "corpus.tei.xml"
    /// The corpus's title when the run gives none.
    public static let defaultCorpusTitle = "Summaries of proceedings in TEI"

    /// A whole run as one `teiCorpus`, written a record at a time: `append` gives the bytes each
    /// record adds, so the caller can stream them to the file. The corpus's header declares once what
    /// every record shares (the application, the editorial policy, the taxonomies); each record is a
    /// `TEI` whose ids start with its own (`record.<id>.person.konuma`), so that they are unique
    /// across the corpus, and whose pointers name those ids. The header declares nothing that
    /// depends on the records, so the bytes of a record do not depend on the others.
    public final class CorpusWriter {
        private let writer = XMLWriter()
        private let convertedAt: Date?
        private let publication: Publication
        public private(set) var count = 0

        /// - Parameter title: the corpus's title (the run's dataset title).
        /// - Parameter publication: who publishes the corpus and under which licence, when the run says.
        public init(title: String, convertedAt: Date? = nil, publication: Publication = Publication()) {
            self.convertedAt = convertedAt
            self.publication = publication
            writer.startElement("teiCorpus", namespace: TEI.namespace)
            writer.element("teiHeader") {
                writer.element("fileDesc") {
                    writer.element("titleStmt") {
                        writer.element("title", text: title)
                    }
                    publication.write(writer, recordId: nil, rights: "The rights in each printed summary remain with its issuer.")
                    writer.element("sourceDesc") {
                        writer.element("p", text: "The printed summaries of meetings that the TEI documents of this corpus"
                            + " encode; each describes its own in its sourceDesc.")
                    }
                }
                // Each record's header keeps what is its own: the prefixDef of @source names its source file.
                writer.element("encodingDesc") { TEIEncodingDecl.write(writer) }
            }
        }

        /// Adds a record as a `TEI` of the corpus; returns the bytes written since the last call.
        /// `source`: the record's source file as seen from the corpus file's folder (see `TEI.export`).
        public func append(_ record: Record, source: String? = nil) -> [UInt8] {
            TEIWriter(record: record, writer: writer, convertedAt: convertedAt, placement: .inCorpus,
                      sourceReference: source, publication: publication).write()
            count += 1
            return writer.drain()
        }

        /// Closes the corpus; returns its last bytes. A corpus of no record is not TEI (`teiCorpus`
        /// holds one `TEI` or more), which the caller must not write.
        public func finish() -> [UInt8] {
            writer.endElement()
            return writer.finish()
        }
    }
}
