internal import Foundation

/// The `teiHeader`: the file, its source, the encoding, the participants and the setting.
extension TEIWriter {
    func header() {
        writer.element("teiHeader") {
            writer.element("fileDesc") {
                writer.element("titleStmt") {
                    let lines = titleLines()
                    writer.element("title", ["xml:id": changedId("title", "fact.title"), "type": "main", "source": lines.main,
                                            "change": change("title")], text: record.event.title)
                    writer.element("title", ["xml:id": changedId("subtitle", "fact.subtitle"), "type": "sub", "source": lines.sub,
                                            "change": change("subtitle")], text: record.event.subtitle)
                    // The converter is named in appInfo only: it is software, not a party responsible for the text.
                    if [record.document.issuer, record.document.sourceURL].contains(where: { $0?.catalogued != nil }) {
                        // @resp names an agent: the catalogue, as the name in this respStmt.
                        writer.element("respStmt") {
                            writer.element("resp", text: "Values marked with @resp in the source description, as the archive's"
                                + " catalogue gives them; they are preferred to the text's own")
                            writer.element("name", ["xml:id": scoped(TEI.catalogueId), "type": "catalogue"], text: "the catalogue of the archive")
                        }
                    }
                    // Who made this encoding, as archives expect beside the software in appInfo: the publisher the run names
                    // (convert --publisher), which ran the conversion; without one nobody is named, since the converter cannot know.
                    if let publisher = publication.publisher {
                        writer.element("respStmt") {
                            writer.element("resp", text: "TEI encoding, by conversion of the source text with the software in appInfo")
                            writer.element("name", ["type": "publisher"], text: publisher)
                        }
                    }
                    correctors()
                }
                publication.write(writer, recordId: record.id, rights: "The rights in the printed summary remain with its issuer.")
                writer.element("sourceDesc") { sourceBibl() }
            }
            writer.element("encodingDesc") {
                // In a corpus what every record shares is declared once, in the corpus's header.
                if case .standalone = placement { TEIEncodingDecl.write(writer) }
                writer.element("listPrefixDef") {
                    writer.element("prefixDef", ["ident": TEI.textPrefix, "matchPattern": "([0-9]+),([0-9]+)",
                                                 "replacementPattern": (sourceReference ?? IRI.segment(record.document.sourceFile)) + "#line=$1,$2"]) {
                        writer.element("p", text: "text:A,B in @source is the RFC 5147 fragment line=A,B of the source file,"
                            + " described in sourceDesc, that the element was read from: lines A+1 to B, since RFC 5147"
                            + " counts the positions between lines from 0. The file is named as seen from this TEI"
                            + " file's folder, where it was written.")
                    }
                }
            }
            writer.element("profileDesc") {
                if let issued = record.document.issued {
                    writer.element("creation") {
                        // @when is the value of the words a date holds (Guidelines 3.6.4): a corrected date holds none,
                        // since the page's words do not mean it; sourceDesc's date and the title page keep them.
                        date(["xml:id": changedId("issued", "fact.issued"), "when": issued, "source": TEI.lines(record.document.issuedLine),
                              "change": change("issued")],
                             printed: record.printedValue(.issued) != nil ? nil
                                : printedDate(issued, on: record.document.issuedLine))
                    }
                }
                writer.element("langUsage") {
                    writer.element("language", ["ident": record.document.language]) {}
                }
                writer.element("textClass") {
                    writer.element("catRef", ["scheme": "#event-kinds", "target": "#" + P.eventKind + record.event.kind.rawValue]) {}
                }
                particDesc()
                settingDesc()
            }
            writer.element("revisionDesc") {
                writer.startElement("change")
                if let convertedAt {
                    writer.attribute("when", DateText.timestamp(convertedAt))
                }
                writer.suspendIndentation()
                writer.text("Converted from the source file with SHA-256 ")
                writer.element("idno", ["type": "sha256"], text: record.document.sha256)
                writer.endElement()
                writer.resumeIndentation()
                corrections()
            }
        }
    }

