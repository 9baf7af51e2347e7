internal import Foundation

extension TEIWriter {
    /// The ids of the `affiliation`s an affiliation is written as, one per printed position
    /// (`PrintedPositions`): its own id for the first, `.2`, `.3` after it for the others. One a
    /// correction touched stays whole, as the correction's old and new words are.
    func positionIds(_ affiliation: TEIAffiliation) -> [String] {
        let count = corrections(ofAffiliation: affiliation.id).isEmpty ? PrintedPositions.split(affiliation.text ?? "").count : 1
        return [affiliation.id] + (1..<max(count, 1)).map { "\(affiliation.id).\($0 + 1)" }
    }

    /// What a role's `@corresp` points at: every position of the affiliation it names (`id`, of
    /// `affiliationOfParticipation` or `affiliationOfRemovedRole`), a role held or removed alike.
    func affiliationPointers(_ participation: Participation, affiliation id: String?) -> String? {
        guard let id, let affiliation = participation.personId.flatMap({ affiliations[$0] })?.first(where: { $0.id == id }) else { return nil }
        return positionIds(affiliation).map(ref).joined(separator: " ")
    }

    /// An affiliation as ParlaMint gives one: an `affiliation` per position, the organisation in
    /// `@ref`, the time it held (the event's date) in `@when` or `@from`/`@to`, and in the text as
    /// printed the position as `roleName` and the organisation as `orgName`:
    /// "<roleName>Professor</roleName>, <orgName>Chuo University</orgName>". A former position
    /// ended before the event: `@notAfter` its first day, and no `@role`, which says what the person
    /// is. One a correction changed keeps the printed words in `orig` beside the corrected ones in
    /// `reg`, which the change points at, as a venue's.
    func affiliation(_ affiliation: TEIAffiliation) {
        let organization = affiliation.organizationId.flatMap { record.organization($0) }
        let text = affiliation.text ?? ""
        let ids = positionIds(affiliation)
        guard ids.count == 1 else {
            let positions = PrintedPositions.split(text)
            // The organisation is that of the positions held now ("Professor and Director, X"), and of
            // a former one only where that one prints its name and none held now does.
            let naming = positions.map { printed in organization.map { position(in: printed.text, organization: $0).organization != nil } ?? false }
            let onlyFormer = zip(positions, naming).contains { $0.former && $1 } && !zip(positions, naming).contains { !$0.former && $1 }
            // The affiliation, of those slashes part, that prints the organisation: the others print their own.
            let named = zip(positions, naming).first { $1 }?.0.affiliation ?? 0
            for (offset, (id, position)) in zip(ids, positions).enumerated() {
                // A former position in another body the record lists ("Former Director General of GATT/WTO") points at it,
                // and so does a position of another affiliation ("…/ Head, SRA Inc. Frontier Technology Laboratory").
                let own = position.affiliation == named
                let other = naming[offset] || !position.former && own ? nil : formerBody(printedIn: position.text)
                let refers = naming[offset] || (!position.former && !onlyFormer && own)
                element(affiliation, id: id, text: position.text, former: position.former, organization: refers ? organization : other,
                        change: nil) {
                    affiliationText(position.text, organization: naming[offset] ? organization : other)
                    if position.beforeSlash { writer.text("/") }
                }
            }
            return
        }
        let printed = printedAffiliation(affiliation.id)
        element(affiliation, id: affiliation.id, text: text, former: PrintedPositions.isFormer(text), organization: organization,
                change: printed == nil ? change(ofAffiliation: affiliation.id) : nil) {
            if let printed {
                // The organisation the printed words name, which the corrected affiliation may no longer.
                let named = organization.flatMap { printed.contains($0.name) ? $0 : nil }
                    ?? record.organizations.filter { printed.contains($0.name) }.max { $0.name.count < $1.name.count }
                writer.element("choice") {
                    writer.element("orig") { affiliationText(printed, organization: named) }
                    writer.element("reg", ["xml:id": scoped(affiliation.id + ".reg"), "change": change(ofAffiliation: affiliation.id)]) {
                        affiliationText(text, organization: organization)
                    }
                }
            } else {
                affiliationText(text, organization: organization)
            }
        }
    }

    private func element(_ affiliation: TEIAffiliation, id: String, text: String, former: Bool, organization: Organization?,
                         change: String?, content: () -> Void) {
        let dates: (when: String?, from: String?, to: String?) = former ? (nil, nil, nil) : TEI.dating(record.event)
        let unit = organization.flatMap { units.innermost(in: text, organization: $0) }
        // The role the position says, without the units' names ("Officer, Research Department").
        let printedRole = organization.flatMap { unit == nil ? nil : TEIUnits.units(in: text, organization: $0)?.role }
        let role = former ? nil : AffiliationRole(position: printedRole ?? position(in: text, organization: organization).role,
                                                      organization: organization?.name)
        writer.startElement("affiliation")
        for (name, value) in [("xml:id", scoped(id)), ("role", role?.rawValue),
                              ("ref", organization.map { ref(P.organization + (unit ?? $0.id)) }), ("when", dates.when),
                              ("from", dates.from), ("to", dates.to), ("notAfter", former ? record.event.startDate : nil),
                              ("source", TEI.lines(Array(Set(affiliation.lines)).sorted())), ("change", change)] {
            writer.attribute(name, value)
        }
        writer.suspendIndentation()
        content()
        writer.endElement()
        writer.resumeIndentation()
    }

