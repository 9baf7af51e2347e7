import Foundation
import Testing

/// A date a librarian corrected keeps the page's reading beside it, and the tables say both as the
/// Turtle does: read through their CSVW metadata by the Python csvw package, each literal typed as
/// its column is, the dates in force (schema:startDate, schema:endDate, dcterms:issued) and as
/// printed (proceedings:startDateAsRead, endDateAsRead, issuedAsRead) are the Turtle's
/// triples, datatype for datatype: an xsd:date, xsd:gYearMonth or xsd:gYear as precise as the
/// value, never an untyped string.
@Suite struct PrintedDatesCSVWTests {
    /// Each precision in force and as printed: a day corrected to a month, a month to a year, an end
    /// date the page does not print, and a day to another day.
    static let rows = """
        file,line,fact,old,new,by,date
        2003-02-25_international-symposium-human-security.txt,10,start-date,2003-02-25,2003-02,Ann Lee,2024-05-03
        2003-02-25_international-symposium-human-security.txt,10,end-date,,2003-02-26,Ann Lee,2024-05-03
        2003-02-25_international-symposium-human-security.txt,8,issued,2003-03,2003,Ann Lee,2024-05-03
        2010-02-23_symposium-human-security-asia.txt,10,start-date,2010-02-23,2010-02-22,Ann Lee,2024-05-03
        2010-02-23_symposium-human-security-asia.txt,6,issued,2010-02-23,2010-02-24,Ann Lee,2024-05-03

        """

    @Test func theDatesInForceAndAsPrintedFromTheTablesAreTheTurtles() throws {
        let corrections = try Tool.temporaryDirectory().appendingPathComponent("dates.csv")
        try Data(Self.rows.utf8).write(to: corrections)
        let (out, run) = try CorrectionsCommandTests.convert(["--quiet", "--to", "csv,ttl", "--corrections", corrections.path,
                                                              Tool.seed(0), Tool.seed(1)])
        #expect(run.status == 0, "\(run.stderr)")
        // Every cell is of its column's datatype, so that the datatype it is given below is the one CSVW gives it.
        let valid = try Tool.run(["csvwvalidate", "-l", "csv-metadata.json"], executable: "/usr/bin/env",
                                 workingDirectory: out.appendingPathComponent("csv"))
        #expect(valid.status == 0, "\(valid.stdout)\(valid.stderr)")
        let turtle = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".ttl") }.sorted()
            .map { out.appendingPathComponent($0).path }
        let check = try Tool.run(["python3", "-c", """
            import sys
            \(CSVWTests.csvwTriples)
            \(CorrectionsCSVWTests.typedGraph)
            rdflib.NORMALIZE_LITERALS = False
            V, S = "https://w3id.org/proceedings/ns/vocab#", "http://schema.org/"
            dates = {rdflib.URIRef(p) for p in [S + "startDate", S + "endDate", str(rdflib.DCTERMS.issued),
                                                 V + "startDateAsRead", V + "endDateAsRead", V + "issuedAsRead"]}
            graph = rdflib.Graph()
            for path in sys.argv[2:]: graph.parse(path, format="turtle")
            typed = typed_graph(sys.argv[1], csvw_triples(sys.argv[1]))
            said = {t for t in typed if t[1] in dates}
            stated = {t for t in graph if t[1] in dates}
            print(len(stated), said == stated)
            for t in sorted(stated - said): print("missing", t[0], t[1], t[2].n3())
            for t in sorted(said - stated): print("extra", t[0], t[1], t[2].n3())
            print(" ".join(sorted({f"{p.split('/')[-1].split('#')[-1]}={o}^^{o.datatype.split('#')[-1]}" for s, p, o in stated})))
            """, out.appendingPathComponent("csv/csv-metadata.json").path] + turtle, executable: "/usr/bin/env")
        #expect(check.status == 0, "\(check.stderr)")
        let lines = check.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "9 True", "\(check.stdout)")
        // The Turtle's own dates: each precision in force and as printed, none absent where the page prints none.
        #expect(lines.last == "endDate=2003-02-26^^date issued=2003^^gYear issued=2010-02-24^^date"
                + " issuedAsRead=2003-03^^gYearMonth issuedAsRead=2010-02-23^^date startDate=2003-02^^gYearMonth"
                + " startDate=2010-02-22^^date startDateAsRead=2003-02-25^^date startDateAsRead=2010-02-23^^date", "\(check.stdout)")
    }
}
