@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A hand-built record exercising every field: optionals both nil and set, empty and full
/// lists, every statement kind and block form, and text that needs escaping.
enum RecordFixture {
    static let rich = Record(
        id: "2003-02-25-international-symposium-on-human-security",
        document: Document(sourceFile: "summaries/2003 Symposium & \"Friends\".txt",
                           sha256: String(repeating: "0123456789abcdef", count: 4),
                           language: "en",
                           documentType: "Chair's Summary",
                           documentTypeLine: 3,
                           issued: "2003-03",
                           issuedLine: 120,
                           notes: [TextLine(text: "This is a provisional translation; the Japanese text prevails.",
                                            line: 2)],
                           issuer: SourceFact(printed: TextLine(text: "Ministry of Foreign Affairs & \"Friends\"", line: 4),
                                              catalogued: "Ministry of Foreign Affairs of Japan"),
                           sourceURL: SourceFact(printed: TextLine(text: "https://www.example.org/summary?id=1&lang=en", line: 121))),
        event: Event(kind: .symposium,
                     title: "International Symposium on Human Security <Tokyo>",
                     subtitle: "Ōgata & Gómez: \"Freedom from Fear\"",
                     titleSpan: SourceSpan(5, 6),
                     startDate: "2003-02-25",
                     endDate: nil,
                     dateLine: 7,
                     venue: "United Nations University, Tokyo",
                     venueLine: nil,
                     audienceNote: nil,
                     audienceLine: 9),
        parts: [
            EventPart(id: "opening", kind: .opening, ordinal: 1, label: "Opening Session",
                      span: SourceSpan(11, 20)),
            EventPart(id: "session-1", kind: .session, ordinal: 2, label: "Session 1:",
                      title: "Poverty & Development", formatNote: "Presentation", span: SourceSpan(21, 60)),
            EventPart(id: "closing", kind: .closing, ordinal: 3, label: "Closing", title: "",
                      span: SourceSpan(100)),
        ],
        sections: [
            Section(id: "summary", kind: .summary, ordinal: 1, heading: "1. Summary", line: 10),
            Section(id: "evaluation", kind: .evaluation, ordinal: 2, heading: "Evaluation", line: 90),
        ],
        persons: [
            Person(id: "sadako-ogata", name: "Sadako Ōgata", variants: ["Mrs. Ogata", "Ms Ogatta"],
                   honorific: "Mrs.", givenName: "Sadako", familyName: "Ōgata", lines: [12, 25, 91]),
            Person(id: "juan-manuel-gomez-robledo", name: "Juan Manuel Gómez Robledo", lines: [30]),
            Person(id: "anonymous", name: ""),
        ],
        organizations: [
            Organization(id: "unu", name: "United Nations University (UNU)", lines: [8]),
            Organization(id: "jcie", name: "Japan Center for International Exchange"),
        ],
        participations: [
            Participation(personId: "sadako-ogata", organizationId: "unu", partId: "opening",
                          role: .openingSpeaker, roleAsPrinted: "Opening Remarks",
                          affiliation: "Co-chair, Commission on Human Security", line: 12),
            Participation(personId: "juan-manuel-gomez-robledo", partId: "session-1", role: .moderator, line: 22),
            Participation(organizationId: "jcie", role: .organizer, roleAsPrinted: "Organised by", line: 8),
        ],
        statements: StatementKind.allCases.enumerated().map { index, kind in
            Statement(id: "st-\(index + 1)",
                      partId: index.isMultiple(of: 2) ? "session-1" : nil,
                      sectionId: index == 1 ? "summary" : nil,
                      speakerId: index == 0 ? "sadako-ogata" : (index == 3 ? "juan-manuel-gomez-robledo" : nil),
                      kind: kind,
                      form: BlockForm.allCases[index % BlockForm.allCases.count],
                      ordinal: index + 1,
                      text: index == 0
                          ? "She said that \"human security\" & <state security> are complementary; Ōgata agreed.\n  Second line."
                          : "Statement \(index + 1) ]]> 'quoted' text",
                      reportedSpeech: index.isMultiple(of: 3),
                      span: SourceSpan(40 + index, 41 + index))
        },
        residue: [TextLine(text: "Back to Index", line: 1), TextLine(text: "(photo) Panel ", line: 59)])

    static let minimal = Record(
        id: "record",
        document: Document(sourceFile: "x.txt", sha256: String(repeating: "f", count: 64)),
        event: Event(kind: .other, title: "Untitled", titleSpan: SourceSpan(1)))

    /// The issuer and the source URL in every combination of their sources: printed only,
    /// catalogued only, both agreeing, both differing.
    static let described: [Record] = {
        let printed = { (text: String, line: Int) in TextLine(text: text, line: line) }
        let facts: [(issuer: SourceFact?, url: SourceFact?)] = [
            (SourceFact(printed: printed("Ministry of Foreign Affairs", 2)),
             SourceFact(catalogued: "https://www.mofa.go.jp/policy/human_secu/sympo0302_s.html")),
            (SourceFact(catalogued: "United Nations Department of Public Information"),
             SourceFact(printed: printed("http://www.mofa.go.jp/policy/human_secu/sympo0302_s.html", 3))),
            (SourceFact(printed: printed("Ministry of Foreign Affairs of Japan", 2), catalogued: "Ministry of Foreign Affairs of Japan"),
             SourceFact(printed: printed("http://www.mofa.go.jp/policy/human_secu/sympo0302_s.html", 30),
                        catalogued: "https://www.mofa.go.jp/policy/human_secu/sympo0302_s.html")),
            (SourceFact(printed: printed("MOFA", 2), catalogued: "Ministry of Foreign Affairs of Japan"),
             SourceFact(printed: printed("https://press.un.org/en/2008/pko186.doc.htm", 3),
                        catalogued: "https://press.un.org/en/2008/pko186.doc.htm")),
        ]
        return facts.enumerated().map { index, fact in
            var record = minimal
            record.id = "described-\(index)"
            record.document.sourceFile = "described-\(index).txt"
            record.document.issuer = fact.issuer
            record.document.sourceURL = fact.url
            return record
        }
    }()

    /// Lists nested by level, a list that starts below the top level, plain-text items with
    /// nested items, a Q&A run followed by more statements in the same part, and a statement of
    /// both a part and a section.
    static let nested: Record = {
        var record = minimal
        record.parts = [EventPart(id: "session-1", kind: .session, ordinal: 1, label: "Session 1", span: SourceSpan(2, 30))]
        let shapes: [(BlockForm, Int, StatementKind)] = [
            (.bullet, 1, .statement), (.bullet, 0, .statement), (.bullet, 1, .remark), (.numbered, 2, .statement),
            (.numbered, 1, .remark), (.paragraph, 0, .question), (.paragraph, 0, .answer), (.bullet, 0, .narrative),
        ]
        record.statements = shapes.enumerated().map { index, shape in
            Statement(id: "st-\(index + 1)", partId: "session-1", kind: shape.2, form: shape.0, level: shape.1,
                      ordinal: index + 1, text: "Point \(index + 1)", reportedSpeech: false, span: SourceSpan(3 + index))
        }
        record.sections = [Section(id: "evaluation", kind: .evaluation, ordinal: 1, heading: "Evaluation", line: 1)]
        record.statements[7].sectionId = "evaluation"
        return record
    }()
}
