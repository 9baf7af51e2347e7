import Foundation

/// Lines that list who held which role: "Moderator: Yozo Yokota, Professor, Chuo University".
enum RosterLines {
    struct Label {
        var role: Role
        /// The lexicon's id of the label: "label.moderator".
        var cue: String
        var printed: String
        /// "Panelists:" promises several lines; "Lead-off:" names one, so a following line may be someone else.
        var plural: Bool
        var rest: String
        /// "Liberal Party", "Library of Parliament": the body a group of the list's names comes from.
        var group: String? = nil

        /// The role as the page printed it; a label the layout implies ("Liberal Party" over names) printed none.
        var asPrinted: String? { printed.isEmpty ? nil : printed }
    }

    nonisolated(unsafe) private static let pattern = /^(\p{L}[\p{L}\- ]{1,60}?)\s*:\s*(.*)$/
    nonisolated(unsafe) private static let roleByPattern =
        /(?i)^(chaired|co-chaired|moderated|co-moderated|facilitated|presided|rapporteur['’]s report|rapporteur['’]s summary|report of the rapporteur) by\s+(.+?)\.?$/
    private static let roleByLabels = ["chaired": "chair", "co-chaired": "co-chair", "moderated": "moderator", "co-moderated": "co-moderator",
                                       "facilitated": "facilitator", "presided": "chair", "rapporteur's report": "rapporteur",
                                       "rapporteur's summary": "rapporteur", "report of the rapporteur": "rapporteur"]
    nonisolated(unsafe) private static let byPattern = /(?i)^((?:keynote|opening|closing|welcoming) (?:speech|address|remarks|lecture)|welcome|words of welcome) by\s+(.+)$/

    /// Labels of those who took part, and words that, put before one, say they did not.
    static let thoseThere: Set<String> = ["participants", "speakers", "panelists", "panellists", "delegates", "attendees", "discussants"]
    /// A country's people ("Australian", "Japanese", "Filipino") or the others of a list: not a kind of speech ("Opening speakers")
    /// or a plan ("Proposed speakers", "Expected participants").
    static func whose(_ word: String) -> Bool {
        ["other", "international", "foreign", "local", "national", "regional", "invited", "guest", "external", "additional", "further"].contains(word)
            || word.wholeMatch(of: demonym) != nil && !["opening", "closing", "keynote"].contains(word)
    }
    nonisolated(unsafe) private static let demonym = /\p{L}{3,}(?:an|ian|ese|ish|ine|ic|i|ch|ss|ino|ina)/

    /// "The participants were:", "Speakers included:": a label in a clause.
    private static let clauseVerbs: Set<String> = ["were", "are", "was", "is", "included", "include", "includes", "comprised", "consisted of",
                                                   "were made by", "were given by", "were delivered by", "was made by", "was given by",
                                                   "was made up of", "were made up of", "was composed of", "was comprised of", "comprised of"]

    nonisolated(unsafe) private static let annexPrefix = /(?i)^(?:annex|appendix|attachment)(?:\s+(?:[ivx]+|\d+|[a-z]))?\s*[:.\-–—]?\s+/

    /// "LIST OF PARTICIPANTS", "Annex I - List of participants", "List of speakers:": a heading over a list of
    /// people, one a line, grouped under their countries or bodies as it may be.
    static func listHeading(_ text: String, _ lexicon: GenreLexicon) -> Label? {
        var rest = Substring(text.trimming(.whitespaces))
        guard rest.count <= 60 else { return nil }
        if let annex = rest.prefixMatch(of: annexPrefix) { rest = rest[annex.range.upperBound...] }
        let lower = rest.lowercased()
        guard lower.hasPrefix("list of ") else { return nil }
        let noun = lower.dropFirst("list of ".count).trimming(.init(charactersIn: " :."))
        guard let entry = lexicon.rosterLabels[noun], noun.hasSuffix("s") else { return nil }
        return Label(role: entry.role, cue: entry.id + ".list-heading", printed: String(rest.dropFirst("list of ".count)).trimming(.init(charactersIn: " :.")),
                     plural: true, rest: "")
    }

