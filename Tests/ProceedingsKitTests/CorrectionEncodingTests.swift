import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// How each format says what a librarian corrected, as a reader of TEI and PROV expects it: what
/// the page prints stays as printed, each pointer names the element or resource that holds the
/// value, and the corrector is one agent however many records she corrected.
@Suite struct CorrectionEncodingTests {
    static let seed = Paths.seeds[0]
    static let sampleCorrections = Paths.sample("corrections.csv")

    /// The first seed, corrected with the samples' corrections file ("Shinako Tuchiya" →
    /// "Shinako Tsuchiya", Kofi Annan's affiliation, the organiser).
    static func corrected(_ text: String? = nil) throws -> Record {
        let bytes = try text.map { Array($0.utf8) } ?? Paths.bytes(sampleCorrections)
        let (file, problems) = CorrectionsFile.parse(bytes, fileName: "corrections.csv")
        #expect(problems.isEmpty, "\(problems)")
        let input = BatchInput(name: seed, bytes: try Paths.bytes(Paths.sample(seed)))
        return try #require(Batch.importAll([input], corrections: file).records.first)
    }

    static func tei(_ record: Record, publication: TEI.Publication = TEI.Publication()) -> String {
        String(decoding: TEI.export(record, publication: publication), as: UTF8.self)
    }

    /// The literal objects of `predicate` on `subject`.
    static func values(_ statements: [RDFStatement], _ subject: String, _ predicate: String) -> [String] {
        statements.filter { $0.subject.iriValue == subject && $0.predicate == predicate }.compactMap { $0.object.lexicalForm ?? $0.object.iriValue }
    }

    // MARK: - A correction changes the name, never what the page prints

