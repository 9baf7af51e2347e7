import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// What each real summary of `Tests/Fixtures/corpus` must yield, written by reading its text.
/// Most files are cut off after about 2,000 bytes, so only what the kept text states is expected.
@Suite struct CorpusTests {
    struct Expectation: Sendable, CustomTestStringConvertible {
        struct Role: Sendable {
            var person: String
            /// nil: the event as a whole; else text in the part's label.
            var part: String?
            var role: ProceedingsKit.Role
            var affiliation: String?
        }

        var file: String
        var title: String
        var subtitle: String? = nil
        var documentType: String? = nil
        var issued: String? = nil
        var startDate: String?
        var time: String? = nil
        var venue: String?
        var organizers: [String] = []
        var roles: [Role] = []
        var residue: [String] = []
        var testDescription: String { file }
    }

    static let corpus = Paths.packageRoot.appendingPathComponent("Tests/Fixtures/corpus")

    static let expectations: [Expectation] = [
        Expectation(file: "001_mofa-hs-symposium-2010-history-future.txt",
                    title: "Symposium on Human Security: Its History and Future",
                    subtitle: "Toward the Achievement of the MDGs",
                    documentType: "Summary and Evaluation", issued: "2010-07-15", startDate: "2010-07-15",
                    venue: "Okuma Auditorium of Waseda University",
                    organizers: ["Ministry of Foreign Affairs of Japan", "United Nations",
                                 "Graduate School of Asia-Pacific Studies of Waseda University"]),
        Expectation(file: "003_mofa-hs-symposium-2001-terrorism.txt",
                    title: "International Symposium on Human Security",
                    subtitle: "Human Security and Terrorism - Diversifying Threats under Globalization: From Afghanistan to the Future of the World",
                    issued: "2001-12", startDate: "2001-12-15", venue: "Takanawa Prince Hotel",
                    organizers: ["Ministry of Foreign Affairs"],
                    roles: [.init(person: "Junichiro Koizumi", role: .openingSpeaker, affiliation: "Prime Minister"),
                            .init(person: "Makiko Tanaka", role: .openingSpeaker, affiliation: "Minister for Foreign Affairs"),
                            .init(person: "Barnett Rubin", part: "Session 1", role: .openingSpeaker, affiliation: "New York University"),
                            .init(person: "Lakhdar Brahimi", part: "Session 1", role: .messageAuthor,
                                  affiliation: "Special Representative of the United Nations Secretary-General in charge of Afghanistan affairs")]),
        Expectation(file: "005_mofa-friends-of-human-security-chair-summary-2006-10.txt",
                    title: "\"Friends of Human Security\" Meeting", documentType: "Chair's Summary",
                    issued: "2006-10-19", startDate: "2006-10-19", time: "13:15 to 18:00",
                    venue: "Millennium United Nations Plaza Hotel in New York",
                    roles: [.init(person: "Yukio Takasu", role: .chair, affiliation: "the Ambassador of Japan in charge of human security"),
                            // "At the opening session, ... followed by remarks by H.E. Mr. Juan Manuel Gómez Robledo":
                            // the prose names the part, and what is said in it is its opening.
                            .init(person: "Juan Manuel Gómez Robledo", part: "Opening session", role: .openingSpeaker,
                                  affiliation: "Deputy Permanent Representative of Mexico"),
                            .init(person: "Heraldo Muñoz", part: "Opening session", role: .openingSpeaker,
                                  affiliation: "Permanent Representative of Chile"),
                            .init(person: "Peter Maurer", part: "Opening session", role: .openingSpeaker,
                                  affiliation: "Permanent Representative of Switzerland"),
                            .init(person: "Roman Kirn", part: "Opening session", role: .openingSpeaker, affiliation: "Permanent Rep")]),
        Expectation(file: "008_mofa-friends-of-human-security-chair-summary-2008-05.txt",
                    title: "Fourth Meeting of the \"Friends of Human Security\"", documentType: "Chair's Summary",
                    issued: "2008-05-15", startDate: "2008-05-15", venue: "United Nations Headquarters in New York",
                    organizers: ["Permanent Mission of Japan", "Permanent Mission of Mexico", "UN Office for the Coordination of Humanitarian Affairs (OCHA)"],
                    roles: [.init(person: "Yukio Takasu", role: .chair, affiliation: "Japan"),
                            .init(person: "Claude Heller", role: .chair, affiliation: "Mexico"),
                            .init(person: "Yukio Takasu", part: "Opening Remarks", role: .openingSpeaker, affiliation: "Japan"),
                            .init(person: "Claude Heller", part: "Opening Remarks", role: .openingSpeaker, affiliation: "Mexico")],
                    residue: ["Global Issues & ODA"]),
        Expectation(file: "012_mofa-apec-human-security-seminar-2005-cochair-report.txt",
                    title: "APEC Human Security Seminar",
                    subtitle: "Implementation of the Human Security Related Mandate from Leaders and Ministers",
                    documentType: "Co-chair's Report", issued: "2005-10-06", startDate: "2005-10-06", venue: "Tokyo, Japan",
                    roles: [.init(person: "Yukio Takasu", part: "Opening Remarks", role: .openingSpeaker,
                                  affiliation: "Japan's Ambassador for Human Security"),
                            .init(person: "Ogata", part: "Opening Remarks", role: .keynoteSpeaker,
                                  affiliation: "former UN High Commissioner for Refugees, President of Japan International Cooperation Agency")]),
        Expectation(file: "014_mofa-building-peace-japan-un-symposium-2008-summary.txt",
                    title: "Symposium \"Building Peace - Japan and UN\"", documentType: "Summary",
                    issued: "2008-01-28", startDate: "2008-01-24", venue: "Tokyo",
                    organizers: ["Ministry of Foreign Affairs of Japan"],
                    roles: [.init(person: "Masahiko Koumura", role: .closingSpeaker, affiliation: "Minister for Foreign Affairs of Japan"),
                            .init(person: "Zainab Bangura", role: .panelist, affiliation: "Minister of Foreign Affairs of the Republic of Sierra Leone"),
                            .init(person: "Venant Kamana", role: .panelist,
                                  affiliation: "Minister of Interior and Communal Development of the Republic of Burundi"),
                            .init(person: "Conmany Wesseh", role: .panelist, affiliation: "Deputy Minister of Foreign Affairs of the Republic of Liberia"),
                            .init(person: "Yukio Takasu", role: .panelist, affiliation: "PBC Chair"),
                            .init(person: "Carolyn McAskie", role: .panelist, affiliation: "UN Peacebuilding Support Office (PBSO) Chief"),
                            .init(person: "Carolyn McAskie", part: "(1) Session I", role: .speaker, affiliation: "PBSO Chief")],
                    residue: ["(photo) Foreign Minister Koumura"]),
        Expectation(file: "020_un-press-peacekeeping-seminar-tokyo-2008.txt",
                    title: "PEACEKEEPING SEMINAR CONCLUDES IN TOKYO WITH PLEDGE BY JAPAN’S GOVERNMENT TO CONSIDER ENGAGEMENT ON THE GROUND, INCLUDING IN SUDAN, AFGHANISTAN",
                    subtitle: "Acknowledges Japan Has ‘Room to Improve Head Count’; UN Peacekeeping Chief Hopeful, Stresses Japan’s Global Engagement More Visible through Blue Helmets",
                    documentType: "Press Release", issued: "2008-06-06", startDate: "2008-06-05", venue: "Tokyo",
                    // "the country's Minister for Foreign Affairs, Masahiko Koumura, noted that ...": he spoke.
                    roles: [.init(person: "Masahiko Koumura", role: .speaker, affiliation: "Minister for Foreign Affairs")],
                    residue: ["Department of Public Information • News and Media Division • New York",
                              "(Received from a UN Information Officer.)"]),
        Expectation(file: "022_ah-community-asian-human-security-symposium-2006-session1.txt",
                    title: "Searching for Asian Human Community", startDate: "2006-02-25", time: "1000-1200 am", venue: nil,
                    roles: [.init(person: "Taga Hidetoshi", part: "Session I", role: .chair, affiliation: "Waseda University"),
                            .init(person: "Amako Satoshi", part: "Session I", role: .openingSpeaker)]),
    ]

