import Foundation
import Testing

/// The roles a correction removed, as the command line writes them: `removed_roles.csv` read
/// through its CSVW metadata by the Python csvw package says of each exactly what the Turtle of
/// the same run says, and pySHACL finds the Turtle's removed roles (each a proceedings:RemovedRole,
/// never a role held) in the shapes.
@Suite struct RemovedRolesCSVWTests {
    static let rows = """
        file,line,fact,old,new,by,date
        2010-02-23_symposium-human-security-asia.txt,74,role,respondent,,Ann Lee,2024-05-03
        2010-02-23_symposium-human-security-asia.txt,70,person,Katori,,Ann Lee,2024-05-03
        2010-02-23_symposium-human-security-asia.txt,68,not-a-participant,Doden,,Ann Lee,2024-05-03

        """

    @Test func aRemovedRolesTriplesFromTheTablesAreTheTurtles() throws {
        let corrections = try Tool.temporaryDirectory().appendingPathComponent("removals.csv")
        try Data(Self.rows.utf8).write(to: corrections)
        let (out, run) = try CorrectionsCommandTests.convert(["--quiet", "--to", "csv,ttl", "--corrections", corrections.path, Tool.seed(1)])
        #expect(run.status == 0, "\(run.stderr)")
        let turtle = out.appendingPathComponent("\(CorrectionsCommandTests.record).ttl")
        let check = try Tool.run(["python3", "-c", """
            import sys
            \(CSVWTests.csvwTriples)
            rdflib.NORMALIZE_LITERALS = False
            V = "https://w3id.org/proceedings/ns/vocab#"
            csvw = csvw_triples(sys.argv[1])
            ttl = {(str(s), str(p), str(o)) for s, p, o in rdflib.Graph().parse(sys.argv[2], format="turtle")}
            removed = {s for s, p, o in ttl if p == str(rdflib.RDF.type) and o == V + "RemovedRole"}
            said, stated = {t for t in csvw if t[0] in removed}, {t for t in ttl if t[0] in removed}
            print(len(removed), len(stated), said == stated)
            for t in sorted(stated - said): print("missing", t)
            for t in sorted(said - stated): print("extra", t)
            """, out.appendingPathComponent("csv/csv-metadata.json").path, turtle.path], executable: "/usr/bin/env")
        #expect(check.status == 0, "\(check.stderr)")
        let fields = check.stdout.split(separator: "\n").first?.split(separator: " ").map(String.init) ?? []
        #expect(fields.count == 3 && Int(fields[0]) ?? 0 >= 3 && fields[2] == "True", "\(check.stdout)")
        let shacl = try RDFTools.check(["shacl", turtle.path])
        #expect(shacl.status == 0, "\(shacl.stdout)\(shacl.stderr)")
        let csvw = try Tool.run(["csvwvalidate", "-l", "csv-metadata.json"], executable: "/usr/bin/env",
                                workingDirectory: out.appendingPathComponent("csv"))
        #expect(csvw.status == 0, "\(csvw.stdout)\(csvw.stderr)")
    }
}
