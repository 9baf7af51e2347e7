import Foundation
import ProceedingsKit

/// The two HTML pages: plain HTML with inline CSS, no external resources, usable without JavaScript.
enum Pages {
    /// Escapes text for HTML element content and quoted attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static let style = """
        body{font:16px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1a1a1a}
        h1{font-size:1.5rem}h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
        .drop{border:2px dashed #888;border-radius:6px;padding:1.5rem;text-align:center}.drop.over{background:#eef4ff}
        button{font:inherit;padding:.3rem .9rem}.summary{font-weight:600;padding:.5rem .8rem;border-radius:4px}
        .ok{background:#e6f4ea}.bad{background:#fdecea}.badge{font-size:.8rem;padding:.1rem .45rem;border-radius:3px}
        ol.findings{padding-left:1.2rem}li{margin:.6rem 0}.error .sev{color:#b00020}.warning .sev{color:#8a5a00}.note .sev{color:#555}
        .sev{font-weight:700}.rule{color:#555}.hint{margin:.2rem 0;color:#333}
        pre.source{background:#f6f6f6;padding:.4rem 0;overflow-x:auto;margin:.3rem 0}
        pre.source>span{display:block;padding:0 .6rem}pre.source .hit{background:#ffe08a}.ln{color:#777;display:inline-block;min-width:3.5em}
        .review{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1rem}.review pre.source{max-height:80vh;overflow:auto;white-space:pre-wrap}
        #facts{border-collapse:collapse;font-size:.9rem}#facts td,#facts th{border-bottom:1px solid #ddd;padding:.2rem .4rem;text-align:left;vertical-align:top}
        #facts tr.changed{background:#fff4d6}#facts .cue{color:#555;font-size:.8rem}#csv{width:100%;font:12px monospace}
        pre#outline,pre#tei{background:#f6f6f6;padding:.5rem;overflow-x:auto;white-space:pre-wrap}
        """

    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title><style>\(style)</style></head>
        <body>
        \(body)
        </body></html>

        """
    }

    static func form(maxUpload: Int) -> String {
        page(title: "Proceedings — validate submissions", body: """
            <h1>Validate submissions</h1>
            <p>Plain-text summaries, interchange XML, TEI, Turtle, N-Triples or N-Quads; one file or several, up to \(maxUpload) bytes in all.</p>
            <form id="upload" method="post" action="/validate" enctype="multipart/form-data">
            <div class="drop" id="drop"><label>Files: <input type="file" name="files" multiple required></label><p>or drop files here</p></div>
            <p><button type="submit">Validate</button></p>
            </form>
            <p><a href="/review">Review a summary and correct its facts</a></p>
            <script>
            // Only adds drag and drop: the form above works without it.
            const drop = document.getElementById("drop"), input = drop.querySelector("input");
            ["dragenter", "dragover"].forEach(e => drop.addEventListener(e, ev => { ev.preventDefault(); drop.classList.add("over"); }));
            ["dragleave", "drop"].forEach(e => drop.addEventListener(e, () => drop.classList.remove("over")));
            drop.addEventListener("drop", ev => { ev.preventDefault(); input.files = ev.dataTransfer.files; });
            </script>
            """)
    }

    static func result(_ report: ValidationReport, uploads: [Upload]) -> String {
        let allValid = report.files.allSatisfy { $0.status(strict: report.strict) == .valid }
        var body = """
            <h1>Validation result</h1>
            <p class="summary \(allValid ? "ok" : "bad")" id="summary">\(escape(report.summary))</p>
            <p><a href="/">Validate more files</a></p>

            """
        // The reports on Schematron schemas come first, one per schema with findings; the uploads follow.
        let schemas = report.files.count - uploads.count
        for file in report.files.prefix(schemas) {
            body += section(file, source: [], strict: report.strict)
        }
        for (file, upload) in zip(report.files.dropFirst(schemas), uploads) {
            body += section(file, source: upload.bytes, strict: report.strict)
        }
        return page(title: "Validation result", body: body)
    }

    /// The text's lines as the importer numbers them.
    static func sourceLines(_ source: [UInt8]) -> [String] {
        String(decoding: source, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
    }

    private static func section(_ file: FileReport, source: [UInt8], strict: Bool) -> String {
        let status = file.status(strict: strict)
        var html = """
            <section class="file">
            <h2>\(escape(file.path)) <span class="badge \(status == .valid ? "ok" : "bad")">\(status.rawValue)</span> \
            <small>\(escape(file.format ?? "unknown format"))</small></h2>

            """
        let lines = sourceLines(source)
        if !file.findings.isEmpty {
            html += "<ol class=\"findings\">\n"
            for finding in file.findings {
                let place = finding.line.map { "line \($0)\(finding.column.map { ", column \($0)" } ?? ""): " } ?? ""
                html += "<li class=\"\(finding.severity.rawValue)\"><span class=\"sev\">\(finding.severity.rawValue)</span> "
                    + "\(escape(place))\(escape(finding.message)) <span class=\"rule\">[\(escape(finding.rule.rawValue))]</span>"
                if let hint = finding.hint { html += "<p class=\"hint\">\(escape(hint))</p>" }
                if let line = finding.line, line >= 1, line <= lines.count, finding.file == file.path {
                    html += "<pre class=\"source\">"
                    for number in max(1, line - 1)...min(lines.count, line + 1) {
                        html += "<span\(number == line ? " class=\"hit\"" : "")><span class=\"ln\">\(number)</span>\(escape(lines[number - 1]))</span>"
                    }
                    html += "</pre>"
                }
                html += "</li>\n"
            }
            html += "</ol>\n"
        }
        // A valid summary can be taken away converted: the text goes back to the convert API.
        if status == .valid, file.format == "text" {
            html += """
                <form class="downloads" method="post" action="/api/convert?to=tei" enctype="multipart/form-data">
                <input type="hidden" name="text" value="\(escape(String(decoding: source, as: UTF8.self)))">
                Download: <button type="submit" formaction="/api/convert?to=tei">TEI</button>
                <button type="submit" formaction="/api/convert?to=ttl">Turtle</button>
                <button type="submit" formaction="/api/convert?to=csv&amp;table=events.csv">CSV (events)</button>
                </form>

                """
        }
        return html + "</section>\n"
    }
}