    /// "Senator Absent", "Councillors excused": a label of those of a body who were not there.
    static func isAbsentLabel(_ text: String) -> Bool {
        let label = text.trimming(.init(charactersIn: " :")).lowercased()
        return absentLabels.contains(label)
            || (2...3).contains(label.wordCount) && [" absent", " excused"].contains(where: label.hasSuffix)
            // "MEMBERS ABSENT WITH APOLOGY", "Councillors absent with apologies".
            || (3...5).contains(label.wordCount) && [" absent with apology", " absent with apologies"].contains(where: label.hasSuffix)
            // "All members were present except:": those the exception lists were not there.
            || label.wordCount <= 8 && label.hasSuffix(" except") && label.includes("present")
            // "Registrations For", "Registrations Against": a legislature's record of those who registered a position and did not appear.
            || (2...5).contains(label.wordCount) && label.hasPrefix("registrations ")
    }

    /// Headings of minutes over the members who were not there.
    static let absentLabels: Set<String> = ["apologies", "apologies for absence", "absent with apology", "absent with apologies",
                                            "members absent", "absent", "absent with leave", "apologies received", "members excused", "excused",
                                            "committee members excused", "committee members absent", "absent members", "members not present",
                                            "regrets", "not present", "sent apologies", "sent their apologies", "apologies were received from",
                                            "apologies received from", "unable to attend", "members unable to attend", "regrets received"]

    /// "Panel:" over a list: a noun of a body of people promises several lines, as a plural does.
    static let collective: Set<String> = ["panel", "panel members", "roundtable", "round table", "delegation", "jury", "faculty", "committee"]

    /// "Organiser(s): A" as "Organisers: A"; nil for any other line.
    static func withPluralLabel(_ text: String) -> String? {
        guard text.utf8.contains(UInt8(ascii: "(")), let colon = text.firstIndex(of: ":"),
              case let head = text[..<colon], head.hasSuffix("(s)") || head.hasSuffix("(S)"), head.count <= 30 else { return nil }
        return String(head.dropLast(3)) + (head.hasSuffix("(S)") ? "S" : "s") + text[colon...]
    }

    /// "President", "Chairman": a label that is as often the title of an office held elsewhere, printed after a name.
    static func namesAnOffice(_ label: some StringProtocol) -> Bool {
        ["president", "vice-president", "vice president", "co-president", "presidente", "presidenta", "président", "présidente", "chairman",
         "chairperson", "director", "host", "hosts"].contains(label.trimming(.whitespaces).lowercased())
    }

    nonisolated(unsafe) private static let numberedLabel = /([A-Z][a-z]+(?: [a-z]+)?) \d{1,2}\s*:\s*/