    static func read(_ file: String) throws -> ImportResult {
        PlainTextImporter.importRecord(try Paths.bytes(corpus.appendingPathComponent(file)), fileName: file)
    }

    @Test(arguments: expectations)
    func yieldsWhatTheTextStates(_ expected: Expectation) throws {
        let record = try #require(try Self.read(expected.file).record)
        #expect(record.event.title == expected.title)
        #expect(record.event.subtitle == expected.subtitle)
        #expect(record.document.documentType == expected.documentType)
        #expect(record.document.issued == expected.issued)
        #expect(record.event.startDate == expected.startDate)
        #expect(record.event.time == expected.time)
        #expect(record.event.venue == expected.venue)
        let organizers = record.organizers
        #expect(organizers == expected.organizers)
        let people = record.participations.filter { $0.personId != nil }
        for role in expected.roles {
            let held = people.filter { p in
                record.person(p.personId!)?.name == role.person
                    && (role.part.map { label in p.partId.flatMap(record.part)?.label.contains(label) ?? false } ?? (p.partId == nil))
            }
            #expect(held.count == 1, "\(role.person) in \(role.part ?? "the event")")
            #expect(held.first?.role == role.role, "\(role.person) in \(role.part ?? "the event")")
            #expect(held.first?.affiliation == role.affiliation, "\(role.person) in \(role.part ?? "the event")")
        }
        // Nobody is named who was not expected: no institution or place mistaken for a person.
        #expect(Set(record.persons.map(\.name)) == Set(expected.roles.map(\.person)))
        #expect(record.residue.map(\.text) == expected.residue)
    }