    @Test func theNameAsPrintedSurvivesACorrectionOfTheName() throws {
        let record = try Self.corrected()
        let person = try #require(record.person("shinako-tuchiya"))
        #expect(person.name == "Shinako Tsuchiya")
        #expect(person.printedName == "Shinako Tuchiya")
        #expect(person.givenName == "Shinako" && person.familyName == "Tuchiya", "the parts as printed stay")
        #expect(person.nameParts == ("Shinako", "Tsuchiya"))

        let tei = Self.tei(record)
        let lines = [
            ##"<person xml:id="person.shinako-tuchiya" source="text:10,11">"##,
            ##"  <persName xml:id="person.shinako-tuchiya.name" change="#correction.c-95432b14">Shinako Tsuchiya</persName>"##,
            ##"  <persName type="printed"><forename>Shinako</forename> <surname>Tuchiya</surname></persName>"##,
            ##"  <persName type="parts">"##,
            ##"    <forename>Shinako</forename>"##,
            ##"    <surname>Tsuchiya</surname>"##,
            ##"  </persName>"##,
        ]
        #expect(tei.contains(lines.map { String(repeating: " ", count: 10) + $0 }.joined(separator: "\n")), "\(tei)")

        let statements = try LinkedData.statements(record)
        let mention = LinkedData.defaultBase + record.id + "/mention/person/shinako-tuchiya"
        #expect(Self.values(statements, mention, NS.pro + "nameAsPrinted") == ["Shinako Tuchiya"])
        #expect(Self.values(statements, mention, NS.pro + "givenNameAsPrinted") == ["Shinako"])
        #expect(Self.values(statements, mention, NS.pro + "familyNameAsPrinted") == ["Tuchiya"])
        #expect(Self.values(statements, mention, NS.rdfs + "label") == ["Shinako Tsuchiya"])
        let node = LinkedData.defaultBase + record.id + "/person/shinako-tuchiya"
        #expect(Self.values(statements, node, NS.schema + "name") == ["Shinako Tsuchiya"])

        let persons = try #require(try CSVTables.export([record]).first { $0.file == "persons.csv" })
        // The name in force in name, the printed one in name_as_printed, each with its parts.
        let row = String(decoding: persons.bytes, as: UTF8.self)
        #expect(row.contains(",Shinako Tsuchiya,Shinako Tuchiya,,Shinako,Tsuchiya,") && row.contains(",Shinako,Tuchiya,shinako-tuchiya,"), "\(row)")
        #expect(String(decoding: InterchangeXML.export(record), as: UTF8.self)
            .contains("<name>Shinako Tsuchiya</name>\n      <printed-name>Shinako Tuchiya</printed-name>"))
    }

    /// An organisation renamed by an organiser's correction keeps its name as printed too, and the
    /// change points from the name; one made for the role was printed as the one it replaces.
    @Test func anOrganisationKeepsItsNameAsPrinted() throws {
        let (file, _) = CorrectionsFile.parse(Array("""
            file,line,fact,old,new,by,date
            \(Paths.seeds[1]),10,organizer,Graduate Program on Human Security of the University of Tokyo,"Graduate Program on Human Security, University of Tokyo",J. Smith,2026-12-01
            """.utf8), fileName: "corrections.csv")
        let input = BatchInput(name: Paths.seeds[1], bytes: try Paths.bytes(Paths.sample(Paths.seeds[1])))
        let renamed = try #require(Batch.importAll([input], corrections: file).records.first)
        let id = "graduate-program-on-human-security-of-the-university-of-tokyo"
        let organization = try #require(renamed.organization(id))
        #expect(organization.name == "Graduate Program on Human Security, University of Tokyo")
        #expect(organization.printedName == "Graduate Program on Human Security of the University of Tokyo")
        let tei = Self.tei(renamed)
        #expect(tei.contains(##"<orgName xml:id="org.\##(id).name" change="#correction.\##(renamed.corrections[0].id)">Graduate Program on Human Security, University of Tokyo</orgName>"##))
        #expect(tei.contains(##"<orgName type="printed">Graduate Program on Human Security of the University of Tokyo</orgName>"##))
        let statements = try LinkedData.statements(renamed)
        let mention = LinkedData.defaultBase + renamed.id + "/mention/org/" + id
        #expect(Self.values(statements, mention, NS.pro + "nameAsPrinted") == ["Graduate Program on Human Security of the University of Tokyo"])
        #expect(Self.values(statements, mention, NS.rdfs + "label") == ["Graduate Program on Human Security, University of Tokyo"])
        for back in [TEI.importRecord(TEI.export(renamed), fileName: "r.tei.xml").0,
                     InterchangeXML.importRecord(InterchangeXML.export(renamed), fileName: "r.xml").0,
                     LinkedData.importRecord(try LinkedData.export(renamed, syntax: .turtle), syntax: .turtle, fileName: "r.ttl").0] {
            #expect(back?.organization(id) == organization)
        }
        let moved = try Self.corrected()
        #expect(moved.organization("ministry-of-foreign-affairs")?.printedName == "Ministry of Foreign Affairs")
    }

    /// The samples' organiser's correction renames the Ministry, which two affiliations name too:
    /// one organisation, printed "Ministry of Foreign Affairs" and named as corrected, whose IRI
    /// does not move; the affiliations and the catalogue's issuer of the corrected name are that
    /// organisation, the correction names it as what it corrected, and a diff reports it.
    @Test func anOrganisersNameCorrectedRenamesTheOrganisationEverywhere() throws {
        let original = try Self.corrected("file,line,fact,old,new,by,date\n")
        var record = try Self.corrected()
        let id = "ministry-of-foreign-affairs"
        let before = try #require(original.organization(id))
        let ministry = try #require(record.organization(id))
        #expect(ministry.name == "Ministry of Foreign Affairs of Japan" && ministry.printedName == "Ministry of Foreign Affairs")
        #expect(ministry.lines == before.lines)
        #expect(record.organizations.map(\.id) == original.organizations.map(\.id), "no organisation made for the role")
        #expect(record.organizations.filter { ($0.printedName ?? $0.name) == "Ministry of Foreign Affairs" }.count == 1)
        for line in ministry.lines {
            #expect(record.organizations.filter { $0.lines.contains(line) }.count == original.organizations.filter { $0.lines.contains(line) }.count)
        }
        // Every fact that named the organisation still does; an affiliation corrected names none.
        let affiliations = Set(record.corrections.filter { $0.fact == .affiliation }.map(\.line))
        #expect(record.participations.filter { !affiliations.contains($0.line) }.map(\.organizationId)
                == original.participations.filter { !affiliations.contains($0.line) }.map(\.organizationId))
        let correction = try #require(record.corrections.first { $0.fact == .organizer })
        #expect(correction.subject == id)
        // The issuer the catalogue gives in the corrected name is the organisation, at its IRI.
        record.document.issuer = SourceFact(catalogued: "Ministry of Foreign Affairs of Japan")
        let mint = Minter(base: LinkedData.defaultBase, record: record)
        #expect(mint.publisher == mint.organization(id))
        let statements = try LinkedData.statements(record)
        #expect(Self.values(statements, mint.correction(correction.id), NS.pro + "corrected") == [mint.organization(id)])
        #expect(!statements.contains { $0.subject.iriValue == mint.issuer || $0.object.iriValue == mint.issuer })
        #expect(Self.tei(record).contains(##"<orgName xml:id="org.\##(id).name" change="#correction.\##(correction.id)">Ministry of Foreign Affairs of Japan</orgName>"##))
        // A diff reports the organiser of line 10 renamed.
        let changes = CollectionDiff.compare(original, record)
        #expect(changes.contains { $0.fact == .fact(.organizer) && $0.line == 10
            && $0.old == "Ministry of Foreign Affairs" && $0.new == "Ministry of Foreign Affairs of Japan" }, "\(changes)")
    }

    /// An organiser's row whose new name is another organisation's of the record gives that one the
    /// role: the line is then read as naming one organisation, not two.
    @Test func anOrganiserReplacedLeavesTheLineToOneOrganisation() throws {
        let original = try Self.corrected("file,line,fact,old,new,by,date\n")
        let other = try #require(original.organizations.first { $0.id != "ministry-of-foreign-affairs" && !$0.lines.contains(10) })
        let record = try Self.corrected("""
            file,line,fact,old,new,by,date
            \(Self.seed),10,organizer,Ministry of Foreign Affairs,"\(other.name)",J. Smith,2026-12-01
            """)
        let organiser = try #require(record.participations.first { $0.role == .organizer && $0.line == 10 })
        #expect(organiser.organizationId == other.id)
        #expect(record.organizations.filter { $0.lines.contains(10) }.count <= 1)
        #expect(record.organizations.filter { ($0.printedName ?? $0.name) == "Ministry of Foreign Affairs" }.count <= 1)
    }

    /// Each format read back gives the name, the name as printed and the printed parts.
    @Test(arguments: ["xml", "tei", "ttl", "csv"])
    func theNameAsPrintedReadsBack(_ format: String) throws {
        let record = try Self.corrected()
        let back: Record?
        switch format {
        case "xml": back = InterchangeXML.importRecord(InterchangeXML.export(record), fileName: "r.xml").0
        case "tei": back = TEI.importRecord(TEI.export(record), fileName: "r.tei.xml").0
        case "csv":
            let files = Dictionary(uniqueKeysWithValues: try CSVTables.export([record]).map { ($0.file, $0.bytes) })
            back = CSVTableGroupImporter.importGroup(files: files, name: "csv").records.first
        default: back = LinkedData.importRecord(try LinkedData.export(record, syntax: .turtle), syntax: .turtle, fileName: "r.ttl").0
        }
        let read = try #require(back)
        #expect(read.person("shinako-tuchiya") == record.person("shinako-tuchiya"))
        #expect(InterchangeXML.export(read) == InterchangeXML.export(record))
    }

    /// The parts of a corrected name: word for word where the words line up, in the order the
    /// reader saw; read as a name where they do not.
    @Test func thePartsAreMadeFromTheCorrectedName() {
        #expect(Person.parts(of: "Shinako Tsuchiya", printed: "Shinako Tuchiya", given: "Shinako", family: "Tuchiya") == ("Shinako", "Tsuchiya"))
        #expect(Person.parts(of: "KAI Noritaka", printed: "KAI Noritake", given: "Noritake", family: "KAI") == ("Noritaka", "KAI"))
        #expect(Person.parts(of: "Mariko Nishimura", printed: "Nishimura", given: nil, family: "Nishimura") == ("Mariko", "Nishimura"))
        #expect(Person.parts(of: "Tsuchiya", printed: "Shinako Tuchiya", given: "Shinako", family: "Tuchiya") == (nil, "Tsuchiya"))
        var person = Person(id: "p", name: "Pieter van den Heuvel", printedName: "Piet van den Heuvel", givenName: "Piet", familyName: "van den Heuvel")
        #expect(person.nameParts == ("Pieter", "van den Heuvel"))
        person.printedName = nil
        #expect(person.nameParts == ("Piet", "van den Heuvel"), "a name as printed has the parts the reader took")
    }

    // MARK: - Pointers name the element that holds the value

    /// An affiliation's correction points from the affiliation's corrected reading, which holds
    /// the value, not from the role that names it.
    @Test func aCorrectedAffiliationPointsAtItsChangeFromTheAffiliation() throws {
        let tei = Self.tei(try Self.corrected())
        let affiliation = try #require(tei.split(separator: "\n").first { $0.contains("<affiliation xml:id=\"aff.kofi-annan.1\"") })
        #expect(affiliation.contains(##"<orig><roleName>Secretary -General</roleName> of the <orgName ref="#org.united-nations">United Nations</orgName></orig>"##),
                "\(affiliation)")
        #expect(affiliation.contains("<reg xml:id=\"aff.kofi-annan.1.reg\" change=\"#correction.c-9f8a19bf\">"), "\(affiliation)")
        // The corrected words still name the United Nations: position and organisation, as the orig's.
        #expect(affiliation.contains(##"><roleName>Secretary-General</roleName> of the <orgName ref="#org.united-nations">United Nations</orgName></reg>"##),
                "\(affiliation)")
        #expect(tei.contains("target=\"#aff.kofi-annan.1.reg\""))
        let role = try #require(tei.split(separator: "\n").first { $0.contains("active=\"#person.kofi-annan\"") })
        #expect(!role.contains("change="), "\(role)")
        // One removed stays as printed, as a removed venue does: the printed words in `orig`, an empty `reg` the change's.
        let removed = Self.tei(try Self.corrected("""
            file,line,fact,old,new,by,date
            \(Self.seed),11,affiliation,Kofi Annan: Secretary -General of the United Nations,,J. Smith,2026-12-01
            """))
        let kept = try #require(removed.split(separator: "\n").first { $0.contains("<affiliation xml:id=\"aff.kofi-annan.1\"") })
        #expect(kept.contains("<orig><roleName>Secretary -General</roleName>") && kept.contains("<reg xml:id=\"aff.kofi-annan.1.reg\" change=\"#correction.c-"),
                "\(kept)")
        #expect(removed.contains("target=\"#aff.kofi-annan.1.reg\""))
        let bare = try #require(removed.split(separator: "\n").first { $0.contains("active=\"#person.kofi-annan\"") })
        #expect(!bare.contains(" change=") && bare.contains("corresp=\"#aff.kofi-annan.1\""), "\(bare)")
    }

    // MARK: - The linked data: a description was influenced, and its resources keep their IRIs

    /// The record's graph, which describes, was influenced by the correction; the activity names
    /// the person whose description it changed. The person was not influenced by the librarian.
    @Test func theRecordsGraphWasInfluencedAndTheCorrectionNamesWhatItCorrected() throws {
        let record = try Self.corrected()
        let statements = try LinkedData.statements(record)
        let base = LinkedData.defaultBase + record.id + "/"
        let influenced = statements.filter { $0.predicate == NS.prov + "wasInfluencedBy" }
        #expect(Set(influenced.compactMap(\.subject.iriValue)) == [LinkedData.graphIRI(of: record)])
        #expect(Set(influenced.compactMap(\.object.iriValue)) == Set(record.corrections.map { base + "correction/" + $0.id }))
        #expect(Self.values(statements, base + "correction/c-95432b14", NS.pro + "corrected") == [base + "person/shinako-tuchiya"])
        #expect(Self.values(statements, base + "correction/c-9f8a19bf", NS.pro + "corrected")
            == [base + "role/event/person/kofi-annan/message-author/affiliation"])
        #expect(LinkedData.vocabulary.contains { $0.name == "corrected" && $0.kind == .objectProperty && !$0.comment.isEmpty })
    }

    /// A role keeps its IRI when its role is corrected or it goes to another organiser: it is named by
    /// what the importer read, as a person whose name was corrected keeps her IRI.
    @Test func aRoleKeepsItsIRIWhenItsRoleOrItsOrganiserIsCorrected() throws {
        func roles(_ record: Record) throws -> Set<String> {
            Set(try LinkedData.statements(record).filter { $0.predicate == NS.type && $0.object.iriValue == NS.conf + "RoleDuringEvent" }
                .compactMap(\.subject.iriValue))
        }
        let original = try Self.corrected("file,line,fact,old,new,by,date\n")
        // The organisation is renamed twice, and keeps its id.
        let moved = try Self.corrected("""
            file,line,fact,old,new,by,date
            \(Self.seed),10,organizer,Ministry of Foreign Affairs,Ministry of Foreign Affairs of Japan,J. Smith,2026-12-01
            \(Self.seed),24,role,moderator,chair,J. Smith,2026-12-01
            \(Self.seed),10,organizer,Ministry of Foreign Affairs of Japan,Government of Japan,J. Smith,2026-12-02
            """)
        #expect(moved.corrections.count == 3)
        let organiser = try #require(moved.participations.first { $0.role == .organizer && $0.line == 10 })
        #expect(organiser.organizationId.flatMap(moved.organization)?.name == "Government of Japan")
        #expect(moved.participations.contains { $0.personId == "yozo-yokota" && $0.role == .chair })
        #expect(try roles(moved) == roles(original))
        let table = try #require(try CSVTables.export([moved]).first { $0.file == "participations.csv" })
        #expect(String(decoding: table.bytes, as: UTF8.self).contains("/role/event/org/ministry-of-foreign-affairs/organizer,"))
    }

    // MARK: - TEI: who made a change, and the ids of the kind prefixes

    /// `@who` points at the corrector's respStmt, and the ids of corrections and correctors are
    /// prefixed by their kind, as every other id of the TEI (`person.`, `statement.`).
    @Test func aChangeIsAscribedToTheCorrectorsRespStmt() throws {
        let record = try Self.corrected()
        let tei = Self.tei(record)
        let respStmt = [
            ##"<respStmt xml:id="corrector.6e1b4252">"##,
            "  <resp>Corrected facts read from the text; each correction is a change of revisionDesc</resp>",
            ##"  <name type="corrector">J. Smith</name>"##,
            "</respStmt>",
        ]
        #expect(tei.contains(respStmt.map { String(repeating: " ", count: 8) + $0 }.joined(separator: "\n")), "\(tei)")
        #expect(tei.contains(##"<change xml:id="correction.c-95432b14" type="correction" subtype="person" who="#corrector.6e1b4252" when="2026-12-01""##))
        #expect(!tei.contains(#"xml:id="c-"#) && !tei.contains("corrector-"))
        // In a corpus each record's ids are scoped by the record, and read back as the record's own.
        let corpus = String(decoding: TEI.exportCorpus([record], title: "Corpus"), as: UTF8.self)
        #expect(corpus.contains(##"who="#record.\##(record.id).corrector.6e1b4252""##), "\(corpus.prefix(4000))")
        let back = try #require(TEI.importRecord(TEI.export(record), fileName: "r.tei.xml").0)
        #expect(back.corrections == record.corrections)
    }

    /// A file the previous release wrote (`c-…` ids, `@who` at the corrector's name) still reads.
    @Test func aChangeOfThePreviousReleaseStillReads() throws {
        let record = try Self.corrected()
        var tei = Self.tei(record)
        tei = tei.replacingOccurrences(of: ##"<respStmt xml:id="corrector.6e1b4252">"##, with: "<respStmt>")
            .replacingOccurrences(of: #"<name type="corrector">"#, with: #"<name xml:id="corrector-6e1b4252" type="corrector">"#)
            .replacingOccurrences(of: "#corrector.6e1b4252", with: "#corrector-6e1b4252")
            .replacingOccurrences(of: "correction.c-", with: "c-")
        let (back, findings) = TEI.importRecord(Array(tei.utf8), fileName: "old.tei.xml")
        #expect(!findings.hasErrors, "\(findings)")
        #expect(back?.corrections == record.corrections)
    }

    /// revisionDesc lists its changes most recent first: the conversion, then the corrections, the
    /// latest first; `@n` keeps the order they were applied in, which import restores. The
    /// conversion is dated only when the run asks, so that the same input gives the same bytes.
    @Test func revisionDescIsMostRecentFirst() throws {
        let record = try Self.corrected("""
            file,line,fact,old,new,by,date
            \(Self.seed),11,person,Shinako Tuchiya,Shinako Tsuchiya,J. Smith,2026-12-01
            \(Self.seed),11,affiliation,Kofi Annan: Secretary -General of the United Nations,Secretary-General of the United Nations,A. Lee,2026-12-03T09:00:00Z
            \(Self.seed),10,organizer,Ministry of Foreign Affairs,Ministry of Foreign Affairs of Japan,J. Smith,2026-12-03
            """)
        let tei = Self.tei(record)
        let changes = tei.components(separatedBy: "\n").filter { $0.contains("<change") }
        #expect(changes.count == 4)
        #expect(changes[0].contains("<change>Converted from the source file"), "\(changes[0])")
        let facts = changes.dropFirst().map { line in ["affiliation", "organizer", "person"].first { line.contains("subtype=\"\($0)\"") } }
        #expect(facts == ["affiliation", "organizer", "person"], "\(changes)")
        #expect(changes[1].contains(#" n="2" "#) && changes[2].contains(#" n="3" "#) && changes[3].contains(#" n="1" "#))
        let back = try #require(TEI.importRecord(Array(tei.utf8), fileName: "r.tei.xml").0)
        #expect(back.corrections == record.corrections)
        #expect(TEI.export(record) == TEI.export(record))
        let dated = String(decoding: TEI.export(record, convertedAt: Date(timeIntervalSince1970: 1_796_000_000)), as: UTF8.self)
        #expect(dated.contains(#"<change when="2026-"#))
    }

    /// One librarian who corrected two records is one agent: the dataset's, named by her name alone.
    @Test func theCorrectorIsOneAgentOfTheDataset() throws {
        let (file, _) = CorrectionsFile.parse(Array("""
            file,line,fact,old,new,by,date
            \(Paths.seeds[0]),11,person,Shinako Tuchiya,Shinako Tsuchiya,J. Smith,2026-12-01
            \(Paths.seeds[1]),74,role,respondent,commentator,J. Smith,2026-12-02
            """.utf8), fileName: "corrections.csv")
        let inputs = try Paths.seeds.map { BatchInput(name: $0, bytes: try Paths.bytes(Paths.sample($0))) }
        let records = Batch.importAll(inputs, corrections: file).records
        #expect(records.count == 2 && records.allSatisfy { $0.corrections.count == 1 })
        let agents = try records.map { record in
            Set(try LinkedData.statements(record).filter { $0.predicate == NS.prov + "wasAssociatedWith" }.compactMap(\.object.iriValue))
        }
        let agent = LinkedData.defaultBase + "corrector/" + Correction.correctorKey("J. Smith")
        #expect(agents == [[agent], [agent]])
        #expect(Correction.correctorKey("J. Smith") == "6e1b4252", "a digest of the name, the same in every run")
        let table = try #require(try CSVTables.export(records).first { $0.file == "corrections.csv" })
        #expect(String(decoding: table.bytes, as: UTF8.self).components(separatedBy: ",\(agent),").count == 3)
    }

    /// A name corrected to another person's makes them one; what the page printed of the one
    /// absorbed stays a printed variant.
    @Test func twoPersonsMadeOneKeepTheMisprintAsAVariant() throws {
        let record = try Self.corrected("""
            file,line,fact,old,new,by,date
            \(Self.seed),11,person,Shinako Tuchiya,Kofi Annan,J. Smith,2026-12-01
            """)
        let annan = try #require(record.person("kofi-annan"))
        #expect(record.person("shinako-tuchiya") == nil)
        #expect(annan.variants.contains("Shinako Tuchiya"))
        #expect(annan.printedName == nil)
    }

    /// A later row may name the person as the importer read her, before an earlier row renamed her.
    @Test func aRowNamesAPersonAsPrintedAfterHerNameWasCorrected() throws {
        let record = try Self.corrected("""
            file,line,fact,old,new,by,date
            \(Self.seed),11,person,Shinako Tuchiya,Shinako Tsuchiya,J. Smith,2026-12-01
            \(Self.seed),11,affiliation,Shinako Tuchiya: Parliamentary Secretary for Foreign Affairs,Parliamentary Vice-Minister for Foreign Affairs,J. Smith,2026-12-01
            """)
        #expect(record.corrections.count == 2)
        #expect(record.participations.contains { $0.personId == "shinako-tuchiya" && $0.affiliation == "Parliamentary Vice-Minister for Foreign Affairs" })
    }
}
