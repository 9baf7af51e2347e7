import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// How the TEI ties a correction to what it changed, as the TEI Guidelines read `change/@target`
/// and att.global.change: each change points at exactly the elements that hold the value it gave,
/// and each of them points back; what the page prints stays as printed beside the corrected value.
@Suite struct CorrectionPointerTests {
    /// Rows that remove a fact of each kind that can be removed, to add to `every-fact.csv`'s.
    static let removals = """
        file,line,fact,old,new,by,date
        \(CorrectionsTests.seedName),2,subtitle,Realizing Human Security in Asia,,Ann Lee,2024-05-03
        \(CorrectionsTests.seedName),10,venue,Komaba Campus of the University of Tokyo,,Ann Lee,2024-05-03
        \(CorrectionsTests.seedName),74,role,respondent,,Ann Lee,2024-05-03
        \(CorrectionsTests.seedName),68,affiliation,"Senior Commentator, NHK",,Ann Lee,2024-05-03
        \(CorrectionsTests.seedName),70,person,Katori,,Ann Lee,2024-05-03
        """

    /// A role removed (its holder stays), a name that was no person's (the holder goes too) and a
    /// person who held no role (her affiliation stays hers).
    static let removedRoles = """
        file,line,fact,old,new,by,date
        \(CorrectionsTests.seedName),74,role,respondent,,Ann Lee,2024-05-03
        \(CorrectionsTests.seedName),70,person,Katori,,Ann Lee,2024-05-03
        \(CorrectionsTests.seedName),68,not-a-participant,Doden,,Ann Lee,2024-05-03
        """

    static func corrected(_ text: String? = nil) throws -> Record {
        let file = try text.map { CorrectionsTests.corrections($0).0 } ?? CorrectionsTests.everyFactFile()
        return try CorrectionsTests.run(file).record
    }

    static func tree(_ record: Record) throws -> XMLElement {
        try #require(SafeXMLParser.parse(TEI.export(record), fileName: "r.tei.xml").0)
    }

    static func all(_ element: XMLElement) -> [XMLElement] { [element] + element.elements.flatMap(all) }

    static func tokens(_ value: String?) -> [String] {
        (value ?? "").split(whereSeparator: \.isWhitespace).map { String($0.drop { $0 == "#" }) }
    }

