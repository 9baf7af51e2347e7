import Foundation
import ProceedingsKit

/// The review view: a summary's facts, each with its line and the cue that produced it, beside the
/// text, corrected in place in the page and taken away as a corrections file. The server keeps
/// nothing: what the librarian corrects lives in her page until she downloads it, and comes back
/// as the corrections file she uploads with the summary.
///
/// Everything from an upload enters the page through `Pages.escape`, as text or as a quoted
/// attribute; the script is the page's own, and the Content-Security-Policy lets no other run.
enum ReviewPage {
    /// What one review shows: the record as read, with the uploaded corrections applied.
    struct Review {
        var fileName: String
        var source: [UInt8]
        var record: Record?
        var explanations: [Explanation]
        var findings: [Finding]
        /// The uploaded corrections file's rows that could be read, kept in the file the page downloads.
        var previous: [CorrectionsFile.Row]
        var correctionsSummary: String?
    }

    static func form(maxUpload: Int) -> String {
        Pages.page(title: "Proceedings — review a summary", body: """
            <h1>Review a summary</h1>
            <p>A plain-text summary, and, to go on where you left off, the corrections file you downloaded; up to \(maxUpload) bytes in all.</p>
            <form id="review-upload" method="post" action="/review" enctype="multipart/form-data">
            <p><label>Summary: <input type="file" name="summary" required></label></p>
            <p><label>Corrections file (optional): <input type="file" name="corrections" accept=".csv,text/csv"></label></p>
            <p><button type="submit">Review</button></p>
            </form>
            <p><a href="/">Validate submissions</a></p>
            """)
    }

    static func page(_ review: Review, nonce: String) -> String {
        let e = Pages.escape
        var body = "<h1>Review: \(e(review.fileName))</h1>\n"
        let lines = Pages.sourceLines(review.source)
        if let record = review.record {
            let facts = record.correctableFacts(explanations: review.explanations)
            body += "<p class=\"summary ok\" id=\"summary\">\(facts.count) facts read from \(lines.count) lines"
                + (review.correctionsSummary.map { "; " + e($0) } ?? "") + "</p>\n"
        } else {
            body += "<p class=\"summary bad\" id=\"summary\">the summary could not be read</p>\n"
        }
        body += "<p><a href=\"/review\">Review another summary</a></p>\n"
        if !review.findings.isEmpty {
            body += "<ol class=\"findings\" id=\"findings\">\n"
            for finding in review.findings {
                body += "<li class=\"\(finding.severity.rawValue)\"><span class=\"sev\">\(finding.severity.rawValue)</span> \(e(finding.description))</li>\n"
            }
            body += "</ol>\n"
        }
        guard let record = review.record else { return Pages.page(title: "Review", body: body) }
        let facts = record.correctableFacts(explanations: review.explanations)
        let roles = Role.allCases.map(\.rawValue)
        body += """
            <div class="review"><div>
            <h2>Facts</h2>
            <p>Change a value to correct it; empty removes the fact. Each correction is a row of the file you download.</p>
            <table id="facts" data-file="\(e(record.document.sourceFile))" data-sha256="\(e(record.document.sha256))" \
            data-columns="\(CorrectionsFile.Column.allCases.map(\.rawValue).joined(separator: ","))">
            <thead><tr><th>line</th><th>fact</th><th>of</th><th>value</th><th>cue</th></tr></thead><tbody>

            """
        for fact in facts {
            let editor: String
            if fact.fact == .role {
                editor = "<select class=\"value\" aria-label=\"role\">" + ([""] + roles).map {
                    "<option value=\"\($0)\"\($0 == fact.value ? " selected" : "")>\($0.isEmpty ? "(none)" : $0)</option>"
                }.joined() + "</select>"
            } else {
                editor = "<input class=\"value\" aria-label=\"\(fact.fact.rawValue)\" value=\"\(e(fact.value))\">"
            }
            let extra = fact.fact == .person
                ? " <label class=\"np\"><input type=\"checkbox\" class=\"not-participant\"> not a participant</label>" : ""
            let of = [fact.holder, fact.part.map { "in \($0)" }].compactMap { $0 }.joined(separator: " ")
            body += "<tr data-fact=\"\(fact.fact.rawValue)\" data-line=\"\(fact.line)\" data-old=\"\(e(fact.old))\" "
                + "data-value=\"\(e(fact.value))\" data-holder=\"\(e(fact.holder ?? ""))\">"
                + "<td class=\"ln\">\(fact.line)</td><td>\(fact.fact.rawValue)</td><td>\(e(of))</td><td>\(editor)\(extra)</td>"
                + "<td class=\"cue\">\(fact.cues.isEmpty ? "—" : fact.cues.map(e).joined(separator: "<br>"))</td></tr>\n"
        }
        body += "</tbody></table>\n"
        body += """
            <h2>Corrections</h2>
            <p><label>Corrected by: <input id="by" required></label> <label>Identifier (ORCID iD or IRI, optional): <input id="by_id"></label> <label>Note: <input id="note"></label></p>
            <p><button type="button" id="download">Download corrections</button> <span id="status"></span></p>
            <textarea id="csv" readonly rows="6" aria-label="the corrections file"></textarea>

            """
        if !review.previous.isEmpty {
            body += "<table id=\"previous\" hidden><tbody>\n"
            for row in review.previous {
                body += "<tr>" + row.cells.map { "<td>\(e($0))</td>" }.joined() + "</tr>\n"
            }
            body += "</tbody></table>\n"
        }
        body += "</div><div>\n<h2>The summary</h2>\n<pre class=\"source\" id=\"source\">"
        for (index, line) in lines.enumerated() {
            body += "<span id=\"L\(index + 1)\"><span class=\"ln\">\(index + 1)</span>\(e(line))</span>"
        }
        body += "</pre>\n</div></div>\n"
        body += "<h2>The record\(record.corrections.isEmpty ? "" : ", corrected")</h2>\n<pre id=\"outline\">\(e(Outline.render(record)))</pre>\n"
        body += "<h2>TEI</h2>\n<pre id=\"tei\">\(e(String(decoding: TEI.export(record), as: UTF8.self)))</pre>\n"
        body += "<script nonce=\"\(nonce)\">\n\(script)</script>\n"
        return Pages.page(title: "Review: \(review.fileName)", body: body)
    }

