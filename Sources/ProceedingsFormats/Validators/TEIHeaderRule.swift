/// What an archive needs from a TEI header, whatever schema the file otherwise follows: a title,
/// a source description that says where the text comes from, the setting, and the participants.
enum TEIHeaderRule {
    static func check(_ root: XMLElement, fileName: String) -> [Finding] {
        var findings: [Finding] = []
        func report(_ element: XMLElement?, _ severity: Finding.Severity, _ message: String, _ hint: String) {
            findings.append(Finding(file: fileName, line: element?.line ?? root.line, severity: severity, rule: .teiHeader,
                                    message: message, hint: hint))
        }
        let ns = TEI.namespace
        let header = root.firstElement(named: "teiHeader", namespace: ns)
        let fileDesc = header?.firstElement(named: "fileDesc", namespace: ns)
        let title = fileDesc?.firstElement(named: "titleStmt", namespace: ns)?.firstElement(named: "title", namespace: ns)
        if title?.textContent.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? true {
            report(fileDesc ?? header, .error, "the TEI header has no title",
                   "Give titleStmt a title: the name of the event as printed.")
        }
        let sourceDesc = fileDesc?.firstElement(named: "sourceDesc", namespace: ns)
        let source = sourceDesc.flatMap { $0.firstElement(named: "bibl", namespace: ns) ?? $0.firstElement(named: "biblStruct", namespace: ns)
            ?? $0.firstElement(named: "msDesc", namespace: ns) }
        if source == nil {
            report(sourceDesc ?? fileDesc ?? header, .error, "the TEI header does not describe its source",
                   "Describe the printed summary in sourceDesc/bibl: its title, who issued it and when.")
        } else if let bibl = source, bibl.name == "bibl",
                  ["date", "publisher", "authority", "idno", "ref", "orgName"].allSatisfy({ bibl.firstElement(named: $0, namespace: ns) == nil }) {
            report(bibl, .warning, "the source description does not say where the text comes from",
                   "Add the date, the issuing body or an identifier of the summary to sourceDesc/bibl.")
        }
        let profile = header?.firstElement(named: "profileDesc", namespace: ns)
        if profile?.firstElement(named: "settingDesc", namespace: ns)?.firstElement(named: "setting", namespace: ns) == nil {
            report(profile ?? header, .warning, "the TEI header has no setting (place and date of the event)",
                   "Add profileDesc/settingDesc/setting with the venue and the date.")
        }
        if profile?.firstElement(named: "particDesc", namespace: ns) == nil {
            report(profile ?? header, .warning, "the TEI header lists no participants",
                   "Add profileDesc/particDesc with a listPerson of the participants.")
        }
        return findings
    }
}
