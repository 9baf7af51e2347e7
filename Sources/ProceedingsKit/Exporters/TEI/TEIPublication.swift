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

        /// The agency that publishes when the run names none: described, not named.
        static let unnamedAgency = "the archive that ran the conversion"

        /// `publicationStmt` (Guidelines 2.2.4): the agency, the record's id as the project's ids
        /// are (`idno[@type="record"]`, as `TEI/@xml:id` gives it after `record.`), and the
        /// availability: the licence, or `status="unknown"` when none is known. `rights` says whose
        /// the printed text is, which no licence of the TEI changes.
        func write(_ writer: XMLWriter, recordId: String?, rights: String) {
            writer.element("publicationStmt") {
                if let publisher {
                    writer.element("publisher", text: publisher)
                } else {
                    writer.element("authority", text: Self.unnamedAgency)
                }
                if let recordId { writer.element("idno", ["type": "record"], text: recordId) }
                writer.element("availability", ["status": licence == nil ? "unknown" : nil]) {
                    if let licence {
                        writer.element("licence", ["target": licence], text: licence)
                        writer.element("p", text: rights)
                    } else {
                        writer.element("p", text: "No licence is known for this file: the archive that ran the conversion"
                            + " decides whether and how to publish it. " + rights)
                    }
                }
            }
        }
    }
}
