import ArgumentParser
import ProceedingsKit

/// `--authorities FILE.csv` and `--catalogue FILE.csv`, shared by convert and publish: the tables
/// a run's identity reads, given once here so that the two commands cannot come to describe them
/// differently. A table that cannot be read stops the command (exit 2); errors in it mark the run.
struct LibrarianTablesOptions: ParsableArguments {
    @Option(name: .customLong("authorities"), help: ArgumentHelp(
        "Authority table (CSV: name, kind, wikidata, viaf, isni, orcid, ror, geonames).", valueName: "file.csv"))
    var authorityFile: String?

    @Option(name: .customLong("catalogue"), help: ArgumentHelp(
        "Catalogue of the summaries (CSV: file, url, issuer, key).", valueName: "file.csv"))
    var catalogueFile: String?

    struct Loaded {
        var authorities: AuthorityTable?
        var catalogue: Catalogue?
        /// Either table has errors: the run goes on, and ends with status 1.
        var hasErrors: Bool
    }

    func load() throws -> Loaded {
        let (authorities, authorityErrors) = try AuthorityInput.load(authorityFile)
        let (catalogue, catalogueErrors) = try CatalogueInput.load(catalogueFile)
        return Loaded(authorities: authorities, catalogue: catalogue, hasErrors: authorityErrors || catalogueErrors)
    }
}
