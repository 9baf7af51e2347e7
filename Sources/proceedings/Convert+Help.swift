import Foundation

extension Convert {
    /// `convert --help`: what the command writes, what it reads, the librarian's tables, and the exit status.
    static let discussion = """
        Writes DIR/<record-id>.xml, .tei.xml, .ttl, .nt and .nq per input and one table group for \
        the whole run in DIR/csv/; --to tei-corpus writes the whole run as one teiCorpus, \
        DIR/tei-corpus/corpus.tei.xml, titled by --dataset-title. With one per-record format, one input and no -o, the file goes \
        to standard output. Files are replaced atomically; converting twice gives byte-identical files.

        Inputs are plain-text summaries, interchange XML, TEI, linked data written by this tool \
        (Turtle, N-Triples, N-Quads) and CSV table groups (a directory, or its csv-metadata.json), \
        recognised by content (and, for linked data, by extension) unless --from says which.

        Linked data names resources with IRIs minted under --base; no time is written unless \
        --timestamp asks for it. With -o, DIR/dataset/description.ttl describes the run's linked data in VoID \
        and DCAT (--dataset-title, --license, --publisher).

        With --authorities FILE.csv, persons, organisations, venues and issuers named in the \
        librarian's authority table carry its Wikidata, VIAF, ISNI, ORCID, ROR and GeoNames \
        identifiers, and the names that matched nothing are listed in DIR/authorities-report.csv.

        With --catalogue FILE.csv, each summary whose source file the archivist's catalogue names \
        (columns file, url, issuer, key) carries the catalogue's URL and issuing organisation, which are \
        preferred to those the text prints (the text's own are kept beside them), and is named by \
        the row's key, if it has one, instead of its file name.

        With --corrections FILE.csv, the librarian's corrections (columns file, sha256, line, fact, \
        old, new, by, date, note) are applied to each record after it is read; each row is reported \
        as applied, already true or no longer applies, and every format records what was corrected.

        Exit status: 0 every input converted (warnings are printed), 1 some input could not be \
        read, or the authority table, the catalogue or the corrections file has errors (the rest is still converted), 2 bad \
        usage, an unreadable authority table or catalogue, or output not writable.
        """
}