    /// The lines of the main title and of the subtitle, each its own: the title block's printed
    /// lines that the front gives as `titlePart` main or sub. Import takes the event's title lines
    /// as the span from the first of them to the last, so they are split only when that span is
    /// exactly the record's; else the main title keeps the whole span, as TEI from elsewhere may.
    func titleLines() -> (main: String, sub: String?) {
        let span = record.event.titleSpan
        var main: [Int] = [], sub: [Int] = []
        for line in record.printed where span.first <= line.line && line.line <= span.last {
            switch frontLine(line) {
            case .title("main"): main.append(line.line)
            case .title("sub"): sub.append(line.line)
            default: break
            }
        }
        let all = main + sub
        guard !main.isEmpty, all.min() == span.first, all.max() == span.last else { return (TEI.lines(span), nil) }
        func runs(_ lines: [Int]) -> String? {
            // Consecutive lines as one span: "text:1,3" for lines 2 and 3.
            var spans: [SourceSpan] = []
            for line in lines.sorted() {
                if let last = spans.last, last.last + 1 == line { spans[spans.count - 1].last = line } else { spans.append(SourceSpan(line)) }
            }
            return spans.isEmpty ? nil : spans.map(TEI.lines).joined(separator: " ")
        }
        return (runs(main)!, runs(sub))
    }

    func sourceBibl() {
        let document = record.document
        writer.element("bibl", ["xml:id": scoped(TEI.sourceId)]) {
            // The source as printed: the titles the page prints, which a correction of the record's title leaves as they are,
            // on their lines, which a subtitle removed from the titleStmt leaves to these alone.
            let printedSubtitle = record.asPrinted(.subtitle, record.event.subtitle)
            let lines = titleLines()
            writer.element("title", ["type": "main", "source": lines.main], text: record.asPrinted(.title, record.event.title) ?? "")
            writer.element("title", ["type": "sub", "source": printedSubtitle == nil ? nil : lines.sub], text: printedSubtitle)
            printedOrCorrected("title", [("type", "desc"), ("source", TEI.lines(document.documentTypeLine))], fact: .documentType,
                               id: "fact.document-type", value: document.documentType, line: document.documentTypeLine)
            if let issuer = document.issuer {
                // The issuer the authority table identifies, as att.canonical points at it: @ref
                // holds the authorities' IRIs.
                let ref = document.issuerAuthorities.isEmpty ? nil : document.issuerAuthorities.map(\.iri).joined(separator: " ")
                sourceFact("publisher", issuer, ref: ref)
                writer.element("orgName", ["type": "authority"], text: document.issuerAuthorityName)
            }
            // The page's own date as printed, which a correction of the record's date leaves as it is.
            let issued = record.asPrinted(.issued, document.issued)
            if issued != nil || document.issuedLine != nil {
                date(["when": issued, "source": TEI.lines(document.issuedLine)], printed: printedDate(issued, on: document.issuedLine))
            }
            writer.element("idno", ["type": "filename"], text: document.sourceFile)
            if let symbol = document.symbol {
                writer.element("idno", ["type": "symbol", "source": TEI.lines(symbol.line)], text: symbol.text)
            }
            if let url = document.sourceURL { sourceFact("ref", url, target: url.value) }
            for note in document.notes {
                writer.element("note", ["source": TEI.lines(note.line)], text: note.text)
            }
        }
    }

    /// The issuer (`publisher`) or the URL (`ref`): the text's value has its line in `@source`, the
    /// catalogue's points with `@resp` at the catalogue's `respStmt`. When they differ, both are
    /// kept: the catalogue's is the regularised reading, the text's the original.
    func sourceFact(_ name: String, _ fact: SourceFact, target: String? = nil, ref: String? = nil) {
        let resp = self.ref(TEI.catalogueId)
        guard let printed = fact.printed, let catalogued = fact.catalogued, printed.text != catalogued else {
            writer.element(name, ["target": target, "ref": ref, "resp": fact.catalogued != nil ? resp : nil,
                                  "source": TEI.lines(fact.printed?.line)], text: fact.value)
            return
        }
        writer.element(name, ["target": target, "ref": ref]) {
            writer.element("choice") {
                writer.element("reg", ["resp": resp], text: catalogued)
                writer.element("orig", ["source": TEI.lines(printed.line)], text: printed.text)
            }
        }
    }

    /// The words that print the date `iso` (to `last`, for a range) on `line`, as printed: "March
    /// 2003", "February 25", "23rd February, 2010", "9-11 October 2018"; a date printed without its
    /// year matches on its month and day, as the reader completed it. Nil when the line prints no such
    /// date (a date from the catalogue, or a line that is gone); the element is then empty, its
    /// value in `@when`. Found again from the record on every export, so the TEI read back and
    /// written again is the same; import reads the attributes.
    func printedDate(_ iso: String?, to last: String? = nil, on line: Int?) -> String? {
        guard let iso, let line else { return nil }
        let year = Int(iso.prefix(4))
        let texts = record.printed.filter { $0.line == line }.map(\.text)
            + record.sections.filter { $0.line == line }.map(\.heading)
            + record.statements.filter { $0.span.first <= line && line <= $0.span.last }.map(\.text)
            + record.document.notes.filter { $0.line == line }.map(\.text)
        for text in texts {
            for date in Dates.all(in: text) {
                let completed = date.completed(withYear: year)
                if completed.iso == iso, completed.lastIso == last { return String(text[date.range]) }
            }
        }
        return nil
    }

