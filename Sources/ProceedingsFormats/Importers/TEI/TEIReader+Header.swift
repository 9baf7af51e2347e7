internal import Foundation

/// The header: the file and its source, the persons and organisations, the setting.
extension TEIReader {
    func header(_ header: XMLElement, document: inout Document, event: inout Event, id: inout String?,
                title: inout XMLElement?) {
        for section in children(of: header) {
            switch section.name {
            case "fileDesc":
                // The main title's and the subtitle's own lines; the event's title lines run from the first to the last.
                // A subtitle a correction removed is the source description's alone, on the lines it is printed on.
                var titleSpans: [SourceSpan] = []
                var subtitleSpans: [SourceSpan] = []
                var printedSubtitleSpans: [SourceSpan] = []
                for child in children(of: section) {
                    switch child.name {
                    case "titleStmt":
                        for element in children(of: child) {
                            switch (element.name, element.attribute("type")) {
                            // A main title always wins; an untyped one stands in only for a missing main title.
                            case ("title", "main"?),
                                 ("title", nil) where title == nil:
                                title = element
                                event.title = element.textContent
                                event.titleSpan = span(element)
                                titleSpans = spans(element)
                            case ("title", "sub"?):
                                event.subtitle = element.textContent
                                subtitleSpans = spans(element)
                            case ("respStmt", _):
                                // Who made the electronic file, which export writes anew; a corrector is named by the changes,
                                // which point at the respStmt (at its name, before).
                                for name in children(of: element) where name.name == "name" && name.attribute("type") == "corrector" {
                                    for id in [element, name].compactMap({ $0.attribute("id", namespace: xmlNamespace) }) {
                                        correctors[unscoped(id)] = (name.textContent, name.attribute("ref"))
                                    }
                                }
                            default:
                                unmapped(element, in: child)
                            }
                        }
                    case "publicationStmt":
                        for element in children(of: child) {
                            if element.name == "idno", element.attribute("type") == "record" {
                                id = id ?? element.textContent
                            } else if !["authority", "publisher", "distributor", "availability", "pubPlace", "date",
                                        "idno", "p", "address"].contains(element.name) {
                                unmapped(element, in: child)
                            }
                        }
                    case "sourceDesc":
                        for bibl in children(of: child) {
                            guard bibl.name == "bibl" else { unmapped(bibl, in: child); continue }
                            self.bibl(bibl, into: &document)
                            for title in children(of: bibl) where title.name == "title" && title.attribute("type") == "sub" {
                                printedSubtitleSpans += spans(title)
                            }
                        }
                    case "editionStmt", "extent", "seriesStmt", "notesStmt":
                        break
                    default:
                        unmapped(child, in: section)
                    }
                }
                let lines = titleSpans.isEmpty ? [] : titleSpans + (subtitleSpans.isEmpty ? printedSubtitleSpans : subtitleSpans)
                if let first = lines.map(\.first).min(), let last = lines.map(\.last).max() {
                    event.titleSpan = SourceSpan(first, last)
                }
            case "encodingDesc":
                break  // describes the encoding, which export writes anew
            case "profileDesc":
                for child in children(of: section) {
                    switch child.name {
                    case "langUsage":
                        if let language = children(of: child).first(where: { $0.name == "language" })?.attribute("ident") {
                            document.language = language
                        }
                    case "particDesc":
                        for list in children(of: child) {
                            switch list.name {
                            case "listPerson":
                                for element in children(of: list) {
                                    element.name == "person" ? person(element) : unmapped(element, in: list)
                                }
                            case "listOrg":
                                for element in children(of: list) {
                                    switch element.name {
                                    case "org": organization(element)
                                    default: unmapped(element, in: list)
                                    }
                                }
                            default:
                                unmapped(list, in: child)
                            }
                        }
                    case "creation", "textClass":
                        break  // the page's date and the event's kind, read from sourceDesc and the event
                    case "settingDesc":
                        for setting in children(of: child) {
                            guard setting.name == "setting" else { unmapped(setting, in: child); continue }
                            self.setting(setting, into: &event)
                        }
                    default:
                        unmapped(child, in: section)
                    }
                }
            case "revisionDesc":
                for change in children(of: section) {
                    if change.attribute("type") == TEI.correctionType {
                        correction(change)
                        continue
                    }
                    for idno in children(of: change) where idno.name == "idno" && idno.attribute("type") == "sha256" {
                        document.sha256 = idno.textContent
                    }
                }
            default:
                unmapped(section, in: header)
            }
        }
    }

