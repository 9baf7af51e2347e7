extension TEI {
    /// Who makes the TEI available and under which licence, as the run says (`convert --publisher`
    /// and `--license`, which describe the run's dataset as well). Nothing is assumed where the run
    /// says nothing: the converter cannot know who will publish its output, nor under what terms.
    public struct Publication: Sendable, Hashable {
        /// The archive or project that publishes the files, by name.
        public var publisher: String?
        /// The licence of the files, an IRI.
        public var licence: String?

        public init(publisher: String? = nil, licence: String? = nil) {
            self.publisher = publisher
            self.licence = licence
        }

        /// `publicationStmt` (Guidelines 2.2.4): the publisher, the record's id as the project's ids
        /// are (`idno[@type="record"]`, as `TEI/@xml:id` gives it after `record.`), and the
        /// availability: the licence, `status="free"`, as a licence the run publishes under is; or
        /// `status="unknown"` when none is known. `rights` says whose the printed text is, which no
        /// licence of the TEI changes.
        ///
        /// Without a publisher the statement is prose, saying so: TEI allows `idno` and
        /// `availability` only after an agency that publishes, and a stand-in for one (an
        /// `authority` that is no name) would be read as a name. The record's id and the licence,
        /// if any, are then said in the prose.
        func write(_ writer: XMLWriter, recordId: String?, rights: String) {
            writer.element("publicationStmt") {
                guard let publisher else {
                    writer.element("p", text: "The publisher was not given: the conversion that wrote this file was not told who makes"
                        + " it available (convert --publisher), and the converter does not know.")
                    if let recordId {
                        prose(writer) {
                            writer.text("The record is ")
                            writer.element("idno", ["type": "record"], text: recordId)
                            writer.text(".")
                        }
                    }
                    if let licence {
                        prose(writer) {
                            writer.text("The file is licensed under ")
                            writer.element("ref", ["target": licence], text: licence)
                            writer.text(". " + rights)
                        }
                    } else {
                        writer.element("p", text: "No licence is known for this file: whoever publishes it decides on what terms. " + rights)
                    }
                    return
                }
                writer.element("publisher", text: publisher)
                if let recordId { writer.element("idno", ["type": "record"], text: recordId) }
                writer.element("availability", ["status": licence == nil ? "unknown" : "free"]) {
                    if let licence {
                        writer.element("licence", ["target": licence], text: licence)
                        writer.element("p", text: rights)
                    } else {
                        writer.element("p", text: "No licence is known for this file: the publisher decides on what terms it is"
                            + " available. " + rights)
                    }
                }
            }
        }

        /// A paragraph of text and elements, written without indentation inside it.
        private func prose(_ writer: XMLWriter, _ body: () -> Void) {
            writer.startElement("p")
            writer.suspendIndentation()
            body()
            writer.endElement()
            writer.resumeIndentation()
        }
    }
}
