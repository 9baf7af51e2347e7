import Foundation

/// "the spring flagship panel of the Center for Strategic Technology and Security (CSTS)", "the 71st meeting of the Working
/// Party": a text that calls the event a body's names the body that held it. Weaker than any sentence that says who organised
/// or hosted it, so it is read only when none does.
extension PlainTextReader {
    nonisolated(unsafe) private static let eventOfBody =
        /\bthe ((?:[\w’'-]+ ){0,3}?)([a-z]+) of (?:the )?(\p{Lu}[\w’'.&-]*(?: (?:of|for|on|and|the|&|\p{Lu}[\w’'.&-]*))*(?: \(\p{Lu}{2,10}\))?)/

    private static let anotherMeeting = ["margins of ", "margin of ", "sidelines of ", "sideline of ", "during ", "at ", "occasion of ", "ahead of ",
                                         "following ", "before ", "after ", "to ", "for ", "in preparation for ", "outcome of ", "results of "]

    private static let wholeEventParts: Set<String> = ["panel", "session", "series"]

    nonisolated(unsafe) private static let headOfBody =
        /(?:the )?(?:Director-General|Secretary-General|Executive Secretary|Executive Director|Administrator|High Commissioner|Secretariat) of (?:the )?(\p{Lu}.+)/

    /// "convened by the Director-General of UNESCO": the head of a body convenes in its name; the body is the organiser.
    static func bodyOfItsHead(_ name: String) -> String {
        name.wholeMatch(of: headOfBody).map { String($0.output.1) } ?? name
    }

    mutating func readEventOfBody(_ sentence: String, lower: String, line: Int) {
        // Asked of every sentence until one names the body: the regular expression only where an event's noun is printed.
        if eventOfBody == nil, paragraphsRead <= 1, lower.includes("’s ") || lower.includes("'s "),
           lower.letterRuns.contains(where: { lexicon.eventNouns.contains(String($0)) || Self.wholeEventParts.contains(String($0)) }) {
            readBodysOwnEvent(sentence, lower: lower, line: line)
        }
        guard eventOfBody == nil, lower.includes(" of "),
              lower.letterRuns.contains(where: { lexicon.eventNouns.contains(String($0)) || Self.wholeEventParts.contains(String($0)) }) else { return }
        // "the spring flagship panel of the Center": a panel or a session may be the whole event a page reports.
        for match in sentence.matches(of: Self.eventOfBody)
        where lexicon.eventNouns.contains(String(match.output.2)) || Self.wholeEventParts.contains(String(match.output.2)) {
            // "on the margins of the sixty-fifth session of the General Assembly", "ahead of the annual meeting of the Bank":
            // another meeting, at which or around which this one was held.
            let before = sentence[..<match.range.lowerBound].lowercased()
            guard !Self.anotherMeeting.contains(where: before.hasSuffix) else { continue }
            // "the Third Regional Forum of the Bank": words in capitals before the noun name an event of its own, not the body's.
            guard match.output.1.split(separator: " ").allSatisfy({ $0.first?.isUppercase != true }) else { continue }
            let name = String(match.output.3)
            guard isOrganizationName(name) else { continue }
            eventOfBody = (name, "the " + match.output.1 + match.output.2 + " of", line)
            return
        }
    }

    /// "The Nordic Council’s 77th Session opened in Stockholm": the body's own, by the possessive.
    mutating func readBodysOwnEvent(_ sentence: String, lower: String, line: Int) {
        for match in sentence.matches(of: Self.bodysEvent)
        where lexicon.eventNouns.contains(String(match.output.3).lowercased()) || Self.wholeEventParts.contains(String(match.output.3).lowercased()) {
            var before = sentence[..<match.range.lowerBound].lowercased()
            if before.hasSuffix("the ") { before.removeLast(4) }
            // "It built on the FAO’s 2023 conference", "the outcomes of the African Union’s conference": another meeting, in passing.
            guard !Self.anotherMeeting.contains(where: before.hasSuffix), !["built on", "outcomes of", "recalled", "recalling", "previous", "last year"].contains(where: before.includes),
                  match.output.2.split(separator: " ").allSatisfy({ ($0.first?.isNumber == true && $0.count < 4 || $0.first?.isNumber == true && !$0.allSatisfy(\.isNumber)) || $0.first?.isLowercase == true }) else { continue }
            let name = match.output.1.hasPrefix("The ") ? String(match.output.1.dropFirst(4)) : String(match.output.1)
            guard isOrganizationName(name) else { continue }
            eventOfBody = (name, String(match.output.0), line)
            return
        }
    }

    nonisolated(unsafe) private static let bodysEvent =
        /\b(\p{Lu}[\w.&-]*(?: (?:of|for|on|and|the|&|\p{Lu}[\w.&-]*))*)['’]s ((?:[\w-]+ ){0,2}?)(\p{L}+)\b/

    mutating func bodyOfTheEventAsOrganizer() {
        // "The event was co-sponsored by A and B": who sponsored it leaves the host to be named ("co-organised by A and B" names
        // them all).
        let sponsorsOnly = participations.filter { $0.role == .organizer && $0.personId == nil }
            .allSatisfy { $0.roleAsPrinted?.lowercased().contains("sponsor") == true }
        guard sponsorsOnly, let (name, printed, line) = eventOfBody else { return }
        let id = registry.organization(name, line: line)
        guard !participations.contains(where: { $0.organizationId == id && $0.role == .organizer }) else { return }
        participations.append(Participation(organizationId: id, role: .organizer, roleAsPrinted: printed, line: line))
        explain("organizer", name, line: line, cue: "organizer.event-of", printed: printed)
    }

    /// "OPENING OF THE WORKSHOP" / "1. The workshop was jointly organized by FAO and ...": under a part's heading, a sentence
    /// whose subject is the event itself, by its noun or by its name, says what is the whole event's.
    /// `verb`: where the sentence's verb of organising begins.
    func namesTheWholeEvent(_ sentence: String, before verb: String.Index) -> Bool {
        let subject = sentence[..<verb].lowercased()
        if eventTitle.wordCount >= 3, subject.includes(eventTitle) { return true }
        let words = subject.letterRuns.map(String.init).filter { !["was", "were", "is", "jointly", "also"].contains($0) }
        // "Item 1 – Opening of the session" / "1. The extraordinary session of the Council was convened by ...": a report's first
        // item says first what meeting it reports on; "The first meeting of the Group, held in Bangkok in 2022," is another.
        let earlier: Set<String> = ["first", "second", "third", "previous", "last", "next", "past", "earlier", "former", "preceding"]
        if currentPart == 0, ([parts[0].label] + [parts[0].title].compactMap { $0 }).contains(where: { $0.lowercased().includes("opening of the") }),
           ["the", "this"].contains(words.first ?? ""), words.prefix(4).contains(where: { lexicon.eventNouns.contains($0) || $0 == "session" }),
           !subject.contains(","), !words.contains(where: earlier.contains) {
            return true
        }
        guard (2...3).contains(words.count), ["the", "this"].contains(words[0]), let noun = words.last else { return false }
        return lexicon.eventNouns.contains(noun) && eventTitle.words.contains { $0 == noun }
    }
}