    /// The organisation of the record whose name a position prints as its last words, the longest.
    func formerBody(printedIn text: String) -> Organization? {
        record.organizations.filter { text.hasSuffix(" " + $0.name) }.max { $0.name.count < $1.name.count }
    }

    /// The words of an affiliation, the organisation in them as `orgName` and the position before
    /// it as `roleName`; without an organisation, all of it the position.
    func affiliationText(_ text: String, organization: Organization?) {
        let position = position(in: text, organization: organization)
        if let organization, let found = position.organization {
            if let (role, printedUnits) = TEIUnits.units(in: text, organization: organization),
               units.innermost(in: text, organization: organization) != nil {
                // Each unit points at itself: the outermost is the organisation's, the next the one before's.
                var ids = printedUnits.reversed().reduce(into: [organization.id]) { $0.append(TEIUnits.id(of: $1.name, in: $0.last!)) }
                writer.element("roleName", text: role)
                for unit in printedUnits {
                    writer.text(unit.joint)
                    writer.element("orgName", ["ref": ref(P.organization + ids.removeLast())], text: unit.name)
                }
            } else if !position.role.isEmpty, found.lowerBound != text.startIndex {
                writer.element("roleName", text: position.role)
            }
            writer.text(position.separator)
            writer.element("orgName", ["ref": ref(P.organization + organization.id)], text: String(text[found]))
            let after = String(text[found.upperBound...])
            if found.lowerBound == text.startIndex, !position.role.isEmpty, after == " " + position.role {
                // "ASEAN Deputy Secretary-General": the position printed after the name, in the printed order.
                writer.text(" ")
                writer.element("roleName", text: position.role)
            } else {
                writer.text(after)
            }
        } else if !text.isEmpty {
            writer.element("roleName", text: text)
        }
    }

    /// The position an affiliation's words print, the words before the organisation's name (or all
    /// of them without one), with what joins it to the name and where the name is.
    func position(in text: String, organization: Organization?) -> (role: String, separator: String, organization: Range<String.Index>?) {
        guard let organization, let found = text.range(of: organization.name) ?? otherForm(of: organization.name, in: text)
                ?? misprinted(organization.name, in: text)
        else { return (text, "", nil) }
        if found.lowerBound == text.startIndex, text[found.upperBound...].hasPrefix(" ") {
            // "ASEAN Deputy Secretary-General": the position after the name.
            return (String(text[found.upperBound...].dropFirst()), "", found)
        }
        let prefix = prefixPosition(text[..<found.lowerBound])
        return (prefix.role, prefix.separator, found)
    }

    /// The organisation's name as a position may print it otherwise, as the reader took it for the
    /// same organisation (`Registry`): its abbreviation or its name in full alone ("UNDP", "United
    /// Nations Development Programme (UNDP)"), its name without its country ("Ministry of Foreign
    /// Affairs", "Ministry of Foreign Affairs of Japan"). A whole part of the position, at its end or start.
    func otherForm(of name: String, in text: String) -> Range<String.Index>? {
        var forms = OrganizationName.abbreviated(name).map { [$0.full, $0.abbreviation] } ?? []
        if let of = name.range(of: " of ", options: .backwards),
           NameVocabulary.builtIn.countries.contains(name[of.upperBound...].lowercased().replacing("the ", with: "")) {
            forms.append(String(name[..<of.lowerBound]))
        }
        for form in forms {
            if text.hasSuffix(form), text.dropLast(form.count).hasSuffix(" ") { return text.index(text.endIndex, offsetBy: -form.count)..<text.endIndex }
            if text.hasPrefix(form + " ") { return text.startIndex..<text.index(text.startIndex, offsetBy: form.count) }
        }
        return nil
    }

    /// The organisation's name misprinted as the last part of a position ("Press Secretary,
    /// Mnistry of Foreign Affairs"), as the reader accepted it: a letter or two apart in a long name.
    func misprinted(_ name: String, in text: String) -> Range<String.Index>? {
        guard name.count >= 12, let comma = text.range(of: ", ", options: .backwards) else { return nil }
        let last = String(text[comma.upperBound...])
        return abs(last.count - name.count) <= 2 && Names.distance(last, name) <= 2 ? comma.upperBound..<text.endIndex : nil
    }

    /// "Professor, " → ("Professor", ", "); "Director-General of the " → ("Director-General", " of the ").
    func prefixPosition(_ prefix: Substring) -> (role: String, separator: String) {
        for separator in [", the ", ", ", " of the ", " of ", " at the ", " at ", " the ", " "] where prefix.hasSuffix(separator) {
            return (String(prefix.dropLast(separator.count)), separator)
        }
        return ("", String(prefix))
    }
}
