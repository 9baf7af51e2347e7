import Foundation

/// A paragraph or list item of prose: who speaks in it, which roles and facts of the event it states,
/// and the statement it becomes.
extension PlainTextReader {
    /// "The meeting elected ...", "was elected Chair", "elected by acclamation": the election of a meeting's officers.
    static func electsOfficers(_ lower: String) -> Bool {
        lower.includes(" elected ") || lower.hasPrefix("elected ") || lower.includes(" re-elected ") || lower.includes("by acclamation")
    }

    /// "Her remarks were read by", "who read the Minister's speech", "In her speech, read on her behalf".
    nonisolated(unsafe) static let wordsReadOut =
        /(?i)\b(?:remarks|speech|address|statement|message|words)\b[^.]{0,40}?\bread\b|\bread (?:out )?(?:the |her |his |their )?(?:[\p{L}-]+['’]s )?(?:remarks|speech|address|statement|message)\b/
    nonisolated(unsafe) static let takingPart = /(?i)\b(?:took part|take part|participated|attended|were present|were in attendance|joined the (?:discussion|debate|meeting|roundtable))\b/

    /// The physical line of a wrapped paragraph on which a name is printed.
    func line(of mention: Mention, in span: SourceSpan, from cursor: inout Int) -> Int {
        let key = mention.printed.family
        if let found = (max(cursor, span.first)...span.last).first(where: { lines[$0 - 1].text.contains(key) }) {
            cursor = found
            return found
        }
        return cursor
    }

    /// Nesting read from indentation: each deeper indent of a list item is one level further in.
    mutating func level(of shape: LineShape) -> Int {
        guard !shape.markers.isEmpty else { return 0 }
        while let last = listIndents.last, last > shape.line.indent { listIndents.removeLast() }
        if listIndents.last != shape.line.indent { listIndents.append(shape.line.indent) }
        return listIndents.count - 1
    }

    var introductionPromisedList: Bool {
        guard let intro = speakerIntroduction else { return false }
        return statements[intro].text.hasSuffix(":")
    }

    /// "... the following were present:", and "took evidence from—" as parliaments print it: a sentence that ends
    /// by announcing the list under it.
    static func announcesList(_ sentence: Substring) -> Bool {
        sentence.hasSuffix(":") || sentence.hasSuffix("—") || sentence.hasSuffix(":-")
    }

    /// "Our first presenter is ...", "Each presenter will have seven minutes", "I will now call on the Nurses' Network": who presents.
    nonisolated(unsafe) static let presenterCalled =
        /(?i)\b(?:first|next|second|third|last|final|our|each) presenters?\b|\bcall (?:on|upon) the (?-i:\p{Lu}[\w'’]*(?: (?:of|for|and|on|\p{Lu}[\w'’]*))*)(?-i:[.,]|$)/
    nonisolated(unsafe) static let chairNote = /([^a-z]{4,80}) IN THE CHAIR\.?/
    nonisolated(unsafe) static let followedBy = /(?:he|she|they) (?:was|were) (?:then )?followed by\s/