    /// A `date` with the words that print it, or empty when no line of the record does.
    func date(_ attributes: KeyValuePairs<String, String?>, printed: String?) {
        if let printed { writer.element("date", attributes, text: printed) } else { writer.element("date", attributes) {} }
    }

    /// A value that may be missing while its line is known: then the element is written empty.
    func optional(_ name: String, _ attributes: KeyValuePairs<String, String?>, _ value: String?, line: Int?) {
        guard value != nil || line != nil else { return }
        writer.element(name, attributes, text: value ?? "")
    }

    func particDesc() {
        guard !record.persons.isEmpty || !record.organizations.isEmpty else { return }
        writer.element("particDesc") {
            if !record.persons.isEmpty {
                writer.element("listPerson") { record.persons.forEach(person) }
            }
            if !record.organizations.isEmpty {
                writer.element("listOrg") {
                    let nested = Set(organisationParts.parts.map(\.organization))
                    for organization in record.organizations where !nested.contains(organization.id) { self.organization(organization) }
                }
            }
        }
    }

    /// The person's name; when a correction gave it, the name as printed beside it (`persName
    /// type="printed"`, its parts marked where the reader found them), as a register of persons
    /// gives a person's several names, each a `persName` of its type (Guidelines 13.3.2.1), and
    /// as ParlaMint's `listPerson` gives the name a person has rather than a transcription.
    /// `choice` with `sic` and `corr` belongs to a transcription of the text, which the body is:
    /// it keeps the printed words. The parts (`type="parts"`) are the name's.
    func person(_ person: Person) {
        writer.element("person", ["xml:id": scoped(P.person + person.id), "source": TEI.lines(person.lines),
                                  "change": change("person.\(person.id)", "holder." + P.person + person.id)]) {
            writer.element("persName", ["xml:id": changedId("name.\(person.id)", P.person + person.id + ".name"),
                                        "change": change("name.\(person.id)")], text: person.name)
            if let printed = person.printedName { printedName(printed, given: person.givenName, family: person.familyName) }
            for variant in person.variants { writer.element("persName", ["type": "variant"], text: variant) }
            let parts = person.nameParts
            if person.honorific != nil || parts.given != nil || parts.family != nil {
                writer.element("persName", ["type": "parts"]) {
                    writer.element("roleName", ["type": "honorific"], text: person.honorific)
                    writer.element("forename", text: parts.given)
                    writer.element("surname", text: parts.family)
                }
            }
            // The name of the authority table's entry that identifies the person, alike in every
            // record (as the venue's and the issuer's are); names before identifiers.
            writer.element("persName", ["type": "authority"], text: person.authorityName)
            authorities(person.authorities)
            for affiliation in affiliations[person.id] ?? [] { self.affiliation(affiliation) }
        }
    }

    /// The name as printed, with the given and family name the reader took from it marked in
    /// place, so that it reads as printed and its parts are found again on import. A part that the
    /// printed words do not hold as they stand (TEI from elsewhere) is left unmarked.
    func printedName(_ printed: String, given: String?, family: String?) {
        var marks: [(range: Range<String.Index>, element: String)] = []
        for (part, element) in [(family, "surname"), (given, "forename")] {
            guard let part, !part.isEmpty else { continue }
            var from = printed.startIndex
            while let found = printed.range(of: part, range: from..<printed.endIndex) {
                let clear = !marks.contains { $0.range.overlaps(found) }
                let bounded = (found.lowerBound == printed.startIndex || printed[printed.index(before: found.lowerBound)] == " ")
                    && (found.upperBound == printed.endIndex || printed[found.upperBound] == " ")
                if clear, bounded {
                    marks.append((found, element))
                    break
                }
                from = printed.index(after: found.lowerBound)
            }
        }
        marks.sort { $0.range.lowerBound < $1.range.lowerBound }
        writer.startElement("persName")
        writer.attribute("type", "printed")
        writer.suspendIndentation()
        var at = printed.startIndex
        for mark in marks {
            writer.text(String(printed[at..<mark.range.lowerBound]))
            writer.element(mark.element, text: String(printed[mark.range]))
            at = mark.range.upperBound
        }
        writer.text(String(printed[at...]))
        writer.endElement()
        writer.resumeIndentation()
    }