    static func label(_ text: String, _ lexicon: GenreLexicon) -> Label? {
        // "Introduction: A and B" opens the meeting; "Introduction: the state of climate finance" is a talk's title.
        if text.lowercased().hasPrefix("introduction:"), case let rest = String(text.dropFirst("introduction:".count)).trimming(.whitespaces),
           !rest.isEmpty, people(rest, lexicon) == nil, person(rest, lexicon) == nil { return nil }
        // "Speaker(s): A, B": a label printed for one or several is the label in the plural.
        if let plural = withPluralLabel(text), var label = label(plural, lexicon) {
            if let colon = text.firstIndex(of: ":"), label.printed.count + 2 == text.distance(from: text.startIndex, to: colon) {
                label.printed = String(text[..<colon])
            }
            return label
        }
        // "Presenter 1: YAMADA Sho, ...", "Speaker 2 : X": a numbered label is the label.
        // Not "Panel 1: Data Sharing and Early Warning", a part's heading and its theme.
        if let numbered = text.prefixMatch(of: numberedLabel), lexicon.rosterLabels[numbered.output.1.lowercased()] != nil,
           Headings.partKind(text) == nil, case let rest = String(text[numbered.range.upperBound...]),
           // "Presenter 1: Blue Carbon" under a session is a talk's title: a person there has an honorific, a description or a
           // family name in capitals.
           let found = person(rest, lexicon) ?? people(rest, lexicon)?.first,
           found.1 != nil || found.0.honorific != nil || found.0.tokens.contains(where: { $0.count >= 2 && Names.isAllCaps($0) }) {
            return label(numbered.output.1 + ": " + text[numbered.range.upperBound...], lexicon)
        }
        // "Category: Members of the Senedd", "Category: Witnesses": an attendance list sorted by kind of attendee.
        if text.hasPrefix("Category: "), case let kind = String(text.dropFirst("Category: ".count)).trimming(.whitespaces), !kind.contains(":") {
            if let label = label(kind + ":", lexicon) { return label }
            guard Residue.attendanceKinds.contains(where: kind.lowercased().includes) else { return nil }
            return Label(role: .participant, cue: "label.participants", printed: kind, plural: true, rest: "")
        }
        // "Participants (in alphabetical order):": a note on the list's order in lower case is no part of the label.
        if text.utf8.contains(UInt8(ascii: "(")), let note = text.prefixMatch(of: orderNote) {
            return label(String(note.output.1) + ":" + text[note.range.upperBound...], lexicon)
        }
        // "Moderator   Prof. LEE Jae-won", "Welcoming Remarks ........ CHOI Min-jae": a form's field.
        if !text.utf8.contains(UInt8(ascii: ":")), text.includes("  ") || text.includes(".."),
           let field = Fields.split(text, isLabel: { lexicon.rosterLabels[$0.lowercased()] != nil || formItem($0, lexicon) != nil }) {
            return label(field.label + ": " + field.value, lexicon)
                ?? formItem(field.label, lexicon).map { Label(role: $0.role, cue: $0.id, printed: field.label, plural: false, rest: field.value) }
        }
        // "Discussants Dr. Mikko KORHONEN": a label in its column, one space from a name with its honorific.
        if let first = text.utf8.first, first >= 0x41, first <= 0x5A, !text.utf8.contains(UInt8(ascii: ":")) {
            let words = text.prefix(48).words
            for count in [2, 1] where words.count > count + 1 && Names.honorific(String(words[count]), lexicon) != nil {
                let printed = words[..<count].joined(separator: " ")
                let rest = String(text.dropFirst(words[..<count].joined(separator: " ").count)).trimming(.whitespaces)
                // "Rapporteur Ms. X (CRSS) presented the key messages": a sentence, not a column of names. "President Dr. X,
                // Republic of Maldives": a head of state by office, no label; a Bureau's "President:" takes its colon.
                if lexicon.rosterLabels[printed.lowercased()] != nil, !printed.lowercased().hasSuffix("president"), people(rest, lexicon) != nil {
                    return self.label(printed + ": " + rest, lexicon)
                }
            }
        }
        // Every form has a colon, a " by " or at most three words; most lines have none of them, and
        // this runs several times on every line.
        guard text.utf8.contains(UInt8(ascii: ":")) || text.includes(" by ") || text.includes(" By ") || text.includes(" BY ")
                || text.utf8.lazy.filter({ $0 == UInt8(ascii: " ") }).count < 3 || text.includes(" – ") || text.includes(" — ")
                || text.includes(" - ") || text.utf8.count <= 40 && lexicon.rosterLabels[text.trimming(.whitespaces).lowercased()] != nil
        else { return nil }
        if let match = text.wholeMatch(of: pattern) {
            var printed = String(match.output.1)
            var clause = false
            // "The following participated:", "The following attended:".
            if ["the following participated", "the following attended", "the following took part", "the following were present",
                "participating were", "present were"].contains(printed.lowercased()) {
                printed = "participants"
                clause = true
            }
            // "Participating Ministers and heads of delegation included:": those who took part, whatever their office.
            if let first = printed.words.first?.lowercased(), ["participating", "attending"].contains(first), printed.wordCount > 2,
               let verb = printed.words.last, clauseVerbs.contains(verb.lowercased()) {
                printed = "participants"
                clause = true
            }
            if lexicon.rosterLabels[printed.lowercased()] == nil {
                var words = printed.words.map(String.init)
                // "On the panel were:", "The participants were:".
                if ["on", "in", "at"].contains(words.first?.lowercased() ?? ""), words.count > 2 { words.removeFirst() }
                if words.first?.lowercased() == "the" { words.removeFirst() }
                if words.count >= 2, clauseVerbs.contains(words.dropFirst().joined(separator: " ").lowercased()) {
                    printed = words[0]
                    clause = true
                } else if words.count >= 3, clauseVerbs.contains(words.dropFirst(2).joined(separator: " ").lowercased()) {
                    // "Lead-off presentations were given by:": a label of two words, or its first word and what it gave.
                    printed = words[0...1].joined(separator: " ")
                    if lexicon.rosterLabels[printed.lowercased()] == nil, lexicon.rosterLabels[words[0].lowercased()] != nil { printed = words[0] }
                    clause = true
                }
            }
            // "Participating mayors included:", "Attending experts were:": those who took part, whatever their office.
            if let first = printed.words.first?.lowercased(), ["participating", "attending"].contains(first), printed.wordCount == 2, clause {
                printed = "participants"
            }
            // "Senators Present:", "Board members in attendance:": those of a body who were there.
            if let attended = attendance(printed, lexicon) { printed = attended }
            // "The Mexican delegation was made up of:": those a clause lists as a country's delegation are its members. A heading
            // "Delegations" alone is not such a list: a council hears members of the public as delegations.
            if lexicon.rosterLabels[printed.lowercased()] == nil, clause, printed.wordCount == 2, ["delegation", "delegations"].contains(printed.words[1].lowercased()) {
                printed = "members of the " + printed.words[1].lowercased()
            }
            // "Session chair:", "Panel moderator:": the part's own label is the label.
            if lexicon.rosterLabels[printed.lowercased()] == nil, printed.wordCount == 2,
               ["session", "panel", "workshop", "plenary", "roundtable"].contains(printed.words[0].lowercased()) {
                printed = String(printed.words[1])
            }
            // "Australian participants included:", "Other speakers were:": a word before the label says whose, or which others,
            // and not whether they were there ("Absent members" are not members present).
            if lexicon.rosterLabels[printed.lowercased()] == nil, printed.wordCount == 2, printed.first?.isUppercase == true,
               Self.whose(printed.words[0].lowercased()), Self.thoseThere.contains(printed.words[1].lowercased()) {
                printed = String(printed.words[1])
            }
            // "Participants in the round table:", "Speakers at the conference:": the label, and the meeting it is of.
            if lexicon.rosterLabels[printed.lowercased()] == nil, let of = printed.firstMatch(of: Self.ofTheMeeting), of.range.lowerBound > printed.startIndex,
               lexicon.rosterLabels[printed[..<of.range.lowerBound].lowercased()] != nil {
                printed = String(printed[..<of.range.lowerBound])
            }
            // "Presentations were made by:": the plural of a label is that label.
            let key = printed.lowercased()
            guard let label = lexicon.rosterLabels[key] ?? (key.hasSuffix("s") ? lexicon.rosterLabels[String(key.dropLast())] : nil)
            else { return nil }
            let role = label.role
            return Label(role: role, cue: label.id, printed: printed,
                         plural: printed.lowercased().hasSuffix("s") && role != .chair || role == .participant
                            || clause && match.output.2.isEmpty || collective.contains(key) || key.hasSuffix(" with"),
                         rest: withoutAgendaItems(Talks.withoutGivenBy(String(match.output.2)).trimming(.init(charactersIn: " ."))))
        }
        if let dashed = dashedLabel(text, lexicon) { return dashed }
        // "Speakers" or "Moderator:" alone on a line heads the names below it; so does "Moderated by".
        let trimmed = text.trimming(.init(charactersIn: " :"))
        let bare = (attendance(trimmed, lexicon) ?? trimmed).lowercased()
        if bare.hasSuffix(" by"), bare.wordCount == 2, let key = roleByLabels[String(bare.dropLast(3))], let label = lexicon.rosterLabels[key] {
            return Label(role: label.role, cue: label.id, printed: text.trimming(.init(charactersIn: " :")), plural: false, rest: "")
        }
        if bare.wordCount <= 4, let label = lexicon.rosterLabels[bare], !bare.isEmpty,
           ![.openingSpeaker, .closingSpeaker, .keynoteSpeaker, .messageAuthor].contains(label.role) {
            // "Opening" or "Keynote" alone heads a part of the programme instead.
            let printed = text.trimming(.init(charactersIn: " :"))
            return Label(role: label.role, cue: label.id, printed: printed,
                         plural: bare.hasSuffix("s") && label.role != .chair || label.role == .participant || collective.contains(bare), rest: "")
        }
        // "Chaired by Prof. X (Kyoto University)", "Rapporteur's report by Dr. Y": a line of its own under a part's heading.
        // Not the opening of a sentence: "Chaired by Ms. X, Vice-Chair, the session heard presentations from ...".
        if text.wordCount <= 14, let match = Times.withoutLeadingTime(text).wholeMatch(of: roleByPattern),
           let label = lexicon.rosterLabels[Self.roleByLabels[String(match.output.1).lowercased().replacing("’", with: "'")] ?? ""],
           !match.output.2.words.contains(where: { lexicon.reportingVerbs.contains($0.lowercased()) || lexicon.discussingVerbs.contains($0.lowercased())
               || ["the", "heard", "was", "were", "featured", "examined"].contains($0) }),
           people(String(match.output.2), lexicon) != nil {
            return Label(role: label.role, cue: label.id + ".by", printed: String(match.output.1), plural: false, rest: String(match.output.2))
        }
        if let match = Times.withoutLeadingTime(text).wholeMatch(of: byPattern), let label = lexicon.rosterLabels[String(match.output.1).lowercased()]
            ?? lexicon.rosterLabels[String(match.output.1).lowercased().words.first.map(String.init) ?? ""] {
            return Label(role: label.role, cue: label.id, printed: String(match.output.1), plural: false, rest: String(match.output.2))
        }
        return nil
    }