    /// "MR. A. TUDREU.-", "HON. P.D. LAL.-", "MADAM CHAIR.-": an honorific or an office, then the name, a stop and a dash; not
    /// "SANTO DOMINGO.- The Ministry ...", a press release's town.
    nonisolated(unsafe) static let dashedTurn =
        /((?:MR|MRS|MS|MISS|DR|HON|PROF|SEN|REV|MADAM|MADAME|SIR|THE)\.?(?: \p{Lu}[\p{L}.'’-]*){1,6})\.[-–—](?= \S)/

    mutating func readProse(_ text: String, form: BlockForm, span: SourceSpan, shape: LineShape) {
        // "DEPUTY MÁIRÉAD NÍ CHONGHAILE IN THE CHAIR.": a Hansard's note of who presided, printed in capitals.
        var text = text
        if text.hasSuffix("IN THE CHAIR.") || text.hasSuffix("IN THE CHAIR"), let note = text.wholeMatch(of: Self.chairNote) {
            text = HeaderReader.inTitleCase(String(note.output.1)) + " in the Chair."
        } else if hearsEvidence, let note = ProceduralNotes.inSentenceCase(text, lexicon) {
            text = note
        }
        // "MR. A. TUDREU.- Thank you, Mr. Chairman": a Pacific or Latin American record ends the speaker's name with a stop and
        // a dash where others print a colon; it is read as a colon, and the statement keeps the line as printed.
        let printed = text
        if hearsEvidence || isMinutes || HeaderReader.meetsAsABody(eventTitle), let head = text.prefixMatch(of: Self.dashedTurn) { text = head.output.1 + ":" + text[head.range.upperBound...] }
        // A ceremony the prose named is over with its paragraph: what follows is reported of the meeting.
        if let ceremony = ceremonyParagraph, ceremony != span.first {
            (currentPart, partDefaultRole, partDefaultCue, ceremonyParagraph) = (nil, nil, nil, nil)
        }
        // "The first panel, chaired by X, brought together ..." then "The symposium also drew on ...": a paragraph that opens
        // with the event itself is reported of all of it, and ends the part the prose named.
        if let index = currentPart, Self.opensWithTheEvent(text, eventNouns: lexicon.eventNouns),
           explanations.contains(where: { $0.cue == "part.named-in-text" && $0.line == parts[index].span.first }) {
            (currentPart, partDefaultRole, partDefaultCue) = (nil, nil, nil)
        }
        // A paragraph of prose ends the list a roster label opened.
        if let label = rosterLabel, label.rest.isEmpty, endsSentence(text), text.wordCount >= 8 { rosterLabel = nil }
        // "17 October 2022 · 6 min read · By X, Communications Officer": the page's writer, named by its byline, took no
        // part; one who prepared the report did ("Report prepared by X" is the rapporteur's, read as a cue).
        // A wrapped sentence may go on with "by Dr. X, ...": a byline opens its paragraph or stands under a heading.
        // Only a line that prints a byline's word is split into cells for it.
        let bylines = Set((span.first...span.last).filter { number in
            ["by ", "writer ", "author "].contains(where: lines[number - 1].text.lowercased().includes)
            && (number == span.first || lines[number - 2].text.wordCount <= 5 && lines[number - 2].text.last.map { $0.isLetter } == true
                && lines[number - 2].text.words.last?.first?.isUppercase == true)
            && Residue.cells(lines[number - 1].text, apartBy: [" | ", " · ", " — ", " – "]).contains {
                HeaderReader.isByline($0) && !$0.lowercased().includes("prepared by")
            }
        })
        let signedOff = signsOff(text, span: span)
        var subject: String?
        var mentioned: [String] = []
        var cursor = span.first
        let sentences = Tokenizer.sentences(text, honorifics: lexicon.honorifics)
        defer {
            paragraphsRead += 1
            if let last = sentences.last, Self.announcesList(last), let noun = Self.announcedParts(String(last)) { partsListed = noun }
            // "... Presentations were made by:" at the end of a paragraph opens a list of the people below.
            if let last = sentences.last, Self.announcesList(last), let label = RosterLines.label(String(last), lexicon), label.rest.isEmpty {
                rosterLabel = label
            } else if let last = sentences.last, Self.announcesList(last), let label = followingLabel(String(last)) ?? subjectLabel(String(last)) {
                // "..., the following panelists discussed the role of communities:" over a list of them.
                rosterLabel = label
            } else if let last = sentences.last, Self.announcesList(last), let comma = last.lastIndex(of: ","),
                      let label = RosterLines.label(last[last.index(after: comma)...].trimming(.whitespaces), lexicon), label.rest.isEmpty {
                // "In the panel session, which was moderated by X, the panelists are:": the clause after the last comma.
                rosterLabel = label
            } else if let last = sentences.last, Self.announcesList(last) {
                // "..., following persons made presentations:": the last clause's verb names the role of those listed.
                let clause = last.lastIndex(of: ",").map { last[last.index(after: $0)...] } ?? last[...]
                // "Three discussants reacted ...:": a role its subject names is the list's, read by the announcement.
                if let cue = CueFinder(lexicon: lexicon).closing(in: Tokenizer.tokenize(String(clause))[...]),
                   !clause.lowercased().letterRuns.prefix(3).contains(where: { !cue.printed.lowercased().includes(String($0)) && lexicon.rosterLabels[String($0)] != nil }) {
                    rosterLabel = RosterLines.Label(role: cue.role, cue: cue.id + ".list", printed: cue.printed, plural: true, rest: "")
                } else if let taking = clause.firstMatch(of: Self.takingPart) {
                    // "The following experts took part in the discussion:": those listed were there, in no role of their own.
                    rosterLabel = RosterLines.Label(role: .participant, cue: "label.participants.list", printed: String(taking.output),
                                                    plural: true, rest: "")
                }
            }
        }
        // Who the last sentence named with no role of their own: "... featured A, B and C. Panelists agreed ...".
        var unlabelled: [(person: String, part: String?)] = [], unlabelledBefore: [(person: String, part: String?)] = []
        var previousSubject: CueMatch?
        // "Dr X: ... When Sir Y reviewed this area, he recommended ...": who a transcript's speaker names was not heard.
        var speech = false, officeSpeech = false
        // "Sen. X: Mr. Speaker, Sir, ..." / "Mr. Speaker, Sir, we also received submissions from Dr. Y": the turn goes on in the
        // paragraphs under it; whom they name was not heard either.
        // The motion moved ("THAT, the Senate adopts ...") stands within the turn too, though it names no one as spoken of.
        let underTurn = (hearsEvidence || sittingOfTheHouse) && lastTurnEnd.map { end in (end + 1..<span.first).allSatisfy { lines[$0 - 1].isBlank } } == true
            && !Self.opensTurn(text)
        let turnGoesOn = underTurn && Self.speaksInPerson(text)
        defer { lastTurnEnd = speech || underTurn && !officeSpeech ? span.last : nil }
        for (number, printed) in sentences.enumerated() {
            // Made once per sentence: each test below asks for it.
            let sentence = String(printed), lower = sentence.lowercased()
            (unlabelledBefore, unlabelled) = (unlabelled, [])
            // "Moderated by X. Speakers: A (Institute), B (University) and C (Agency).": a label within the paragraph
            // heads its own list, as it would on a line of its own.
            if number > 0, sentence.utf8.contains(UInt8(ascii: ":")),
               let label = RosterLines.label(sentence.trimming(.init(charactersIn: " .")), lexicon), !label.rest.isEmpty,
               label.role != .participant, let people = RosterLines.people(label.rest, lexicon) {
                let family = people.first?.0.family ?? ""
                let first = (span.first...span.last).first { lines[$0 - 1].text.contains(family) } ?? span.first
                readRosterLabel(label, line: first)
                rosterLabel = nil
                continue
            }
            // "... (KWI). Venue: Hotel Borobudur, Jakarta.": a labelled fact may follow a sentence in the paragraph.
            if ["venue:", "venue :", "location:", "place:"].contains(where: lower.hasPrefix), let fact = LabelledFact(sentence.trimming(.init(charactersIn: " ."))),
               fact.kinds == [.venue] {
                apply(fact, line: span.first)
                continue
            }
            readEventFacts(sentence, lower: lower, line: span.first)
            if lower.includes("chair") || lower.includes("conven") || lower.includes("president") { chairsAct(in: sentence, line: span.first) }
            // The sentence that announces roles names none of those who hold them ("Dr. X introduced the four panelists").
            let announcedHere = announcedRole(in: sentence)
            if announcedHere != nil { rolesAnnounced = nil }
            if lower.includes("session") || lower.includes("panel") || lower.includes("segment") || lower.includes("plenary") || lower.includes("ceremony")
                || lower.includes(" part")
                || lower.includes("round table") || lower.includes(" discussion") || partsAnnounced != nil {
                startPart(namedIn: sentence, line: span.first)
            }
            if let index = currentPart, parts[index].title == nil, let topic = quotedTopic(sentence) {
                parts[index].title = topic
            }
            if firstDayInText == nil, eventDate == nil, paragraphsRead < 3, let date = Dates.all(in: sentence).first(where: { $0.day != nil }) {
                firstDayInText = (date, span.first)
            }
            defer { if let announcedHere { rolesAnnounced = announcedHere } }
            var finder = MentionFinder(registry: registry, lexicon: lexicon, sittingOfTheHouse: sittingOfTheHouse)
            finder.carriedSubject = previousSubject
            previousSubject = finder.subjectLabel(of: sentence)
            let (reading, holders) = isMinutes ? namingPostHolders(sentence) : (sentence, [])
            var mentions = finder.mentions(in: reading)
            // Named by their post: the post is their description, not what the sentence printed around it.
            for index in mentions.indices where holders.contains(mentions[index].printed.name) { mentions[index].affiliation = nil }
            if eventTitle.wordCount >= 3, lower.includes(eventTitle) {
                mentions.removeAll { $0.printed.honorific == nil && $0.role == nil && eventTitle.includes($0.printed.name.lowercased()) }
            }
            // "Q2   Chair: ... the Minister, Catherine X, appeared before this Committee": the one presiding speaks, by office.
            if number == 0 { (speech, officeSpeech) = (["transcript.speaker", "transcript.member"].contains(mentions.first?.cue), Self.officeSpeaks(text)) }
            if number == 0, officeSpeech { officePresides(turn: text, line: span.first) }
            // "The Chair (Mr. X): Our first presenter is the Mining Association." / "Mr. Y: Good morning ...": a committee that
            // hears presenters calls each in turn; who speaks next, until the Chair speaks again, presents.
            if number == 0, mentions.first?.cue == "transcript.chair" { presentersCalled = text.firstMatch(of: Self.presenterCalled) != nil }
            for (position, mention) in mentions.enumerated() {
                let printedOn = line(of: mention, in: span, from: &cursor)
                // The one presiding welcomes and calls those who give evidence: those are there.
                let spokenOf = (speech && (number, position) != (0, 0) || (officeSpeech || turnGoesOn && !speech) && !Self.callsWitnesses(lower))
                    && mention.mentionedOnly == nil && registry.match(mention.printed) == nil
                    ? "mention.in-speech" : nil
                // "Dr. Touré retired in 2017" after "As the first chairman, Dr. Lamine Touré, put it in an interview":
                // named again with no role, someone who was not there still was not.
                let again = mention.role == nil && registry.match(mention.printed) == nil && notPresent.contains { $0.sameFamily(as: mention.printed) }
                    ? "mention.again" : nil
                // "the 2019 offer by President X", "the 2000 Act introduced under Minister Y": one named with no role for a deed
                // of another year than the meeting's was not there.
                let anotherYear = mention.role == nil && mention.impliedRole == nil && registry.match(mention.printed) == nil
                    && deedOfAnotherYear(sentence, name: mention.printed.name) ? "mention.another-year" : nil
                // "Ambassador X, Official Spokesperson of the Ministry, stated that the Ministry hosted ...": the ministry's voice
                // reports the meeting; at a briefing of their own they are its speaker.
                let reported = mention.role == nil && registry.match(mention.printed) == nil
                    && Self.spokespersonReports(mention.affiliation, lower: lower, eventTitle: eventTitle) ? "mention.spokesperson" : nil
                // "Ms. X, who was represented by Mr. Y. In her speech, read on her behalf, ...": the absent wrote the words read out.
                let readForThem = mention.mentionedOnly == "mention.absent" && text.firstMatch(of: Self.wordsReadOut) != nil
                if !readForThem, let cue = mention.mentionedOnly ?? (bylines.contains(printedOn) || signedOff ? "mention.byline" : nil) ?? (otherEventsFrom != nil ? "mention.other-event" : nil)
                    ?? again ?? anotherYear ?? spokenOf ?? reported {
                    // "recalling the visit of Mr. X last year": spoken of, not present; the text keeps it.
                    explain("not-a-participant", mention.printed.name, line: printedOn, cue: cue)
                    if again == nil, cue != "mention.contact" { notPresent.append(mention.printed) }
                    // "Mr. Yonas Berhane was unable to attend": listed in the programme, he was still not there.
                    if cue == "mention.absent", let known = registry.match(mention.printed) {
                        let id = registry.personId(at: known)
                        participations.removeAll { $0.personId == id }
                        explanations.removeAll { $0.person && $0.value == id }
                    }
                    continue
                }
                let id = registry.person(mention.printed, line: printedOn)
                mentioned.append(id)
                // In an opening or closing part, "remarks by X" are that part's remarks.
                // A talk's quoted title before its speaker says they spoke, not in which capacity: the keynote part's role stays.
                // "The message of the Regional Director was delivered by Dr X", "(read by Mr Y)": who reads another's words out
                // speaks in any part; the words are the author's opening, not the reader's.
                let readsOut = mention.cue == CueFinder.deliveredMessageCue || mention.roleAsPrinted?.lowercased().hasPrefix("read ") == true && lower.includes("message")
                let generic = mention.role == .speaker && !readsOut || mention.cue?.hasSuffix(".quoted-title") == true
                let specific = generic && partDefaultRole != nil ? nil : mention.role
                var rolePrinted = specific != nil ? mention.roleAsPrinted : nil
                // "10:05–10:25" / "Ministry of Defence" / "Minister of Defence X": whoever a programme's slot names speaks in it.
                let slot = Times.opensWithTime(text) && text.wordCount <= 30 && !text.hasSuffix(".")
                var role = readForThem ? .messageAuthor : specific ?? partDefaultRole ?? mention.impliedRole ?? (currentPart == nil && !slot ? .participant : .speaker)
                var cue = readForThem ? "role.message.read-out" : specific != nil ? mention.cue : partDefaultRole != nil ? partDefaultCue : mention.cue ?? (slot && currentPart == nil ? "programme.slot-speaker" : "mention.default")
                if number == 0, position == 0, mention.cue == "transcript.speaker", presentersCalled { (role, cue) = (.presenter, "transcript.presenter") }
                // "Members present: ...; Imran X; ..." / "Q4   Imran X: Professor Y, ...?": a member asks the numbered question, and
                // takes part as a member, not as one who gives evidence. "MEMBERS" / "Tom Vardakis" / "Tom VARDAKIS: ...": so does
                // whoever a label lists as a member, whatever the turn.
                if number == 0, position == 0, mention.cue == "transcript.speaker" || mention.role == nil,
                   let membership = participations.first(where: { $0.personId == id && $0.role == .participant && $0.partId == nil }),
                   // "IN ATTENDANCE: Mr. A, Permanent Secretary" then "MR. A.- Thank you": officials who attend give evidence;
                   // "In attendance: Deputies B and C" then "Deputy B: ..." are members who ask.
                   // "THE FOLLOWING ALSO PARTICIPATED: Graham X (Minister for Transport)": those listed apart from the members give evidence.
                   mention.cue == "transcript.speaker" && membership.roleAsPrinted.map({ !$0.lowercased().includes("attend") && !$0.lowercased().includes("also")
                       || MentionFinder.membersHonorifics.contains(text.words.first?.lowercased().trimming(.init(charactersIn: ".")) ?? "") }) == true
                    || Self.isQuestionTurn(text) {
                    (role, cue) = (.participant, "transcript.member-question")
                }
                // "Mr. Dale Reimer (Provencher, CPC): ..." then "Mr. Dale Reimer: Thank you.": the record prints the seat once.
                if number == 0, position == 0, mention.cue == "transcript.member" { seatedMembers.insert(id) }
                if number == 0, position == 0, mention.cue == "transcript.speaker", seatedMembers.contains(id) { (role, cue) = (.participant, "transcript.member") }
                // "I invite Mr. X to make his opening statement": before a committee, a witness's statement opens the evidence.
                if role == .openingSpeaker, hearsEvidence, mention.roleAsPrinted?.lowercased().hasPrefix("opening statement") == true {
                    (role, cue) = (.speaker, "role.speaker.witness-statement")
                }
                // "Opening the consultation, Mr X recalled ... He was followed by Ms Y, ...": the next to speak in the same capacity.
                if position == 0, specific == nil, lower.prefixMatch(of: Self.followedBy) != nil, let last = participations.last,
                   last.personId != nil, last.personId != id, [.openingSpeaker, .closingSpeaker, .keynoteSpeaker, .leadOffSpeaker].contains(last.role) {
                    (role, cue) = (last.role, "role.followed-by")
                }
                // "Two lead-off speakers introduced the discussion. Colonel X argued ... Prof. Y stressed ...":
                // the subjects of the sentences that follow hold the role announced.
                if position == 0, let announced = rolesAnnounced, announced.count > 0, startsWithSubject(printed, mention: mention) {
                    // A subject whose own verb names a role of the same kind ("responded") is one of those announced too;
                    // so is one who "spoke on" or "presented" the subject, what any of them does.
                    if specific == nil || specific == .speaker || specific == .presenter {
                        role = announced.label.role
                        cue = announced.label.id + ".announced"
                        rolePrinted = nil
                    }
                    rolesAnnounced?.count -= 1
                }
                // "On the sidelines, A and B discussed trade": outside a part of the programme, two who discussed spoke.
                // "... a panel on krill, in which A, B and C discussed": those a panel heard discussing sat on it.
                if cue == CueFinder.discussingVerbCue, currentPart == nil, !lower.includes("panel") {
                    role = .speaker
                    cue = CueFinder.reportingVerbCue
                }
                // "A, B and C discussed ...": who speaks in a panel, with no other role printed, sits on it.
                // "The second panel ... Mr. X spoke of ...": a verb of speech in a panel is a panelist's too.
                // A role the programme gave the person in this part stays.
                let unspecified = specific == nil || specific == .speaker && mention.roleAsPrinted?.lowercased() == "spoke"
                // "Participants heard from X": who spoke to the room, not from the panel's table.
                // "The first panel heard from A, B and C": those the panel itself heard sat on it.
                let panelHeard = lower.includes("panel heard from") || lower.includes("panel heard presentations from")
                let toTheEvent = role == .speaker && Self.addressesTheEvent(lower, eventNouns: lexicon.eventNouns)
                if role == .speaker, unspecified, partDefaultRole == nil, mention.cue != MentionFinder.heardFromId || panelHeard, !toTheEvent,
                   !["participants ", "the participants ", "delegates ", "attendees ", "the audience "].contains(where: lower.hasPrefix),
                   let index = currentPart,
                   parts[index].seatsAPanel,
                   !participations.contains(where: { $0.personId == id && $0.partId == parts[index].id }) {
                    role = .panelist
                    cue = "part.panel-member"
                }
                // "made introductory statements" in a session: who introduces a session's discussion leads it off; the
                // meeting's own introductory statement opens the meeting.
                if role == .openingSpeaker, mention.roleAsPrinted?.lowercased().includes("introductory") == true, let index = currentPart,
                   parts[index].kind == .session {
                    role = .leadOffSpeaker
                    cue = "role.lead-off.introductory"
                }
                if [.participant, .speaker, .openingSpeaker, .closingSpeaker].contains(role), meetingOffice(mention.titleBefore, affiliation: mention.affiliation) {
                    (role, cue, rolePrinted) = (.chair, Self.meetingOfficeCue, mention.titleBefore)
                    if let office = mention.titleBefore?.words.last?.lowercased() { meetingOfficeNamed.insert(office) }
                }
                // "In his concluding remarks, X ..." after the programme, X having chaired its last session: the meeting's own
                // close, which a role in the part would lose to the chair.
                // "The meeting elected Dr. X as Chair": the officers a meeting elects preside over all of it, whatever part reports it.
                let elected = [.chair, .rapporteur].contains(role) && Self.electsOfficers(lower)
                // "X summarized the conference": a speech that opens or closes the whole event ends the session the prose was in.
                if [.openingSpeaker, .closingSpeaker].contains(role), let index = currentPart, parts[index].kind == .session,
                   let noun = mention.roleAsPrinted?.lowercased().letterRuns.last, lexicon.eventNouns.contains(String(noun)),
                   !Self.nounsOfParts.contains(String(noun)) {
                    (currentPart, partDefaultRole, partDefaultCue) = (nil, nil, nil)
                }
                let ofTheEvent = elected || toTheEvent || [.openingSpeaker, .closingSpeaker].contains(role) && currentPart.map { index in
                    participations.contains { $0.personId == id && $0.partId == parts[index].id && $0.role != role && $0.role != .participant }
                } == true
                let added = participate(id, role: role, printed: rolePrinted, cue: cue ?? "mention.default",
                                        affiliation: mention.affiliation, line: printedOn, fromEvidence: mention.role != nil || !speech && spokeAfterMention(id, role: role, cue: cue), ofTheEvent: ofTheEvent)
                if let also = mention.alsoRole {
                    participate(id, role: also.role, printed: also.printed, cue: also.id, affiliation: mention.affiliation, line: printedOn,
                                ofTheEvent: true)
                }
                if added != nil, specific == nil, partDefaultRole == nil, role == .participant || role == .speaker {
                    unlabelled.append((id, currentPart.map { parts[$0].id }))
                }
                if position == 0, subject == nil, number == 0,
                   startsWithSubject(printed, mention: mention) {
                    subject = id
                }
            }
            // Two or more of them: one person who asked a question is no panel.
            if mentions.isEmpty, unlabelledBefore.count >= 2, sentence.prefixMatch(of: Patterns.panelistsAsSubject) != nil {
                for (person, part) in unlabelledBefore { settle(person, in: part, as: .panelist, cue: "role.panelist.named-after") }
            }
            if lower.includes(" by the ") || lower.includes(" the ") && (lower.includes(" her ") || lower.includes(" his ") || lower.includes(" their ")) { actorsByTitle(in: sentence, line: span.first) }
            if currentPart != nil, partDefaultRole == nil, mentions.isEmpty, lower.includes("panel"),
               sentence.firstMatch(of: Patterns.panelists) != nil {
                partDefaultRole = .panelist
                partDefaultCue = "part.panelists-sentence"
            }
            if currentPart != nil, let theme = theme(in: sentence, lower: lower), let index = currentPart, parts[index].title == nil {
                parts[index].title = theme
            }
        }
        let inEvaluation = currentSection.map { sections[$0].kind == .evaluation } ?? false
        let opensDiscussion = text.prefixMatch(of: Patterns.opensDiscussion) != nil
        let lower = text.lowercased()
        let reportsDiscussion = mentioned.isEmpty && (lower.includes("floor") || lower.includes("lively"))
            && text.firstMatch(of: Patterns.reportsDiscussion) != nil
        let isDiscussion = opensDiscussion || reportsDiscussion
        let kind: StatementKind
        if isDiscussion {
            kind = .discussion
            speaker = nil
        } else if let subject {
            kind = currentPart.map { parts[$0].kind == .concluding } ?? false ? .conclusion : .statement
            speaker = subject
        } else if inEvaluation {
            kind = .evaluation
        } else {
            kind = .narrative
            speaker = nil
        }
        let index = appendStatement(text: printed, kind: kind, form: form, level: level(of: shape),
                                    speakerId: kind == .narrative || kind == .discussion ? nil : subject, span: span)
        // "- Dr. X presented the report." over "- Coordinators of Kenya (Ms. Y) presented ...": an item that says all it has to
        // say is the list's, and the items after it are its peers, not X's points.
        if subject != nil, form != .bullet || text.hasSuffix(":") {
            speakerIntroduction = index
            pointsFollow = true
        } else {
            speakerIntroduction = nil
            pointsFollow = false
        }
        // The last line of a page cut off mid-word ("Wrapping up the S") is a fragment of prose, not a line
        // left unread; a short line in title case there ("Projector Room B") is still unread.
        let cutOff = lines.last(where: { !$0.isBlank })?.number == span.last
            && text.words.contains { $0.count >= 2 && $0.allSatisfy(\.isLowercase) }
        if text.wordCount <= 6, !endsSentence(text), shape.markers.isEmpty, mentioned.isEmpty, !cutOff {
            categories[span.first] = .unclassified
            unclassified(span.first)
        }
        openParagraph = nil
    }
}

extension PlainTextReader {
    /// "The Vice-Chairs were Mr A and Ms B. ... Speaking for the employers, Mr A said ...": one the text named with no role,
    /// whom it then reports speaking, spoke.
    func spokeAfterMention(_ id: String, role: Role, cue: String?) -> Bool {
        guard !isMinutes, role == .speaker, cue == CueFinder.reportingVerbCue else { return false }
        return explanations.contains { $0.person && $0.value == id && $0.fact == Role.participant.rawValue && $0.cue == "mention.default" }
    }
}