    func bibl(_ bibl: XMLElement, into document: inout Document) {
        for element in children(of: bibl) {
            switch (element.name, element.attribute("type")) {
            case ("title", "desc"?):
                document.documentType = nonEmpty(regularised(element))
                document.documentTypeLine = optionalLine(element)
            case ("title", _):
                break  // the event's title, read from titleStmt
            case ("date", _):
                // The value is the attribute's; the content is the date as printed ("March 2003"),
                // read as a date only where no attribute gives one (TEI from elsewhere). It is the
                // page's date: a correction of it is replayed after the changes are read.
                document.issued = element.attribute("when") ?? element.attribute("from")
                    ?? Dates.all(in: element.textContent).first?.iso ?? nonEmpty(element.textContent)
                document.issuedLine = optionalLine(element)
            case ("idno", "filename"?):
                document.sourceFile = element.textContent
            case ("idno", "symbol"?):
                document.symbol = TextLine(text: element.textContent, line: line(element))
            case ("note", _):
                document.notes.append(TextLine(text: element.textContent, line: line(element)))
            case ("publisher", _):
                document.issuer = sourceFact(element, value: { $0.textContent }) { $0.isEmpty ? "an empty publisher" : nil }
                document.issuerAuthorities = (element.attribute("ref") ?? "").split(whereSeparator: \.isWhitespace)
                    .compactMap { authority(uri: String($0), on: element, naming: .organization) }.sorted()
            case ("orgName", "authority"?):
                document.issuerAuthorityName = nonEmpty(element.textContent)
            case ("ref", _), ("ptr", _):
                // The link's target is the URL; the text of a `ref` only shows it.
                document.sourceURL = sourceFact(element, value: { $0.attribute("target") ?? $0.textContent },
                                                check: SourceURL.problem)
            default:
                unmapped(element, in: bibl)
            }
        }
    }

    /// A value of the text (`@source`), of the catalogue (`@resp="#catalogue"`), or both; or,
    /// when they differ, `choice` with the catalogue's `reg` and the text's `orig`. A value with
    /// neither attribute is the text's, on its line in this file. A value that `check` refuses is
    /// left out with a warning.
    func sourceFact(_ element: XMLElement, value: (XMLElement) -> String,
                    check: (String) -> String?) -> SourceFact? {
        func accepted(_ text: String, _ holder: XMLElement) -> String? {
            guard let reason = check(text) else { return text }
            problem(.warning, holder, "\(reason); left out")
            return nil
        }
        let fromCatalogue = { (holder: XMLElement) in holder.attribute("resp").map(self.pointer) == TEI.catalogueId }
        if let choice = children(of: element).first(where: { $0.name == "choice" }) {
            var printed: TextLine?, catalogued: String?
            for reading in children(of: choice) {
                switch reading.name {
                case "reg": catalogued = accepted(reading.textContent, reading)
                case "orig": printed = accepted(reading.textContent, reading).map { TextLine(text: $0, line: line(reading)) }
                default: unmapped(reading, in: choice)
                }
            }
            return SourceFact(printed: printed, catalogued: catalogued)
        }
        guard let text = accepted(value(element), element) else { return nil }
        let catalogued = fromCatalogue(element)
        let printed = !catalogued || element.attribute("source") != nil
        return SourceFact(printed: printed ? TextLine(text: text, line: line(element)) : nil,
                          catalogued: catalogued ? text : nil)
    }

    func setting(_ setting: XMLElement, into event: inout Event) {
        for element in children(of: setting) {
            switch element.name {
            case "name", "placeName":
                event.venue = nonEmpty(regularised(element))
                event.venueLine = optionalLine(element)
            case "date":
                event.startDate = element.attribute("when") ?? element.attribute("from")
                event.endDate = element.attribute("to")
                event.dateLine = optionalLine(element)
            case "time":
                event.time = nonEmpty(element.textContent)
                event.timeLine = optionalLine(element)
            default:
                unmapped(element, in: setting)
            }
        }
    }

    func person(_ element: XMLElement) {
        var person = Person(id: local(element.attribute("id", namespace: xmlNamespace) ?? "", P.person),
                            name: "", lines: lines(element))
        var named = false
        // The parts of the name as printed: the printed persName's when a correction gave the name.
        var printedParts: (given: String?, family: String?)?
        for child in children(of: element) {
            switch (child.name, child.attribute("type")) {
            case ("persName", "variant"?):
                person.variants.append(child.textContent)
            case ("persName", "printed"?):
                person.printedName = child.textContent
                var parts: (given: String?, family: String?) = (nil, nil)
                for part in children(of: child) {
                    switch part.name {
                    case "forename": parts.given = part.textContent
                    case "surname": parts.family = part.textContent
                    default: unmapped(part, in: child)
                    }
                }
                printedParts = parts
            case ("persName", "authority"?):
                person.authorityName = nonEmpty(child.textContent)
            case ("persName", "parts"?):
                for part in children(of: child) {
                    switch part.name {
                    case "roleName": person.honorific = part.textContent
                    case "forename": person.givenName = part.textContent
                    case "surname": person.familyName = part.textContent
                    default: unmapped(part, in: child)
                    }
                }
            case ("persName", _) where !named:
                person.name = child.textContent
                named = true
            case ("persName", _):
                person.variants.append(child.textContent)
            case ("idno", _):
                if let link = authority(child, naming: .person) { person.authorities.append(link) }
            case ("affiliation", _):
                let id = unscoped(child.attribute("id", namespace: xmlNamespace) ?? "")
                // A corrected affiliation: its words now in `reg`, beside the printed ones in `orig`.
                let text = regularised(child)
                affiliations[id] = (text.isEmpty ? nil : text, child.attribute("ref").map { local(pointer($0), P.organization) })
            default:
                unmapped(child, in: element)
            }
        }
        // The parts written beside a corrected name are made from it (`Person.nameParts`); the
        // record keeps those of the name as printed.
        if let printedParts { (person.givenName, person.familyName) = printedParts }
        if person.printedName == person.name { person.printedName = nil }
        person.authorities.sort()
        persons.append(person)
    }