    /// The page's only script: the corrections file from the values changed, in the columns the
    /// table names, after the rows of the file uploaded with the summary.
    static let script = """
        const table = document.getElementById("facts"), columns = table.dataset.columns.split(",");
        const csvCell = v => /[",\\r\\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
        function corrections() {
          const by = document.getElementById("by").value.trim(), note = document.getElementById("note").value.trim();
          const by_id = document.getElementById("by_id").value.trim();
          const date = new Date().toISOString().slice(0, 10), rows = [];
          for (const tr of document.querySelectorAll("#previous tr")) rows.push([...tr.cells].map(td => td.textContent));
          const row = (fact, line, old, value) => {
            const cells = {file: table.dataset.file, sha256: table.dataset.sha256, line, fact, old, new: value, by, by_id, date, note};
            rows.push(columns.map(c => cells[c] ?? ""));
          };
          for (const tr of table.tBodies[0].rows) {
            const d = tr.dataset, value = tr.querySelector(".value").value.trim();
            if (value !== d.value) row(d.fact, d.line, d.old, value);
            const np = tr.querySelector(".not-participant");
            if (np && np.checked) row("not-a-participant", d.line, d.old, "");
          }
          return {by, rows};
        }
        function refresh() {
          const {rows} = corrections();
          document.getElementById("csv").value = [columns, ...rows].map(r => r.map(csvCell).join(",")).join("\\r\\n") + "\\r\\n";
          for (const tr of table.tBodies[0].rows) {
            const changed = tr.querySelector(".value").value.trim() !== tr.dataset.value || tr.querySelector(".not-participant:checked");
            tr.classList.toggle("changed", !!changed);
          }
        }
        table.addEventListener("input", refresh);
        table.addEventListener("change", refresh);
        table.addEventListener("click", ev => {
          const tr = ev.target.closest("tr[data-line]"), line = tr && document.getElementById("L" + tr.dataset.line);
          if (!line) return;
          for (const hit of document.querySelectorAll("#source .hit")) hit.classList.remove("hit");
          line.classList.add("hit");
          line.scrollIntoView({block: "nearest"});
        });
        document.getElementById("download").addEventListener("click", () => {
          refresh();
          const status = document.getElementById("status");
          if (!corrections().by) { status.textContent = "Say who corrected it first (Corrected by)."; return; }
          const link = document.createElement("a");
          link.href = URL.createObjectURL(new Blob([document.getElementById("csv").value], {type: "text/csv"}));
          link.download = "corrections.csv";
          document.body.append(link);
          link.click();
          link.remove();
          status.textContent = "Downloaded corrections.csv.";
        });
        document.getElementById("by").addEventListener("input", refresh);
        document.getElementById("by_id").addEventListener("input", refresh);
        document.getElementById("note").addEventListener("input", refresh);
        refresh();

        """

    /// Forbids every script but the page's own (by its nonce), and every load from elsewhere.
    static func contentSecurityPolicy(nonce: String) -> String {
        "default-src 'none'; script-src 'nonce-\(nonce)'; style-src 'unsafe-inline'; img-src 'none'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    }

    /// A fresh nonce per page: nothing is kept between requests.
    static func nonce() -> String {
        var generator = SystemRandomNumberGenerator()
        return Data((0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }).base64EncodedString()
    }
}