    /// A body named by a country's name alone ("Japan hosted a side event, co-hosted by Liberia"):
    /// the state, acting as an organisation does (it hosts, it organises), so an `org`, whose
    /// `@type` says that it is a state, not a place where something happened.
    func organization(_ organization: Organization) {
        let state = NameVocabulary.builtIn.countries.contains(organization.name.lowercased())
            || NameVocabulary.builtIn.countries.contains(organization.name.lowercased().replacing("the ", with: ""))
        // When one is nested in another, each has its place in the record's list (att.sortable), which the nesting does not keep.
        let place = organisationParts.parts.isEmpty ? nil : record.organizations.firstIndex { $0.id == organization.id }.map { String($0 + 1) }
        writer.element("org", ["xml:id": scoped(P.organization + organization.id), "type": state ? "state" : nil, "sortKey": place,
                               "source": TEI.lines(organization.lines), "change": change("holder." + P.organization + organization.id)]) {
            // "United Nations Development Programme (UNDP)": the name in full and its abbreviation, as ParlaMint gives them.
            let key = "orgname.\(organization.id)", id = P.organization + organization.id
            let change = change(key)
            if let (full, abbreviation) = OrganizationName.abbreviated(organization.name) {
                writer.element("orgName", ["xml:id": changedId(key, id + ".name"), "full": "yes", "change": change], text: full)
                writer.element("orgName", ["xml:id": changedId(key, id + ".abb"), "full": "abb", "change": change], text: abbreviation)
            } else {
                writer.element("orgName", ["xml:id": changedId(key, id + ".name"), "change": change], text: organization.name)
            }
            // A name a correction gave: the name as printed beside it, as a person's (see `person`).
            writer.element("orgName", ["type": "printed"], text: organization.printedName)
            // The name of the authority table's entry that identifies it, as a person's (see `person`).
            writer.element("orgName", ["type": "authority"], text: organization.authorityName)
            authorities(organization.authorities)
            units(in: organization.id)
            // The organisations the text names as part of this one (`TEIOrganisationParts`), in the record's order.
            for part in organisationParts.parts where part.parent == organization.id {
                if let child = record.organization(part.organization) { self.organization(child) }
            }
        }
    }

    /// The units of an organisation its persons' affiliations print, each an `org` in it.
    func units(in parent: String) {
        for unit in units.children[parent] ?? [] {
            writer.element("org", ["xml:id": scoped(P.organization + unit.id), "source": TEI.lines(unit.lines.sorted())]) {
                writer.element("orgName", text: unit.name)
                units(in: unit.id)
            }
        }
    }

    func authorities(_ links: [AuthorityLink]) {
        // As ParlaMint gives them: the identifier as the authority publishes it, the authority in @subtype.
        for link in links { writer.element("idno", ["type": "URI", "subtype": link.scheme.rawValue], text: link.iri) }
    }

    func settingDesc() {
        let event = record.event
        let hasDate = event.startDate != nil || event.endDate != nil || event.dateLine != nil
        guard event.venue != nil || event.venueLine != nil || hasDate || event.time != nil || event.timeLine != nil
        else { return }
        writer.element("settingDesc") {
            writer.element("setting") {
                let venueRef = event.venue.map { _ in ref(TEI.venueId) }
                printedOrCorrected("placeName", [("type", "venue"), ("ref", venueRef), ("source", TEI.lines(event.venueLine))],
                                   fact: .venue, id: "fact.venue", value: event.venue, line: event.venueLine)
                if hasDate {
                    let dates = TEI.dating(event)
                    // As the date of issue: a corrected date holds no words, which the text keeps with their own reading.
                    let printed = [.startDate, .endDate].contains { record.printedValue($0) != nil } ? nil
                        : printedDate(event.startDate, to: event.endDate, on: event.dateLine)
                    // Words without the year ("February 25"): the year is the converter's reading, as in the text.
                    let supplied = printed.map { words in Dates.all(in: words).contains { $0.year == nil } } == true
                    date(["xml:id": changedId("date", "fact.date"), "when": dates.when, "from": dates.from, "to": event.endDate,
                          "resp": supplied ? "#" + TEI.applicationId : nil, "cert": supplied ? "high" : nil,
                          "evidence": supplied ? "internal" : nil, "source": TEI.lines(event.dateLine), "change": change("date")],
                         printed: printed)
                }
                optional("time", ["source": TEI.lines(event.timeLine)], event.time, line: event.timeLine)
            }
        }
    }
}