    func organization(_ element: XMLElement) {
        var organization = Organization(id: local(element.attribute("id", namespace: xmlNamespace) ?? "", P.organization),
                                        name: "", lines: lines(element))
        var abbreviation: String?
        if let key = element.attribute("sortKey").flatMap({ Int($0) }) { organizationKeys[organization.id] = key }
        for child in children(of: element) {
            if child.name == "orgName", child.attribute("type") == "printed" {
                organization.printedName = child.textContent
                continue
            }
            if child.name == "orgName", child.attribute("type") == "authority" {
                organization.authorityName = nonEmpty(child.textContent)
                continue
            }
            switch (child.name, child.attribute("full")) {
            case ("orgName", "abb"?): abbreviation = child.textContent
            case ("orgName", _): organization.name = child.textContent
            case ("idno", _): if let link = authority(child, naming: .organization) { organization.authorities.append(link) }
            // An organisation the record lists, nested in the one the text names it part of, has its place in the
            // record's list; a unit an affiliation prints has none.
            case ("org", _): child.attribute("sortKey") != nil ? self.organization(child) : unit(child, of: organization.id)
            default: unmapped(child, in: element)
            }
        }
        // The name as printed: "United Nations Development Programme (UNDP)".
        if let abbreviation { organization.name = organization.name.isEmpty ? abbreviation : "\(organization.name) (\(abbreviation))" }
        if organization.printedName == organization.name { organization.printedName = nil }
        organization.authorities.sort()
        organizations.append(organization)
    }

    /// A unit of an organisation that affiliations print, nested in it: the record keeps the
    /// organisation, which a pointer at the unit names (`TEIUnits`).
    func unit(_ element: XMLElement, of organization: String) {
        let id = local(element.attribute("id", namespace: xmlNamespace) ?? "", P.organization)
        units[id] = organization
        for child in children(of: element) where child.name != "orgName" {
            child.name == "org" ? unit(child, of: organization) : unmapped(child, in: element)
        }
    }

    /// `<idno type="URI" subtype="wikidata">http://www.wikidata.org/entity/Q1254</idno>`, or as the
    /// previous release wrote it, `<idno type="wikidata">Q1254</idno>`; a URI without a subtype is
    /// known by where it lives.
    func authority(_ idno: XMLElement, naming kind: AuthorityKind? = nil) -> AuthorityLink? {
        let text = idno.textContent.trimmingCharacters(in: .whitespaces)
        let scheme = idno.attribute("type") == "URI"
            ? idno.attribute("subtype").flatMap(AuthorityScheme.init(rawValue:))
                ?? AuthorityScheme.allCases.first { text.hasPrefix($0.uriSpace) }
            : idno.attribute("type").flatMap(AuthorityScheme.init(rawValue:))
        guard let scheme else {
            unmapped(idno, in: nil)
            return nil
        }
        return authority(text, scheme: scheme, on: idno, naming: kind)
    }

    /// An IRI of @ref that names an authority record; another IRI is reported and left out.
    func authority(uri: String, on element: XMLElement, naming kind: AuthorityKind) -> AuthorityLink? {
        guard let scheme = AuthorityScheme.allCases.first(where: { uri.hasPrefix($0.uriSpace) }) else {
            problem(.warning, element, "@ref <\(uri)> is not the IRI of a known authority record; left out")
            return nil
        }
        return authority(uri, scheme: scheme, on: element, naming: kind)
    }

    func authority(_ text: String, scheme: AuthorityScheme, on element: XMLElement, naming kind: AuthorityKind?) -> AuthorityLink? {
        if let kind, !scheme.identifies(kind) {
            problem(.warning, element, "\(scheme.titleWithArticle) identifier cannot name \(kind.withArticle); left out")
            return nil
        }
        switch AuthorityLink.parse(text, scheme: scheme) {
        case .success(let link): return link
        case .failure(let invalid):
            problem(.warning, element, "\(invalid.description); left out")
            return nil
        }
    }
}
