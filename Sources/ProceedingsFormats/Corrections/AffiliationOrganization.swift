/// Whether a corrected affiliation still names the organisation the importer found in it, so that
/// the role keeps its link to that organisation (TEI `affiliation/@ref` and `orgName`, the linked
/// data's conf:withOrganisation, the tables' organisation) when the correction fixes only the
/// position's words ("Secretary -General of the United Nations" → "Secretary-General of the
/// United Nations"). A correction that names another body, or none, drops the link: it is not
/// kept by guess.
extension Organization {
    /// The forms of the name a page prints for the organisation: its name, the name the page
    /// printed when a correction renamed it, its name in full and its abbreviation.
    var printedForms: [String] {
        var forms = [name] + (printedName.map { [$0] } ?? [])
        if let abbreviated = OrganizationName.abbreviated(name) { forms += [abbreviated.full, abbreviated.abbreviation] }
        return forms.filter { !$0.isEmpty }
    }

    /// Whether `new` still names the organisation: in its name, or in a form `old` printed it in.
    func isStillNamed(by new: String, was old: String) -> Bool {
        printedForms.contains { form in
            Self.names(new, form) && (form == name || Self.names(old, form))
        }
    }

    /// `text` holds `form` as whole words that end the name there: not "United Nations" of
    /// "United Nations Development Programme", whose next word goes on with another body's name.
    static func names(_ text: String, _ form: String) -> Bool {
        var start = text.startIndex
        while let found = text.range(of: form, range: start..<text.endIndex) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = text[found.upperBound...]
            let continues = after.first.map { $0.isLetter || $0.isNumber } ?? false
                || (after.hasPrefix(" ") && after.dropFirst().first.map(\.isUppercase) == true)
            if !(before.map { $0.isLetter || $0.isNumber } ?? false), !continues { return true }
            start = text.index(after: found.lowerBound)
        }
        return false
    }
}