    @Test func pressReleaseKeepsItsSymbol() throws {
        let record = try #require(try Self.read("020_un-press-peacekeeping-seminar-tokyo-2008.txt").record)
        #expect(record.document.symbol == TextLine(text: "PKO/186", line: 1))
    }

    @Test func nestedBulletsKeepTheirLevel() throws {
        let record = try #require(try Self.read("022_ah-community-asian-human-security-symposium-2006-session1.txt").record)
        let bullets = record.statements.filter { $0.form == .bullet }
        #expect(bullets.map(\.level) == [0, 1, 1, 1, 1, 0])
        #expect(bullets.allSatisfy { $0.speakerId == "amako-satoshi" })
    }

    @Test func evaluationBulletsAreEvaluationPoints() throws {
        let record = try #require(try Self.read("001_mofa-hs-symposium-2010-history-future.txt").record)
        #expect(record.statements.filter { $0.kind == .evaluation }.count == 4)
        #expect(record.sections.map(\.kind) == [.summary, .purpose, .evaluation, .discussions])
    }

    /// Over the seeds and the corpus together, at least 95% of non-blank lines are classified.
    @Test func coverageOfTheGenre() throws {
        var classified = 0, total = 0
        for expected in Self.expectations {
            let share = Coverage.share(try Self.read(expected.file).lines)
            classified += share.classified
            total += share.nonBlank
        }
        for seed in Paths.seeds {
            let share = Coverage.share(PlainTextImporter.importRecord(try Paths.bytes(Paths.sample(seed)), fileName: seed).lines)
            classified += share.classified
            total += share.nonBlank
        }
        #expect(Double(classified) / Double(total) >= 0.95, "\(classified) of \(total)")
    }

    @Test func everyLineOfEveryFileIsAccounted() throws {
        for expected in Self.expectations {
            let result = try Self.read(expected.file)
            let text = try String(contentsOf: Self.corpus.appendingPathComponent(expected.file), encoding: .utf8)
            #expect(result.lines.count == text.components(separatedBy: "\n").count)
            let unclassified = result.lines.filter { $0.category == .unclassified }.map(\.line)
            let warned = result.findings.filter { $0.rule.rawValue == "unclassified-line" }.compactMap(\.line)
            #expect(unclassified == warned, "\(expected.file)")
        }
    }
}

/// One run over the seeds and the corpus together.
@Suite struct GenreRunTests {
    static func run() throws -> BatchResult {
        let corpus = try CorpusTests.expectations.map { expected in
            BatchInput(name: expected.file, bytes: try Paths.bytes(CorpusTests.corpus.appendingPathComponent(expected.file)))
        }
        let seeds = try Paths.seeds.map { BatchInput(name: $0, bytes: try Paths.bytes(Paths.sample($0))) }
        return Batch.importAll(seeds + corpus)
    }

    @Test func aPersonInSeveralFilesHasOneIdentity() throws {
        let run = try Self.run()
        #expect(run.failed.isEmpty)
        func ids(of name: String) -> Set<String> {
            Set(run.records.flatMap { $0.persons.filter { $0.name == name }.map(\.id) })
        }
        func files(of name: String) -> Int { run.records.filter { $0.persons.contains { $0.name == name } }.count }
        #expect(files(of: "Yukio Takasu") == 4)
        #expect(ids(of: "Yukio Takasu") == ["yukio-takasu"])
        #expect(files(of: "Masahiko Koumura") == 2)
        #expect(ids(of: "Masahiko Koumura") == ["masahiko-koumura"])
        // A full name is one person across the run; every other id names one person only.
        var names: [String: Set<String>] = [:]
        for record in run.records { for person in record.persons { names[person.id, default: []].insert(person.name) } }
        #expect(names.values.allSatisfy { $0.count == 1 }, "\(names.filter { $0.value.count > 1 })")
    }

    @Test func aSurnameAloneIsReportedNotMerged() throws {
        let run = try Self.run()
        let warnings = run.findings.filter { $0.rule.rawValue == "possible-same-person" }.map(\.message)
        #expect(warnings.contains { $0.hasPrefix("\"Ogata\" may be \"Sadako Ogata\"") })
        #expect(warnings.contains { $0.hasPrefix("\"Surin\" may be \"Surin Pitsuwan\"") })
        #expect(warnings.contains { $0.hasPrefix("\"Tanaka\" may be \"Makiko Tanaka\"") })
        let ogata = run.records.flatMap(\.persons).filter { $0.name.hasSuffix("Ogata") }
        #expect(Set(ogata.map(\.id)).count == 2)
    }
}