    /// A form's item label ("Welcoming Remarks"); a lecture is no item of a form's column.
    private static func formItem(_ printed: String, _ lexicon: GenreLexicon) -> GenreLexicon.RosterLabel? {
        itemLabel(printed.lowercased().letterRuns.map(String.init), lexicon, lecture: false)
    }

    /// "Opening remarks – Professor X, Director, Y", "Vote of thanks — Dr Z": a programme's item, a dash, and who gave it.
    private static func dashedLabel(_ line: String, _ lexicon: GenreLexicon) -> Label? {
        let text = Times.withoutLeadingTime(line)
        guard let dash = [" – ", " — ", " - "].compactMap({ text.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        let printed = String(text[..<dash.lowerBound]), rest = String(text[dash.upperBound...]).trimming(.whitespaces)
        let words = printed.lowercased().letterRuns.map(String.init)
        guard (1...5).contains(words.count), let label = itemLabel(words, lexicon),
              // A name alone after a dash may be a document's ("Presentation – Danube Flood Risk Observatory (PDF)"):
              // a person is known by an honorific or a title after a comma.
              let person = person(rest, lexicon), person.0.honorific != nil || person.0.tokens.count >= 2 && rest.includes(", ")
                // "Closing remarks – Landon Price": after a speech's label, a name of two or three words alone is its speaker's.
                || Self.speeches.contains(label.role) && (2...3).contains(person.0.tokens.count) && person.1 == nil && rest.wordCount == person.0.tokens.count
        else { return nil }
        return Label(role: label.role, cue: label.id, printed: printed, plural: false, rest: rest)
    }

    private static let speeches: Set<Role> = [.openingSpeaker, .closingSpeaker, .keynoteSpeaker, .speaker]

    /// What an item of a programme is, by its words: a label ("Opening remarks"), the first of two joined by "and"
    /// ("Welcome and introduction"), or a lecture, which is the event's address ("The 2019 Harcourt Lecture").
    static func itemLabel(_ words: [String], _ lexicon: GenreLexicon, lecture: Bool = true) -> GenreLexicon.RosterLabel? {
        let key = words.joined(separator: " ")
        if let label = lexicon.rosterLabels[key], label.role != .participant { return label }
        if let and = words.firstIndex(of: "and"), and > 0, let label = lexicon.rosterLabels[words[..<and].joined(separator: " ")],
           label.role != .participant, words[(and + 1)...].allSatisfy({ Talks.givenNouns.contains($0) }) {
            return label
        }
        if lecture, words.last == "lecture" { return lexicon.rosterLabels["keynote lecture"] }
        return nil
    }

    /// "Moderator: Dr. Ana Ruiz (Risk Lab). Presenters: Mr. Kofi Mensah (Pool); Ms. Hanna Berg (Bank).": several
    /// labels run on in one paragraph, each starting a sentence. Nil unless the text is two labels or more and nothing else.
    nonisolated(unsafe) private static let ofTheMeeting = /\s(?:in|at|of) (?:the|this) [\p{L} -]{2,30}$/
    nonisolated(unsafe) private static let orderNote = /([A-Z][^():]{1,40}?)\s*\([a-z][a-z ]{2,30}\)\s*:/

    /// "Senators Present:", "Board members in attendance:": those of a body who were there; "Witnesses in attendance": those
    /// of a kind the lexicon labels are that kind. Nil when the words are a label already, or say no attendance.
    static func attendance(_ printed: String, _ lexicon: GenreLexicon) -> String? {
        guard lexicon.rosterLabels[printed.lowercased()] == nil, (2...4).contains(printed.wordCount),
              let tail = ["present", "in attendance", "attending"].first(where: { printed.lowercased().hasSuffix(" " + $0) }) else { return nil }
        let kind = String(printed.dropLast(tail.count + 1))
        return lexicon.rosterLabels[kind.lowercased()] != nil ? kind : String(printed.suffix(tail.count))
    }

    /// "Public Officers attending: Agenda item IV": the items those listed under the label came for name none of them.
    private static func withoutAgendaItems(_ rest: String) -> String {
        rest.wholeMatch(of: agendaItems) == nil ? rest : ""
    }

    nonisolated(unsafe) private static let agendaItems = /(?i)(?:for |under )?(?:agenda )?items? [ivx\d]+(?:(?:,| and| to| ?-) ?[ivx\d]+)*/

    static func labelRun(_ text: String, _ lexicon: GenreLexicon) -> [Label]? {
        guard text.utf8.lazy.filter({ $0 == UInt8(ascii: ":") }).count >= 2 else { return nil }
        // Where each label starts: at the text's start, or after ". " or "; ", one to three words before a colon.
        var starts: [String.Index] = []
        var index = text.startIndex
        while let colon = text[index...].firstIndex(of: ":") {
            let before = text[..<colon]
            let sentenceStart = [". ", "; "].compactMap { before.range(of: $0, options: .backwards)?.upperBound }.max() ?? text.startIndex
            let words = text[sentenceStart..<colon].words
            let key = words.joined(separator: " ").lowercased()
            if (1...3).contains(words.count), lexicon.rosterLabels[key] ?? (key.hasSuffix("s") ? lexicon.rosterLabels[String(key.dropLast())] : nil) != nil {
                starts.append(sentenceStart)
            }
            index = text.index(after: colon)
        }
        guard starts.count >= 2, starts[0] == text.startIndex else { return nil }
        var labels: [Label] = []
        for (number, start) in starts.enumerated() {
            let end = number + 1 < starts.count ? starts[number + 1] : text.endIndex
            let segment = text[start..<end].trimming(.init(charactersIn: " .;"))
            guard let label = label(segment, lexicon), !label.rest.isEmpty else { return nil }
            labels.append(label)
        }
        return labels
    }

    /// "Senior Fellow, Ocean Institute, Moderator", "Director, X (Keynote Speaker)": a role printed at the end
    /// of a person's description; returns the role's label and the description without it.
    static func trailingRole(_ description: String, _ lexicon: GenreLexicon) -> (GenreLexicon.RosterLabel, String, String)? {
        // "Hon. X, MP – Chairperson": what stood between the name and the role is gone, its dash left.
        var text = description.trimming(.init(charactersIn: " –—-,;"))
        // "Dr. Ana Ruiz, Chair": the description is the role alone.
        if let label = lexicon.rosterLabels[text.lowercased()] { return (label, text, "") }
        // "KOBAYASHI Masaru (Chair; Professor, Shinshu University)": the role at the meeting, a semicolon, then the position.
        if let semicolon = text.range(of: "; "), let label = lexicon.rosterLabels[text[..<semicolon.lowerBound].lowercased()] {
            return (label, String(text[..<semicolon.lowerBound]), String(text[semicolon.upperBound...]))
        }
        // "Mr Joel Bowden MLA, Chair, Member for Johnston": the role at the meeting, then the member's seat; "Chair, Publishing Wales
        // Forum" or "Coordinator, Regional Water Programme" holds the office in the body named after it, a position elsewhere.
        if let comma = text.range(of: ", "), let label = lexicon.rosterLabels[text[..<comma.lowerBound].lowercased()], label.role != .participant,
           case let rest = text[comma.upperBound...], rest.lowercased().hasPrefix("member for ") {
            return (label, String(text[..<comma.lowerBound]), String(rest))
        }
        // "Lord X (The Chair)": a committee of the Lords prints its chair's office with the article.
        if text.hasPrefix("The "), let label = lexicon.rosterLabels[text.dropFirst(4).lowercased()], label.role != .participant {
            return (label, text, "")
        }
        var role: Substring
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            role = text[text.index(after: open)..<text.index(before: text.endIndex)]
            // "Dr. Laura Pettigrew, Chair (Rhombus Geospatial)": the role, and where its holder works in brackets.
            let head = text[..<open].trimming(.whitespaces)
            if lexicon.rosterLabels[role.trimming(.whitespaces).lowercased()] == nil, let label = lexicon.rosterLabels[head.lowercased()],
               label.role != .participant {
                return (label, head, String(role).trimming(.whitespaces))
            }
            text = String(text[..<open])
        } else if let separator = text.range(of: ", ", options: .backwards) ?? text.range(of: " – ", options: .backwards)
                    ?? text.range(of: " - ", options: .backwards) {
            role = text[separator.upperBound...]
            text = String(text[..<separator.lowerBound])
        } else {
            return nil
        }
        let key = role.trimming(.whitespaces).lowercased()
        guard let label = lexicon.rosterLabels[key] else { return nil }
        return (label, String(role).trimming(.whitespaces), text.trimming(.init(charactersIn: " ,;-–")))
    }
}