    /// Every `@target` of a correction's change names an element whose `@change` names the change,
    /// and every `@change` names a change whose `@target` names the element. The changes without
    /// a target, by fact.
    static func checkPointers(_ record: Record, sourceLocation: SourceLocation = #_sourceLocation) throws -> [FactKind] {
        let elements = all(try tree(record))
        let xmlId = "http://www.w3.org/XML/1998/namespace"
        let byId = Dictionary(elements.compactMap { e in e.attribute("id", namespace: xmlId).map { ($0, e) } }, uniquingKeysWith: { a, _ in a })
        let changes = elements.filter { $0.name == "change" && $0.attribute("type") == TEI.correctionType }
        #expect(changes.count == record.corrections.count, sourceLocation: sourceLocation)
        var untargeted: [FactKind] = []
        for change in changes {
            let id = try #require(change.attribute("id", namespace: xmlId))
            let targets = tokens(change.attribute("target"))
            if targets.isEmpty { untargeted.append(FactKind(rawValue: change.attribute("subtype") ?? "")!) }
            for target in targets {
                let element = try #require(byId[target], "\(id): @target \(target) names no element", sourceLocation: sourceLocation)
                #expect(tokens(element.attribute("change")).contains(id), "\(id) → \(target) has no @change back", sourceLocation: sourceLocation)
            }
        }
        for element in elements where element.attribute("change") != nil {
            let id = element.attribute("id", namespace: xmlId)
            #expect(id != nil, "<\(element.name) change=\(element.attribute("change")!)> has no xml:id to point at", sourceLocation: sourceLocation)
            for change in tokens(element.attribute("change")) {
                let named = try #require(byId[change], "@change \(change) names no element", sourceLocation: sourceLocation)
                #expect(named.name == "change" && tokens(named.attribute("target")).contains(id ?? ""),
                        "\(change) does not point back at <\(element.name) xml:id=\(id ?? "")>", sourceLocation: sourceLocation)
            }
        }
        return untargeted
    }

    @Test func everyChangePointsAtTheElementThatHoldsItsValueAndBack() throws {
        let record = try Self.corrected()
        #expect(Set(record.corrections.map(\.fact)) == Set(FactKind.allCases))
        let untargeted = try Self.checkPointers(record)
        #expect(untargeted == [], "\(untargeted)")
        let tei = String(decoding: TEI.export(record), as: UTF8.self)
        // A role's change points at the role (the relation), an affiliation's at the affiliation, a
        // name's at the name: not at the person they are about.
        let role = try #require(record.corrections.first { $0.fact == .role })
        let relation = try #require(tei.split(separator: "\n").first { $0.contains("<relation") && $0.contains("change=\"#correction.\(role.id)\"") })
        let relationId = try #require(relation.firstMatch(of: /xml:id="([^"]+)"/)?.1)
        #expect(tei.contains("xml:id=\"correction.\(role.id)\"") && tei.contains("target=\"#\(relationId)\""))
        #expect(tei.contains(##"<persName xml:id="person.nishimura.name" change="#correction."##))
        #expect(tei.contains(##"target="#person.nishimura.name""##))
        #expect(tei.contains(##"<date xml:id="fact.issued" when="2010-02-24""##) && tei.contains(##"target="#fact.issued""##))
    }

    /// Every element that holds a corrected value points at the change, not only the header's
    /// record of it: the standOff event's dates and label, the listed place's name. The title
    /// page's date transcribes the page, and keeps its reading (`theTitlePagesDateKeepsThePrintedReading`).
    @Test func theCopiesOfACorrectedValuePointAtTheChangeToo() throws {
        let record = try Self.corrected()
        let elements = Self.all(try Self.tree(record))
        let xmlId = "http://www.w3.org/XML/1998/namespace"
        func changes(_ element: XMLElement?) -> Set<FactKind> {
            Set(Self.tokens(element?.attribute("change")).compactMap { id in
                record.corrections.first { "correction.\($0.id)" == id }?.fact
            })
        }
        let event = elements.first { $0.name == "event" && $0.attribute("id", namespace: xmlId) == "event" }
        #expect(event?.attribute("from") == "2010-02-22" && changes(event) == [.startDate, .endDate])
        let label = event?.elements.first { $0.name == "label" }
        #expect(label?.textContent == "Symposium on Human Security 2010" && changes(label) == [.title])
        let place = elements.first { $0.name == "place" }?.elements.first { $0.name == "placeName" }
        #expect(place?.textContent == "Komaba Campus, University of Tokyo" && changes(place) == [.venue])
        let docDate = elements.first { $0.name == "docDate" }
        #expect(docDate?.attribute("when") == "2010-02-23" && changes(docDate) == [])
        let untargeted = try Self.checkPointers(record)
        #expect(untargeted == [], "\(untargeted)")
        let back = try #require(TEI.importRecord(TEI.export(record), fileName: "r.tei.xml").0)
        #expect(TEI.export(back) == TEI.export(record))
    }

    /// A corrected affiliation keeps the words the page prints, as `orig` beside the corrected
    /// `reg`, each split into position and organisation as an uncorrected affiliation is; the
    /// change points at the `reg`, and import reads the corrected words.
    @Test func aCorrectedAffiliationKeepsThePrintedWords() throws {
        let record = try Self.corrected()
        let correction = try #require(record.corrections.first { $0.fact == .affiliation })
        let compact = String(decoding: TEI.export(record), as: UTF8.self).replacing(/>\s+</, with: "><")
        #expect(compact.contains(##"source="text:67,68"><choice><orig><roleName>Senior Commentator</roleName>, <orgName ref="#org.nhk">NHK</orgName></orig>"##
            + ##"<reg xml:id="aff.doden.1.reg" change="#correction.\##(correction.id)"><roleName>Senior Commentator, Japan Broadcasting Corporation</roleName></reg>"##
            + "</choice></affiliation>"), "\(compact)")
        #expect(compact.contains("target=\"#aff.doden.1.reg\""))
        let back = try #require(TEI.importRecord(TEI.export(record), fileName: "r.tei.xml").0)
        #expect(back.participations.first { $0.personId == "doden" }?.affiliation == "Senior Commentator, Japan Broadcasting Corporation")
        #expect(TEI.export(back) == TEI.export(record))
    }

    /// A corrected affiliation that still names its organisation keeps the link to it: the TEI's
    /// `affiliation/@ref`, the `reg` split into position and organisation as the `orig` is
    /// (docs/tei-encoding.md), the linked data's conf:withOrganisation. One whose new words name
    /// another body loses it, since the organisation the page named is no longer the one meant.
    @Test func aCorrectedAffiliationKeepsItsOrganisation() throws {
        let seed = Paths.seeds[0]
        func corrected(_ new: String) throws -> Record {
            let (file, problems) = CorrectionsTests.corrections("""
                file,line,fact,old,new,by,date
                \(seed),11,affiliation,Kofi Annan: Secretary -General of the United Nations,\(new),J,2024-05-01
                """)
            #expect(problems.isEmpty, "\(problems)")
            let input = BatchInput(name: seed, bytes: try Paths.bytes(Paths.sample(seed)))
            let record = try #require(Batch.importAll([input], corrections: file).records.first)
            #expect(record.corrections.count == 1)
            return record
        }
        let record = try corrected("Secretary-General of the United Nations")
        let index = try #require(record.participations.firstIndex { $0.affiliation == "Secretary-General of the United Nations" })
        #expect(record.participations[index].organizationId == "united-nations")
        let id = try #require(record.corrections.first?.id)
        let compact = String(decoding: TEI.export(record), as: UTF8.self).replacing(/>\s+</, with: "><")
        #expect(compact.contains(##"role="head" ref="#org.united-nations" when="2003-02-25" source="text:10,11"><choice>"##
            + ##"<orig><roleName>Secretary -General</roleName> of the <orgName ref="#org.united-nations">United Nations</orgName></orig>"##
            + ##"<reg xml:id="aff.kofi-annan.1.reg" change="#correction.\##(id)"><roleName>Secretary-General</roleName> of the "##
            + ##"<orgName ref="#org.united-nations">United Nations</orgName></reg></choice></affiliation>"##), "\(compact)")
        let mint = Minter(base: LinkedData.defaultBase, record: record)
        let statements = try LinkedData.statements(record)
        let affiliation = mint.affiliation(of: mint.participation(mint.participationKeys(record)[index]))
        #expect(statements.contains { $0.subject.iriValue == affiliation && $0.predicate == NS.conf + "withOrganisation"
            && $0.object.iriValue == mint.organization("united-nations") })
        let back = try #require(TEI.importRecord(TEI.export(record), fileName: "r.tei.xml").0)
        #expect(back.participations == record.participations && TEI.export(back) == TEI.export(record))
        // New words that name another body: the link to the United Nations goes.
        let other = try corrected("Director-General of UNESCO")
        #expect(other.participations.first { $0.affiliation == "Director-General of UNESCO" }?.organizationId == nil)
    }

    /// A fact removed: the change points at the element that no longer has it (a person who lost
    /// a role, the role that lost its affiliation, the venue's now empty reading); a subtitle or a
    /// person removed leaves no element, and its change no target.
    @Test func aRemovedFactPointsAtWhatLostIt() throws {
        let record = try Self.corrected(Self.removals)
        #expect(record.corrections.count == 5)
        // A person removed leaves the roles it held, removed (aRemovedRoleKeepsWhatWasPrinted).
        #expect(try Self.checkPointers(record).sorted { $0.rawValue < $1.rawValue } == [.subtitle])
        let tei = String(decoding: TEI.export(record), as: UTF8.self)
        let role = try #require(record.corrections.first { $0.fact == .role })
        #expect(tei.contains(##"<person xml:id="person.ueno""##) && tei.contains("change=\"#correction.\(role.id)\""))
        for format in ["tei", "xml"] {
            let back = try #require(format == "tei" ? TEI.importRecord(TEI.export(record), fileName: "r.tei.xml").0
                                    : InterchangeXML.importRecord(InterchangeXML.export(record), fileName: "r.xml").0)
            #expect(back.corrections == record.corrections)
        }
    }

    /// A role removed, a person who held no role and a name that was no person's keep, in the TEI,
    /// what the page printed: each role they lost is a relation of `listRelation[@type="removed"]`,
    /// with its words, the holder's name where the holder went too, and the affiliation printed with
    /// it, pointing at the change that removed it, which points back. TEI All and the profile
    /// accept it, and it reads back as written.
    @Test func aRemovedRoleKeepsWhatWasPrinted() throws {
        // Not the removed subtitle, whose title page does not yet read back as written, nor Doden's
        // affiliation, whose change would point at the role the next row removes.
        let rows = Self.removals.split(separator: "\n").filter { !$0.contains(",subtitle,") && !$0.contains(",affiliation,") }.joined(separator: "\n")
        let record = try Self.corrected(rows + "\n\(CorrectionsTests.seedName),68,not-a-participant,Doden,,Ann Lee,2024-05-03")
        let tei = String(decoding: TEI.export(record), as: UTF8.self).replacing(/>\s+</, with: "><")
        let removed = try #require(tei.firstRange(of: #"<listRelation type="removed">"#).flatMap { start in
            tei[start.lowerBound...].firstRange(of: "</listRelation>").map { String(tei[start.lowerBound..<$0.upperBound]) }
        }, "\(tei)")
        let ids = Dictionary(record.corrections.map { ($0.fact, $0.id) }, uniquingKeysWith: { a, _ in a })
        let (role, notAParticipant, person) = (ids[.role] ?? "", ids[.notAParticipant] ?? "", ids[.person] ?? "")
        // The role removed, its holder still a person of the record, who keeps the affiliation printed with it.
        #expect(removed.contains(##"type="removed" name="respondent" ana="#role.respondent" active="#person.ueno" passive="#part.session-4" corresp="#aff.ueno.1""##),
                "\(removed)")
        #expect(removed.contains(#"<desc><label type="role">answered</label></desc>"#), "\(removed)")
        #expect(removed.contains("change=\"#correction.\(role)\""))
        // Doden held no role: the affiliation printed with it stays hers, and the removed role points at it.
        #expect(removed.contains(##"active="#person.doden" passive="#part.session-3" corresp="#aff.doden.1" source="text:67,68" change="#correction.\##(notAParticipant)"/>"##),
                "\(removed)")
        // Katori was no person: the relation names nobody, the holder's printed name is kept.
        #expect(removed.contains(##"corresp="#part.session-3" source="text:69,70" change="#correction.\##(person)"><desc><label type="holder">Katori</label>"##
                                 + #"<label type="affiliation">Ambassador for ASEAN</label>"#),
                "\(removed)")
        // Each removed relation is a target of its change; the person removed no longer leaves its change without one.
        let untargeted = try Self.checkPointers(record)
        #expect(untargeted == [], "\(untargeted)")
        try TEITools.expectAccepted(TEI.export(record), name: "removed.tei.xml")
        let back = try TEITools.readBack(TEI.export(record), name: "removed.tei.xml")
        #expect(back.removedRoles == record.removedRoles, "\(back.removedRoles) ≠ \(record.removedRoles)")
        #expect(back.corrections == record.corrections)
    }

    /// Each removed role's `relation` says it is removed itself (`@type="removed"`), not only by its
    /// list, so that taken alone it asserts no role; its `@corresp` points at its holder's
    /// affiliation, as a role held does, never at an organisation.
    @Test func aRemovedRelationSaysItIsRemoved() throws {
        let record = try Self.corrected(Self.removedRoles)
        let root = try Self.tree(record)
        let elements = Self.all(root)
        let xmlId = "http://www.w3.org/XML/1998/namespace"
        let ids = Dictionary(elements.compactMap { e in e.attribute("id", namespace: xmlId).map { ($0, e) } }, uniquingKeysWith: { a, _ in a })
        let lists = elements.filter { $0.name == "listRelation" }
        let removed = lists.filter { $0.attribute("type") == TEI.removedRolesType }.flatMap(\.elements)
        #expect(removed.count == record.removedRoles.count)
        #expect(removed.allSatisfy { $0.attribute("type") == "removed" }, "\(removed.map(\.attributes))")
        #expect(lists.filter { $0.attribute("type") == "roles" }.flatMap(\.elements).allSatisfy { $0.attribute("type") == nil })
        for relation in removed + lists.filter({ $0.attribute("type") == "roles" }).flatMap(\.elements) where relation.attribute("active") != nil {
            for target in Self.tokens(relation.attribute("corresp")) {
                #expect(ids[target]?.name == "affiliation", "\(relation.attributes): @corresp \(target) is no affiliation")
            }
        }
        let ueno = try #require(removed.first { $0.attribute("active") == "#person.ueno" })
        #expect(!Self.tokens(ueno.attribute("corresp")).isEmpty)
        try TEITools.expectAccepted(TEI.export(record), name: "removed-type.tei.xml")
    }

    /// A role removed leaves its holder the affiliation printed with the name: the person is what
    /// the page says she is whether or not she held the role. Each person of the record keeps the
    /// affiliations the uncorrected record gives her.
    @Test func aRemovedRoleLeavesItsHolderThePrintedAffiliation() throws {
        let record = try Self.corrected(Self.removedRoles)
        let original = try CorrectionsTests.run(CorrectionsFile(fileName: "none.csv", rows: [])).record
        func affiliations(_ record: Record) throws -> [String: [String]] {
            let persons = Self.all(try Self.tree(record)).filter { $0.name == "person" }
            let xmlId = "http://www.w3.org/XML/1998/namespace"
            return Dictionary(uniqueKeysWithValues: persons.compactMap { person in
                person.attribute("id", namespace: xmlId).map { id in (id, person.elements.filter { $0.name == "affiliation" }.map(\.textContent)) }
            })
        }
        let (before, after) = (try affiliations(original), try affiliations(record))
        for id in ["person.ueno", "person.doden"] {
            #expect(after[id] == before[id] && !(after[id] ?? []).isEmpty, "\(id): \(after[id] ?? []) ≠ \(before[id] ?? [])")
        }
        #expect(after["person.doden"]?.contains("Senior Commentator, NHK") == true)
        let back = try TEITools.readBack(TEI.export(record), name: "removed-affiliation.tei.xml")
        #expect(back.removedRoles == record.removedRoles)
    }

    // MARK: - What the page prints stays as printed

    /// The source description describes the source as printed: a corrected title is the file's
    /// title in titleStmt, and sourceDesc keeps the title the page prints.
    @Test func aCorrectedTitleLeavesTheSourcesTitleAsPrinted() throws {
        let record = try Self.corrected()
        let tei = String(decoding: TEI.export(record), as: UTF8.self)
        let titleStmt = try #require(tei.firstRange(of: "<titleStmt>").flatMap { start in
            tei.firstRange(of: "</titleStmt>").map { String(tei[start.lowerBound..<$0.upperBound]) }
        })
        #expect(titleStmt.contains(##"<title xml:id="fact.title" type="main" source="text:0,1" change="#correction."##))
        #expect(titleStmt.contains(##"<title xml:id="fact.subtitle" type="sub" source="text:1,2" change="#correction."##))
        #expect(titleStmt.contains(">Symposium on Human Security 2010</title>"))
        let bibl = try #require(tei.firstRange(of: #"<bibl xml:id="source">"#).map { String(tei[$0.lowerBound...].prefix(400)) })
        #expect(bibl.contains(#"<title type="main" source="text:0,1">Symposium on Human Security</title>"#), "\(bibl)")
        #expect(bibl.contains(#"<title type="sub" source="text:1,2">Realizing Human Security in Asia</title>"#), "\(bibl)")
        #expect(!bibl.contains("2010</title>") && !bibl.contains("Realising"))
        let back = try #require(TEI.importRecord(TEI.export(record), fileName: "r.tei.xml").0)
        #expect(back.event.title == "Symposium on Human Security 2010" && back.event.subtitle == "Realising Human Security in Asia")
    }

    /// A corrected venue keeps the words the page prints, as `orig` beside the corrected `reg`,
    /// which the change points at; read back, the venue is the corrected one.
    @Test func aCorrectedVenueKeepsThePrintedWords() throws {
        let record = try Self.corrected()
        let tei = String(decoding: TEI.export(record), as: UTF8.self)
        let venue = try #require(record.corrections.first { $0.fact == .venue })
        let compact = tei.replacing(/>\s+</, with: "><")
        #expect(compact.contains(##"<placeName type="venue" ref="#place.venue" source="text:9,10"><choice>"##
            + "<orig>Komaba Campus of the University of Tokyo</orig>"
            + ##"<reg xml:id="fact.venue" change="#correction.\##(venue.id)">Komaba Campus, University of Tokyo</reg>"##
            + "</choice></placeName>"), "\(tei)")
        let back = try #require(TEI.importRecord(TEI.export(record), fileName: "r.tei.xml").0)
        #expect(back.event.venue == "Komaba Campus, University of Tokyo" && back.event.venueLine == 10)
        let removed = try Self.corrected(Self.removals)
        #expect(String(decoding: TEI.export(removed), as: UTF8.self).contains("<orig>Komaba Campus of the University of Tokyo</orig>"))
        #expect(try #require(TEI.importRecord(TEI.export(removed), fileName: "r.tei.xml").0).event.venue == nil)
    }

    /// So does a corrected document type, which the source description gives: the words the page
    /// prints in `orig`, the corrected type in `reg`.
    @Test func aCorrectedDocumentTypeKeepsThePrintedWords() throws {
        let record = try Self.corrected()
        let compact = String(decoding: TEI.export(record), as: UTF8.self).replacing(/>\s+</, with: "><")
        let correction = try #require(record.corrections.first { $0.fact == .documentType })
        #expect(compact.contains(##"<title type="desc" source="text:3,4"><choice><orig>Summary and Evaluation</orig>"##
            + ##"<reg xml:id="fact.document-type" change="#correction.\##(correction.id)">Summary and evaluation</reg></choice></title>"##))
        let back = try #require(TEI.importRecord(TEI.export(record), fileName: "r.tei.xml").0)
        #expect(back.document.documentType == "Summary and evaluation" && back.document.documentTypeLine == 4)
    }

    // MARK: - A summary whose event date is a line of its own

    static let water = "Symposium on Water Futures\n\n3-4 March 2011\n\n1. Discussions\n\nThe participants discussed the rivers at the Hotel Okura.\n"

    static func water(_ rows: String) throws -> Record {
        let (file, findings) = CorrectionsFile.parse(Array("file,line,fact,old,new,by,date\n\(rows)".utf8), fileName: "c.csv")
        #expect(findings.isEmpty, "\(findings)")
        let run = Batch.importAll([BatchInput(name: "water.txt", bytes: Array(water.utf8))], corrections: file)
        #expect(!run.findings.hasErrors, "\(run.findings)")
        let record = try #require(run.records.first)
        #expect(record.corrections.count == 1, "\(run.findings)")
        return record
    }

    /// The body prints the event's date on a line of its own, a `date` of the text: the page's
    /// words, with the reading the importer gave them (`@when`, or `@from` and `@to`), whatever a
    /// correction made of the dates; the corrected dates are the header's and the standOff's,
    /// which point at the change, and it at them.
    @Test func theTextsDateKeepsThePrintedReading() throws {
        let record = try Self.water("water.txt,3,start-date,2011-03-03,2011-03-02,J,2024-05-01")
        #expect(record.event.startDate == "2011-03-02" && record.event.dateLine == 3)
        let untargeted = try Self.checkPointers(record)
        #expect(untargeted == [], "\(untargeted)")
        let root = try Self.tree(record)
        let text = try #require(root.elements.first { $0.name == "text" })
        let dates = Self.all(text).filter { $0.name == "date" }
        #expect(dates.count == 1 && dates.allSatisfy { $0.attribute("change") == nil && $0.attribute("from") == "2011-03-03"
                                                     && $0.attribute("to") == "2011-03-04" }, "\(dates.map(\.attributes))")
        let change = "correction.\(try #require(record.corrections.first).id)"
        let tei = String(decoding: TEI.export(record), as: UTF8.self)
        #expect(tei.contains(##"<date xml:id="fact.date" from="2011-03-02" to="2011-03-04" source="text:2,3" change="#\##(change)"/>"##), "\(tei)")
        #expect(tei.contains(##"<event xml:id="event" type="symposium" from="2011-03-02" to="2011-03-04" change="#\##(change)">"##), "\(tei)")
        let back = try #require(TEI.importRecord(TEI.export(record), fileName: "r.tei.xml").0)
        #expect(back.corrections == record.corrections && TEI.export(back) == TEI.export(record))
        #expect(back.event.startDate == "2011-03-02")
        // TEI All and the profile take the text's date as the page's.
        let (directory, files) = try TEITools.write([("water.tei.xml", TEI.export(record))])
        defer { try? FileManager.default.removeItem(at: directory) }
        let jing = try TEITools.jing(files)
        #expect(jing.status == 0 && jing.output.isEmpty, "\(jing.output)")
        let xmllint = try TEITools.xmllint(schema: try SchemaLocator.locate(TEI.schemaFileName), files)
        #expect(xmllint.status == 0, "\(xmllint.output)")
        #expect(try SubmissionValidator().validate(TEI.export(record), name: "water.tei.xml").status(strict: false) == .valid)
    }

    /// So does the title page's date of the page: `docDate` gives the page's date as printed and
    /// read; the corrected issue date is `creation/date`'s, which points at the change.
    @Test func theTitlePagesDateKeepsThePrintedReading() throws {
        let record = try Self.corrected()
        let issued = try #require(record.corrections.first { $0.fact == .issued })
        let root = try Self.tree(record)
        let text = try #require(root.elements.first { $0.name == "text" })
        let docDates = Self.all(text).filter { $0.name == "docDate" }
        #expect(!docDates.isEmpty && docDates.allSatisfy { $0.attribute("when") == issued.old && $0.attribute("change") == nil },
                "\(docDates.map(\.attributes))")
        let creation = Self.all(root).filter { $0.name == "date" && $0.attribute("id", namespace: "http://www.w3.org/XML/1998/namespace") == "fact.issued" }
        #expect(creation.count == 1 && creation[0].attribute("when") == issued.new && Self.tokens(creation[0].attribute("change")) == ["correction.\(issued.id)"])
        _ = try Self.checkPointers(record)
    }

    /// A subtitle the page does not print, which a correction added, is the file's: the source
    /// description, which describes the page, gives none.
    @Test func anAddedSubtitleIsNotTheSourcesSubtitle() throws {
        let record = try Self.water("water.txt,1,subtitle,,Rivers and Cities,J,2024-05-01")
        #expect(record.event.subtitle == "Rivers and Cities")
        let tei = String(decoding: TEI.export(record), as: UTF8.self)
        let bibl = try #require(tei.firstRange(of: #"<bibl xml:id="source">"#).flatMap { start in
            tei.firstRange(of: "</bibl>").map { String(tei[start.lowerBound..<$0.upperBound]) }
        })
        #expect(bibl.contains(#"<title type="main" source="text:0,1">Symposium on Water Futures</title>"#) && !bibl.contains("Rivers and Cities"), "\(bibl)")
        #expect(tei.contains(">Rivers and Cities</title>"))
        let back = try #require(TEI.importRecord(TEI.export(record), fileName: "r.tei.xml").0)
        #expect(back.event.subtitle == "Rivers and Cities" && TEI.export(back) == TEI.export(record))
    }
}
