/// A paragraph that is no one's statement but reports several people, each in a sentence of their
/// own (a question-and-answer session: "Dr. A replied that ... Ms. B added that ..."). Each such
/// sentence is cut as a speaker's statement is: the reporting clause prose with the speaker's name,
/// the content `said` with that speaker's `@who`.
extension TEISpeech {
    /// A person the text may name: the id and every form the summary names them by.
    struct Person: Equatable {
        var id: String
        var names: [String]
    }

    enum Voiced: Equatable {
        case prose(String)
        /// A speaker's name as printed, with a title before it, in the subject of a clause of saying.
        case speaker(String, person: String)
        /// What that speaker said.
        case reported(String, person: String)
    }

    /// The text cut into prose and each named speaker's name and reported content; their
    /// concatenation is the text. A sentence is cut only where the subject of its verb of saying names
    /// exactly one person and is that person ("Dr. Holt, the chair, replied that"); a sentence whose
    /// subject is "he" or "she", or names two people, stays prose, since the paragraph gives no
    /// speaker to resolve it to. Empty when no one is reported.
    static func voices(_ text: String, people: [Person]) -> [Voiced] {
        let characters = Array(text)
        var found: [(mention: Range<Int>, person: String, content: [Range<Int>])] = []
        for sentence in sentenceRanges(characters) {
            guard let clauses = sayingClauses(characters, in: sentence),
                  let (mention, person) = soleSubject(characters, clauses.subject, people: people) else { continue }
            found.append((mention, person, contentRanges(characters, in: sentence, clauses)))
        }
        guard !found.isEmpty else { return [] }

        var segments: [Voiced] = []
        var position = 0
        func prose(upTo end: Int) {
            if end > position { segments.append(.prose(String(characters[position..<end]))) }
            position = max(position, end)
        }
        for voice in found {
            prose(upTo: voice.mention.lowerBound)
            segments.append(.speaker(String(characters[voice.mention]), person: voice.person))
            position = voice.mention.upperBound
            for range in voice.content {
                // Trailing spaces between sentences stay prose.
                var end = range.upperBound
                while end > range.lowerBound, characters[end - 1] == " " { end -= 1 }
                guard end > range.lowerBound else { continue }
                prose(upTo: range.lowerBound)
                segments.append(.reported(String(characters[range.lowerBound..<end]), person: voice.person))
                position = end
            }
        }
        prose(upTo: characters.count)
        return segments
    }

    /// The one person the subject names, and where, when that name is the subject: nothing before it
    /// but an opening phrase set off by a comma ("In reply, ") or a position's title ("Prime Minister",
    /// "State Secretary"), nothing after it but an apposition set off by commas and an adverb or two
    /// ("also", "in turn", "then"), or the comma that closes the apposition the name is ("the
    /// country's Minister for Foreign Affairs, Masahiko Koumura, noted"). A name printed within another's
    /// longer name counts only as the longer ("Ogata" inside "Sadako Ogata").
    private static func soleSubject(_ characters: [Character], _ subject: Range<Int>, people: [Person]) -> (Range<Int>, String)? {
        guard wordRanges(characters, in: subject).count <= 30 else { return nil }
        var mentions: [(range: Range<Int>, person: String)] = []
        for person in people {
            for name in Set(person.names) where name.count > 1 {
                mentions += occurrences(of: Array(name), in: characters, within: subject).map { ($0, person.id) }
            }
        }
        // "Following Mr. Kikawada's remarks, Mr. Yanai stated": a name in the possessive is no subject.
        mentions.removeAll { mention in
            mention.range.upperBound + 1 < characters.count && "'’".contains(characters[mention.range.upperBound])
                && characters[mention.range.upperBound + 1] == "s"
        }
        let all = mentions
        mentions.removeAll { mention in
            all.contains { $0.person != mention.person && $0.range.count > mention.range.count
                && $0.range.lowerBound <= mention.range.lowerBound && mention.range.upperBound <= $0.range.upperBound }
        }
        guard let person = mentions.first?.person, mentions.allSatisfy({ $0.person == person }) else { return nil }
        // The longest printing first where several start at one place: "Paul Berg" before "Paul".
        for mention in mentions.map(\.range).sorted(by: { ($0.lowerBound, -$0.count) < ($1.lowerBound, -$1.count) }) {
            let range = withTitle(characters, mention, from: subject.lowerBound)
            let before = String(characters[subject.lowerBound..<range.lowerBound]).trimmingSpaces
            let after = String(characters[range.upperBound..<subject.upperBound])
            let closesApposition = before.hasSuffix(",") && after.trimmingSpaces.hasPrefix(",")
                && isAdverbs(String(after.trimmingSpaces.dropFirst()))
            // "In the opening session, Prime Minister": an opening phrase, then a position's title.
            let title = before.range(of: ", ", options: .backwards).map { String(before[$0.upperBound...]) } ?? before
            if before.isEmpty || before.hasSuffix(",") || isPositionTitle(title), isAdverbs(after) || apposition(after) || closesApposition {
                return (range, person)
            }
        }
        return nil
    }

    /// "Prime Minister", "Japan's Foreign Minister", "Minister for Foreign Affairs": a position's
    /// title before a name, its words capitalised but for those that join them, the last a position's
    /// or a title of address.
    private static func isPositionTitle(_ text: String) -> Bool {
        let words = text.split(separator: " ").map(String.init)
        let vocabulary = NameVocabulary.builtIn
        guard let last = words.last, words.count <= 6,
              NameVocabulary.isPositionWord(last, titleWords: vocabulary.titleWords) || vocabulary.honorific(last) != nil else { return false }
        return words.allSatisfy { $0.first?.isUppercase == true || ["of", "for", "the", "and"].contains($0) }
    }

    /// ", Director of the Basin Institute, also ": an apposition set off by commas, then adverbs.
    private static func apposition(_ text: String) -> Bool {
        guard text.hasPrefix(","), let close = text.lastIndex(of: ","), close != text.startIndex else { return false }
        return isAdverbs(String(text[text.index(after: close)...]))
    }

    /// No more than two words, all in lower case: "also", "in turn".
    private static func isAdverbs(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return words.count <= 2 && words.allSatisfy { $0.allSatisfy { $0.isLowercase || $0 == "-" } }
    }

    private static func occurrences(of needle: [Character], in characters: [Character], within range: Range<Int>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var start = range.lowerBound
        while start + needle.count <= range.upperBound {
            if characters[start..<(start + needle.count)].elementsEqual(needle),
               start == 0 || !isWordCharacter(characters[start - 1]),
               start + needle.count == characters.count || !isWordCharacter(characters[start + needle.count]) {
                found.append(start..<(start + needle.count))
            }
            start += 1
        }
        return found
    }

    /// "Dr. Holt": a title printed just before the name belongs to the name as printed.
    private static func withTitle(_ characters: [Character], _ mention: Range<Int>, from subject: Int) -> Range<Int> {
        guard mention.lowerBound >= subject + 2, characters[mention.lowerBound - 1] == " " else { return mention }
        var start = mention.lowerBound - 1
        while start > subject, !characters[start - 1].isWhitespace { start -= 1 }
        return isTitle(String(characters[start..<(mention.lowerBound - 1)])) ? start..<mention.upperBound : mention
    }
}

private extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
