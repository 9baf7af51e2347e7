import Foundation
import Testing

/// The review view in headless Chromium (`scripts/browser-review.py`), as a librarian uses it: a
/// role corrected in the page, the corrections file downloaded and given to `convert`, and the
/// summary uploaded again with it; and uploads that try to run a script of their own, which shows as
/// text. Chromium comes from scripts/install-deps; its absence fails.
@Suite struct ReviewBrowserTests {
    struct Seen: Decodable {
        var pwned: String?
        var images: Int
        var source: String
        var previous: [String]
        var csv: String
    }

    static func review(_ service: RunningService, summary: String, corrections: String? = nil,
                       action: [String] = []) throws -> (seen: Seen, dom: String, downloads: URL) {
        let scratch = try Tool.temporaryDirectory()
        let downloads = scratch.appendingPathComponent("downloads")
        try FileManager.default.createDirectory(at: downloads, withIntermediateDirectories: true)
        let artifacts = Tool.packageRoot.appendingPathComponent(".build/test-artifacts")
        try FileManager.default.createDirectory(at: artifacts, withIntermediateDirectories: true)
        let dom = scratch.appendingPathComponent("review.html")
        let run = try Tool.run([Tool.packageRoot.appendingPathComponent("scripts/browser-review.py").path,
                                "http://127.0.0.1:\(service.port)/review", summary, corrections ?? "-", downloads.path, dom.path,
                                artifacts.appendingPathComponent("service-review.png").path] + action,
                               executable: "/usr/bin/python3")
        #expect(run.status == 0, "\(run.stderr)")
        let seen = try JSONDecoder().decode(Seen.self, from: Data(run.stdout.utf8))
        return (seen, try String(contentsOf: dom, encoding: .utf8), downloads)
    }

    @Test func aRoleCorrectedInThePageReachesTheTEI() throws {
        let service = try RunningService()
        defer { service.stop() }
        let (seen, dom, downloads) = try Self.review(service, summary: Tool.seed(0), action: ["Kofi Annan", "11", "speaker"])
        // Each fact with its line and its cue, beside the text.
        #expect(dom.contains("<td class=\"cue\">11: message-author \"Kofi Annan\" by cue role.message (\"message\")</td>"))
        #expect(seen.source.hasPrefix("1International Symposium on Human Security"))
        let file = downloads.appendingPathComponent("corrections.csv")
        let csv = try String(contentsOf: file, encoding: .utf8)
        let rows = csv.split(whereSeparator: \.isNewline).map(String.init)
        #expect(rows.first == "file,sha256,line,fact,old,new,by,by_id,date,note")
        #expect(rows.count == 2, "\(csv)")
        #expect(rows.last?.hasPrefix("2003-02-25_international-symposium-human-security.txt,") == true)
        #expect(rows.last?.contains(",11,role,Kofi Annan: message-author,speaker,Review Test,") == true, "\(csv)")

        // On the command line, the file downloaded corrects the summary.
        let convert = try Tool.run(["convert", "--corrections", file.path, "--to", "tei", Tool.seed(0)])
        #expect(convert.status == 0, "\(convert.stderr)")
        #expect(convert.stderr.contains("corrections: 1 applied, 0 already true, 0 no longer apply"))
        #expect(convert.stdout.contains("type=\"correction\" subtype=\"role\" who=\"#corrector."))
        // The change points at the role it changed, which points back.
        let change = try #require(convert.stdout.firstMatch(of: /target="#(relation\.[0-9]+)">role: <del>message-author<\/del> <add>speaker<\/add><\/change>/))
        #expect(convert.stdout.contains("<relation xml:id=\"\(change.1)\" name=\"speaker\""))

        // Uploaded again with its corrections file: the corrected record and its TEI, and the file's
        // rows kept for the next download.
        let again = try Self.review(service, summary: Tool.seed(0), corrections: file.path)
        #expect(again.dom.contains("corrections: 1 applied, 0 already true, 0 no longer apply (corrections.csv)"))
        #expect(again.dom.contains("&lt;del&gt;message-author&lt;/del&gt; &lt;add&gt;speaker&lt;/add&gt;"))
        #expect(again.dom.contains("<option value=\"speaker\" selected=\"\">speaker</option>"))
        #expect(again.seen.previous.contains("Kofi Annan: message-author"))
        #expect(again.seen.csv.contains(",11,role,Kofi Annan: message-author,speaker,Review Test,"))
    }

    /// A summary and a corrections file made to run scripts: every one of their words shows as
    /// text, no element of theirs is made, and no script of theirs runs.
    @Test func noScriptOfAnUploadRuns() throws {
        let service = try RunningService()
        defer { service.stop() }
        let scratch = try Tool.temporaryDirectory()
        let summary = scratch.appendingPathComponent("evil.txt"), corrections = scratch.appendingPathComponent("evil.csv")
        try Data("""
            Symposium on <script>window.pwned=1</script> Security
            "><img src=x onerror="window.pwned=2">

            February 23, 2010

            Moderator: Yozo Yokota, Professor, Chuo University <script>window.pwned=6</script>

            """.utf8).write(to: summary)
        try Data("""
            file,line,fact,old,new,by,date,note
            evil.txt,1,title,Symposium on <script>window.pwned=1</script> Security,New <script>window.pwned=3</script>,\"""><img src=x onerror=window.pwned=4>",2026-12-01,<script>window.pwned=5</script>

            """.utf8).write(to: corrections)
        let (seen, dom, _) = try Self.review(service, summary: summary.path, corrections: corrections.path)
        #expect(seen.pwned == nil)
        #expect(seen.images == 0)
        #expect(seen.source.contains("Symposium on <script>window.pwned=1</script> Security"))
        #expect(seen.source.contains("\"><img src=x onerror=\"window.pwned=2\">"))
        #expect(seen.previous.contains("\"><img src=x onerror=window.pwned=4>") && seen.previous.contains("<script>window.pwned=5</script>"))
        #expect(dom.contains("corrections: 1 applied"), "the title was corrected, to text that shows as text")
        #expect(dom.contains("title       New &lt;script&gt;window.pwned=3&lt;/script&gt;"))
        // The only script element is the page's own.
        #expect(dom.components(separatedBy: "<script").count == 2)
    }
}
