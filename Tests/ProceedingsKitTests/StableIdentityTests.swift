import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// An IRI depends only on what identifies the thing: never on the order of the run or on what else
/// is in it, so that a store reloaded after a re-conversion holds the same subjects for the same facts.
@Suite struct StableIdentityTests {
    static func inputs() throws -> [BatchInput] {
        let corpus = try FileManager.default.contentsOfDirectory(atPath: CorpusTests.corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try corpus.map { name in BatchInput(name: name, bytes: try Paths.bytes(CorpusTests.corpus.appendingPathComponent(name))) }
            + Paths.seeds.map { name in BatchInput(name: name, bytes: try Paths.bytes(Paths.sample(name))) }
    }

    /// Each record's N-Quads, by record id.
    static func graphs(_ inputs: [BatchInput], authorities: AuthorityTable?) throws -> [String: [UInt8]] {
        let run = Batch.importAll(inputs, authorities: authorities)
        #expect(run.failed.isEmpty)
        return Dictionary(uniqueKeysWithValues: try run.records.map { ($0.id, try LinkedData.export($0, syntax: .nquads)) })
    }

    @Test func theCorpusInTwoOrdersAndOneFileAtATimeGivesTheSameGraphs() throws {
        let (table, problems) = AuthorityTable.parse(try Paths.bytes(Paths.sample("authorities.csv")), fileName: "authorities.csv")
        #expect(problems.isEmpty)
        let inputs = try Self.inputs()
        for authorities in [nil, table] {
            let forward = try Self.graphs(inputs, authorities: authorities)
            #expect(forward.count == inputs.count)
            #expect(try Self.graphs(inputs.reversed(), authorities: authorities) == forward)
            var alone: [String: [UInt8]] = [:]
            for input in inputs { alone.merge(try Self.graphs([input], authorities: authorities)) { $1 } }
            #expect(alone == forward)
        }
    }

    @Test func statementsAndRolesAreNamedByWhatTheyAreNotWhereTheyStand() throws {
        let text = """
            Seminar on Water

            Session 1: Rivers

            Moderator: Yuki Mori, JICA
            Panelists: Ken Sato, UNDP; Aiko Ito, WFP

            Ms. Mori opened the session.
            """
        let record = try #require(PlainTextImporter.importRecord(Array(text.utf8), fileName: "water.txt").record)
        // A paragraph found below the roster renames no role: roles are keyed by part, holder and role.
        let longer = text.replacingOccurrences(of: "Ms. Mori opened", with: "The hall was full.\n\nMs. Mori opened")
        let moved = try #require(PlainTextImporter.importRecord(Array(longer.utf8), fileName: "water.txt").record)
        let iris = try Set(LinkedData.statements(record).compactMap(\.subject.iriValue))
        let movedIris = try Set(LinkedData.statements(moved).compactMap(\.subject.iriValue))
        let base = LinkedData.defaultBase + "water/"
        for role in ["role/part/session-1/person/yuki-mori/moderator", "role/part/session-1/person/ken-sato/panelist",
                     "person/aiko-ito", "part/session-1"] {
            #expect(iris.contains(base + role), "\(role)")
            #expect(movedIris.contains(base + role), "\(role)")
        }
        // A statement keeps its id when lines move, and no id passes to another statement.
        #expect(record.statements.count == 1 && moved.statements.count == 2)
        #expect(moved.statements[1].id == record.statements[0].id)
        #expect(moved.statements[0].id != record.statements[0].id)
        #expect(record.statements[0].id == Ids.text("Ms. Mori opened the session.", prefix: "s"))
    }

    @Test func keysOfTheSameThingAreToldApartInReadingOrder() {
        #expect(Ids.distinct(["line-3", "line-3-4", "line-3", "line-3"]) == ["line-3", "line-3-4", "line-3-n2", "line-3-n3"])
        // A file named as one of the corpus's segments under the base names no record's IRIs there.
        #expect(Ids.record(fileName: "in/place.txt") == "place-record")
        #expect(Ids.record(fileName: "dataset.txt") == "dataset-record")
        #expect(Ids.record(fileName: "places.txt") == "places")
        #expect(Ids.text("Ms.  Mori\nopened", prefix: "s") == Ids.text("Ms. Mori opened", prefix: "s"))
        #expect(Ids.text("Ms. Mori opened", prefix: "s").wholeMatch(of: /s-[0-9a-f]{8}/) != nil)
        // The ASCII shortcut spaces words exactly as the general walk over `Character`s does.
        for text in ["  Ms. Mori\t\topened\r\n the\u{0B}session. ", "\n\n", "", "a", "a\u{0C}\u{0C}b ", "Ms.\r\nMori"] {
            #expect(Ids.spacedOnce(text) == text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        }
        #expect(Ids.spacedOnce("Me\u{301}xico\u{00A0}City") == "M\u{E9}xico City")
        let isni = AuthorityLink(scheme: .isni, value: "000000012192178X"), ror = AuthorityLink(scheme: .ror, value: "057zh3y96")
        let wikidata = AuthorityLink(scheme: .wikidata, value: "Q1254")
        #expect(Ids.authority([isni, ror], kind: .organization) == "ror-057zh3y96")
        #expect(Ids.authority([isni, wikidata], kind: .person) == "wikidata-q1254")
        #expect(Ids.authority([isni], kind: .person) == "isni-000000012192178x")
        #expect(Ids.authority([], kind: .person) == nil)
        #expect(Ids.record(sourceFile: "in/2003-02-25_Symposium.txt", date: nil, title: "X") == "2003-02-25-symposium")
        #expect(Ids.record(sourceFile: "<stdin>", date: "2003-02-25", title: "Symposium") == "2003-02-25-symposium")
        #expect(Ids.record(sourceFile: "minutes-2003.02.25", date: nil, title: "X") == "minutes-2003-02-25")
        #expect(Ids.record(sourceFile: "summary.tei.xml", date: nil, title: "X") == "summary")
        // Names the slug cannot spell apart keep apart.
        let japanese = ["会議_2003.txt", "講演_2003.txt"].map { Ids.record(sourceFile: $0, date: nil, title: "X") }
        #expect(japanese[0] != japanese[1] && japanese.allSatisfy { $0.hasPrefix("2003-") })
        #expect(Ids.record(sourceFile: "Ōgata.txt", date: nil, title: "X") != Ids.record(sourceFile: "Ogata.txt", date: nil, title: "X"))
    }

    @Test func twoPersonsOfOneRecordWithOneIdentifierStayTheRecords() throws {
        var record = RecordFixture.rich
        let link = AuthorityLink(scheme: .wikidata, value: "Q1254")
        record.persons[0].authorities = [link]
        record.persons[1].authorities = [link]
        record.persons[2].authorities = [AuthorityLink(scheme: .viaf, value: "102333412")]
        let mint = Minter(base: "", record: record)
        // A contradiction the record must settle: neither speaks for the corpus's resource.
        #expect(mint.person(record.persons[0].id) == "\(record.id)/person/\(record.persons[0].id)")
        #expect(mint.person(record.persons[1].id) == "\(record.id)/person/\(record.persons[1].id)")
        #expect(mint.person(record.persons[2].id) == "person/viaf-102333412")
    }

    /// A person two records name through the authority table has a row per document in persons.csv,
    /// each with what its document printed and the one IRI they share; the order of the run changes
    /// no row.
    @Test func rowsOfOnePersonOfTheCorpusAreTheSameInEveryOrder() throws {
        let (table, problems) = AuthorityTable.parse(Array("name,wikidata\nKofi Annan,Q1254\nKofi A. Annan,Q1254\n".utf8),
                                                     fileName: "authorities.csv")
        #expect(problems.isEmpty)
        let inputs = [
            BatchInput(name: "a.txt", bytes: Array("Seminar on Health\n\nSession 1: Vaccines\n\nModerator: Kofi Annan, UN\n".utf8)),
            BatchInput(name: "b.txt", bytes: Array("Seminar on Water\n\nSession 1: Rivers\n\nChair: Kofi A. Annan, UN\n".utf8)),
        ]
        func persons(_ inputs: [BatchInput]) throws -> [String] {
            let records = Batch.importAll(inputs, authorities: table).records
            let file = try #require(try CSVTables.export(records).first { $0.file == "persons.csv" })
            return String(decoding: file.bytes, as: UTF8.self).components(separatedBy: "\r\n").filter { $0.contains("/mention/person/wikidata-q1254,") }.sorted()
        }
        let forward = try persons(inputs)
        #expect(forward == ["a/person/wikidata-q1254,Kofi Annan,Kofi Annan,,Kofi,Annan,,Q1254,,,,,Kofi Annan,a:5,person/wikidata-q1254,a/mention/person/wikidata-q1254,a,Kofi,Annan,wikidata-q1254,1",
                            "b/person/wikidata-q1254,Kofi A. Annan,Kofi A. Annan,,Kofi A.,Annan,,Q1254,,,,,Kofi Annan,b:5,person/wikidata-q1254,b/mention/person/wikidata-q1254,b,Kofi A.,Annan,wikidata-q1254,1"])
        #expect(try persons(inputs.reversed()) == forward)
    }
}
