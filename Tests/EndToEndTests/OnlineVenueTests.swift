import Foundation
import Testing

/// A meeting held online, in the linked data: its location a schema:VirtualLocation with the name the summary
/// printed and its attendance mode online, as pySHACL checks it against the project's shapes and pyoxigraph reads it.
@Suite struct OnlineVenueTests {
    @Test func anOnlineMeetingMetAtAVirtualLocation() throws {
        let dir = try Tool.temporaryDirectory()
        let text = dir.appendingPathComponent("webinar.txt"), hall = dir.appendingPathComponent("hall.txt")
        try "Webinar: Can the River Commissions Survive?\n\nDate: 2021-09-15\nFormat: Online (Zoom), public\n\nModerator: Dr. Sofie Lund, Head of Programme, River Institute\n"
            .write(to: text, atomically: true, encoding: .utf8)
        try "Seminar on Rivers\n\nDate: 2021-09-16\nVenue: Main Hall, River Institute\n\nChair: Ken Sato, Professor, Kyoto University\n"
            .write(to: hall, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out")
        let run = try Tool.run(["convert", "--quiet", "--to", "ttl,csv", "-o", out.path, text.path, hall.path])
        #expect(run.status == 0, "\(run.stderr)")
        let shacl = try RDFTools.check(["shacl", out.appendingPathComponent("webinar.ttl").path, out.appendingPathComponent("hall.ttl").path])
        #expect(shacl.status == 0, "\(shacl.stdout)")
        let query = try Tool.run(["-c", """
            import sys, pyoxigraph as ox
            s = ox.Store()
            for f in sys.argv[1:]: s.load(path=f, format=ox.RdfFormat.TURTLE)
            S = "http://schema.org/"
            for r in s.query(f"SELECT ?name ?type ?mode WHERE {{ ?e <{S}location> ?l . ?l a ?type ; <{S}name> ?name . OPTIONAL {{ ?e <{S}eventAttendanceMode> ?mode }} }} ORDER BY ?name"):
                print(r[0].value, r[1].value.rsplit("/", 1)[-1], r[2].value.rsplit("/", 1)[-1] if r[2] else "-")
            """, out.appendingPathComponent("webinar.ttl").path, out.appendingPathComponent("hall.ttl").path],
            executable: try RDFTools.require(RDFTools.python))
        #expect(query.stdout == "Main Hall, River Institute Place -\nOnline (Zoom) VirtualLocation OnlineEventAttendanceMode\n",
                "\(query.stdout)\(query.stderr)")
        // The CSV group types the place as the Turtle does.
        let classes = try String(contentsOf: out.appendingPathComponent("csv/classes.csv"), encoding: .utf8)
        #expect(classes.contains("VirtualLocation"))
    }
}
