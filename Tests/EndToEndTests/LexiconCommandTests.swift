import Foundation
import Testing

/// `inspect --explain` and `--lexicon FILE`, run through the built binary.
@Suite struct LexiconCommandTests {
    /// An invented summary: a title, the event's dates and place in brackets, a moderator in a session.
    static let summary = """
        Workshop on River Basins
        (June 27-28, 2011 in Kyoto)

        Session 1: Upstream Water
        Moderator: Ann Lee, Professor, Kyoto University

        Dr. Bob Stone served as timekeeper.

        """

    static let timekeeper = """
        {
          "roleCues": [
            {"id": "role.custom.timekeeper", "role": "commentator", "phrases": ["served as timekeeper"]}
          ]
        }

        """

    /// A directory holding the summary and the given files.
    private func scratch(_ files: [String: String] = [:]) throws -> URL {
        let dir = try Tool.temporaryDirectory()
        try Data(Self.summary.utf8).write(to: dir.appendingPathComponent("workshop.txt"))
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        return dir
    }

    @Test func explainPrintsEachFactWithItsLineAndCue() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try Tool.run(["inspect", "--explain", dir.appendingPathComponent("workshop.txt").path])
        #expect(run.status == 0)
        #expect(run.stdout == """
            1: title "Workshop on River Basins" by cue title.line
            2: start-date "2011-06-27" by cue date.bracketed
            2: end-date "2011-06-28" by cue date.bracketed
            2: venue "Kyoto" by cue venue.bracketed
            5: moderator "Ann Lee" in session-1 by cue label.moderator ("Moderator")
            7: speaker "Bob Stone" in session-1 by cue mention.default

            """)
    }

    @Test func brokenLexiconStopsConvertWithLineAndColumn() throws {
        let dir = try scratch(["bad.json": "{\n  \"roleCues\": [\n    {\"id\": \"role.custom.x\",, }\n  ]\n}\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try Tool.run(["convert", "--to", "xml", "--lexicon", "bad.json", "workshop.txt"], workingDirectory: dir)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "bad.json:3:28: error: not JSON: a lexicon is a JSON object (see Resources/genre-lexicon.json)\n")
    }

    @Test func unreadableLexiconIsBadUsage() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = dir.appendingPathComponent("missing.json").path
        let run = try Tool.run(["convert", "--to", "xml", "--lexicon", missing, dir.appendingPathComponent("workshop.txt").path])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "\(missing): error: cannot read the lexicon\n")
    }

    @Test func customCueIsExplained() throws {
        let dir = try scratch(["good.json": Self.timekeeper])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try Tool.run(["inspect", "--lexicon", "good.json", "--explain", "workshop.txt"], workingDirectory: dir)
        #expect(run.status == 0)
        #expect(run.stdout.contains("7: commentator \"Bob Stone\" in session-1 by cue role.custom.timekeeper (\"served as timekeeper\")\n"))
    }

    @Test func builtInLexiconDoesNotKnowTheCustomCue() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try Tool.run(["inspect", "--explain", "workshop.txt"], workingDirectory: dir)
        #expect(run.status == 0)
        // Without the librarian's cue, nothing says what Bob Stone did in the session.
        #expect(run.stdout.contains("7: speaker \"Bob Stone\" in session-1 by cue mention.default\n"))
        #expect(!run.stdout.contains("role.custom"))
    }
}
