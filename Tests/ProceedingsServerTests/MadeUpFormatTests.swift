import Crypto
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import ProceedingsKit
import Testing
@testable import ProceedingsServer

/// A format nobody writes, made up here: a meeting's minutes, a `%minutes` line and then
/// `key: value` lines. Its value and its entry in a registry are all it takes for `convert`,
/// `validate` and the service to read it.
enum Minutes {
    static let format = Format(
        name: "minutes", title: "minutes", mediaType: "text/x-minutes", fileExtension: "minutes",
        recognition: Recognition(byExtension: true, content: { $0.start.hasPrefix("%minutes") }),
        importer: .file(FileReader { bytes, fileName, _ in read(bytes, fileName: fileName) }))

    static func read(_ bytes: [UInt8], fileName: String) -> (record: Record?, findings: [Finding]) {
        var fields: [String: (value: String, line: Int)] = [:]
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = (line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces), index + 1)
        }
        guard let title = fields["title"] else {
            return (nil, [Finding(file: fileName, line: 1, severity: .error, rule: .noTitle, message: "the minutes have no title")])
        }
        let date = fields["date"]
        let digest = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        var record = Record(id: Ids.record(sourceFile: fileName, date: date?.value, title: title.value),
                            document: Document(sourceFile: fileName, sha256: digest),
                            event: Event(kind: .meeting, title: title.value, titleSpan: SourceSpan(title.line),
                                         startDate: date?.value, dateLine: date?.line))
        if let chair = fields["chair"] {
            record.persons = [Person(id: Ids.slug(chair.value), name: chair.value, lines: [chair.line])]
            record.participations = [Participation(personId: Ids.slug(chair.value), role: .chair, line: chair.line)]
        }
        return (record, [])
    }
}

@Suite struct MadeUpFormatTests {
    static let formats = FormatRegistry.standard.adding(Minutes.format)
    static let minutes = Array("%minutes\ntitle: Seminar on Water\ndate: 2010-02-23\nchair: Kofi Annan\n".utf8)

    /// As `convert` reads and writes: the batch recognises it by content, or reads it as `--from` names it.
    @Test func convertReadsIt() throws {
        let run = Batch.importAll([BatchInput(name: "water", bytes: Self.minutes)], formats: Self.formats)
        #expect(run.findings.isEmpty)
        let record = try #require(run.records.first)
        #expect(record.event.title == "Seminar on Water")
        #expect(record.participations.map(\.role) == [.chair])
        let named = Batch.importAll([BatchInput(name: "water", bytes: Self.minutes)], format: Self.formats.format(named: "minutes"),
                                    formats: Self.formats)
        #expect(named.records == run.records)
        #expect(Self.formats.recognise(Array("title: x\n".utf8), fileName: "notes/water.MINUTES") == Minutes.format)
        let files = try Format.export(record, as: Self.formats.writable.filter { $0.exporter?.isPerRecord == true },
                                      options: ExportOptions(), source: nil).files
        #expect(files.map(\.format.name) == ["xml", "tei", "ttl", "nt", "nq"])
        #expect(Format.interchangeXML.importRecord(files[0].bytes, fileName: "water.xml").record == record)
        // Without its entry, the same bytes are a summary of plain text.
        #expect(FormatRegistry.standard.recognise(Self.minutes, fileName: "water") == .plainText)
    }

    @Test func validateChecksIt() throws {
        let validator = try SubmissionValidator(formats: Self.formats)
        let report = validator.validate(Self.minutes, name: "water")
        #expect(report.format == "minutes")
        #expect(report.status(strict: false) == .valid)
        let untitled = validator.validate(Array("%minutes\nchair: Kofi Annan\n".utf8), name: "untitled")
        #expect(untitled.format == "minutes")
        #expect(untitled.findings.map(\.message) == ["the minutes have no title"])
    }

    @Test func theServiceReadsIt() async throws {
        try await Self.withService { port in
            let converted = try await Self.post(port, "/api/convert?to=tei", Self.minutes)
            #expect(converted.status == 200)
            #expect(converted.type == "application/tei+xml")
            #expect(String(decoding: converted.body, as: UTF8.self).contains("Seminar on Water"))
            let validated = try await Self.post(port, "/api/validate", Self.minutes)
            let report = try #require(try JSONSerialization.jsonObject(with: validated.body) as? [String: Any])
            let file = try #require((report["files"] as? [[String: Any]])?.first)
            #expect(file["format"] as? String == "minutes")
            #expect(file["status"] as? String == "valid")
        }
    }

    /// The service with the made-up format, on a port the system chose, for the length of `body`.
    private static func withService(_ body: (Int) async throws -> Void) async throws {
        let (ports, listening) = AsyncStream.makeStream(of: Int.self)
        let options = ServiceOptions(port: 0, maxConcurrent: 2, formats: formats)
        let service = Task {
            defer { listening.finish() }
            try await ValidationService.run(options) { listening.yield($0) }
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else {
            try await service.value
            Issue.record("the service stopped before it listened")
            return
        }
        do {
            try await body(port)
        } catch {
            service.cancel()
            throw error
        }
        service.cancel()
        _ = await service.result
    }

    private static func post(_ port: Int, _ path: String, _ body: [UInt8]) async throws -> (status: Int, type: String?, body: Data) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!, timeoutInterval: 30)
        request.httpMethod = "POST"
        request.httpBody = Data(body)
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        return (http.statusCode, http.value(forHTTPHeaderField: "Content-Type"), data)
    }
}
