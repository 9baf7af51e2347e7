import Foundation

/// The built `proceedings` binary, run as a separate process.
enum Tool {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let samples = packageRoot.appendingPathComponent("samples")

    /// SwiftPM puts the test bundle beside the products it depends on.
    static var binary: URL {
        let bundle = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }?.bundleURL
            ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return bundle.deletingLastPathComponent().appendingPathComponent("proceedings")
    }

    static let authorities = samples.appendingPathComponent("authorities.csv").path

    /// A librarian's folder: summaries, an authority table and a catalogue, each a path.
    typealias Corpus = (dir: URL, inputs: [String], authorities: String, catalogue: String)

    /// Writes `texts` (file name and text, the inputs in that order), `authorities` and `catalogue`
    /// into a folder of their own.
    static func corpus(_ texts: KeyValuePairs<String, String>, authorities: String, catalogue: String) throws -> Corpus {
        let dir = try temporaryDirectory()
        for (name, text) in texts { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let table = dir.appendingPathComponent("authorities.csv"), described = dir.appendingPathComponent("catalogue.csv")
        try authorities.write(to: table, atomically: true, encoding: .utf8)
        try catalogue.write(to: described, atomically: true, encoding: .utf8)
        return (dir, texts.map { dir.appendingPathComponent($0.key).path }, table.path, described.path)
    }
    static let catalogue = samples.appendingPathComponent("catalogue.csv").path

    static func seed(_ index: Int) -> String {
        let names = ["2003-02-25_international-symposium-human-security.txt", "2010-02-23_symposium-human-security-asia.txt"]
        return samples.appendingPathComponent(names[index]).path
    }

    /// `environment` adds to (or, with an empty value, removes from) the inherited environment.
    static func run(_ arguments: [String], stdin: Data? = nil, executable: String? = nil,
                    environment: [String: String] = [:], workingDirectory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable.map { URL(fileURLWithPath: $0) } ?? binary
        process.arguments = arguments
        if let workingDirectory { process.currentDirectoryURL = workingDirectory }
        if !environment.isEmpty {
            var merged = ProcessInfo.processInfo.environment
            for (key, value) in environment { merged[key] = value.isEmpty ? nil : value }
            process.environment = merged
        }
        // Files rather than pipes: a child that fills a pipe nobody reads yet would block forever.
        let scratch = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// A fresh directory under this run's scratch root.
    static func temporaryDirectory() throws -> URL {
        let url = scratchRoot.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Tests leave their files behind, so that a failure can be looked into; each run keeps them under
    /// `proceedings-e2e/PID` and removes those of runs whose process has ended, so they do not pile up.
    static let scratchRoot: URL = {
        let runs = FileManager.default.temporaryDirectory.appendingPathComponent("proceedings-e2e")
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: runs.path)) ?? [] {
            guard let pid = Int32(entry), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: runs.appendingPathComponent(entry))
        }
        return runs.appendingPathComponent(String(getpid()))
    }()

    /// Relative path → contents, for every file under a directory.
    /// The files with each TEI's source pointed at by its bare name. TEI written from text or TEI points at
    /// the source by its path from the output file; written from linked data or a table group, which record
    /// only the source's name, by that name. Everything else must agree byte for byte.
    static func sourcesByName(_ files: [String: Data]) -> [String: Data] {
        files.mapValues { data in
            guard var text = String(data: data, encoding: .utf8), text.contains("replacementPattern=\"") else { return data }
            text = text.replacing(/replacementPattern="(?:[^"#]*\/)?([^"\/#]*#)/) { "replacementPattern=\"\($0.output.1)" }
            return Data(text.utf8)
        }
    }

    static func files(under root: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            result[String(url.path.dropFirst(root.path.count))] = try Data(contentsOf: url)
        }
        return result
    }

    /// Python's jsonschema (Draft 2020-12) on a JSON file against one of the project's schemas: "conforms\n" on
    /// standard output when the schema is sound and the file follows it.
    static func checkAgainstSchema(_ json: URL, schema: String) throws -> Result {
        try run(["python3", "-c", """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            jsonschema.validate(json.load(open(sys.argv[2])), schema, cls=jsonschema.Draft202012Validator)
            print("conforms")
            """, packageRoot.appendingPathComponent("Schemas/\(schema)").path, json.path], executable: "/usr/bin/env")
    }
}
