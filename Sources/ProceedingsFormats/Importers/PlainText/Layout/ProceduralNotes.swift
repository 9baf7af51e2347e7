import Foundation

/// "Mr GRAHAM PURCELL, CHIEF EXECUTIVE, AMBULANCE TASMANIA, WAS CALLED, MADE THE STATUTORY DECLARATION AND WAS EXAMINED.",
/// "THE COMMITTEE MET IN COMMITTEE ROOM 2, PARLIAMENT HOUSE, HOBART, AT 9.30 A.M.": a transcript prints what happened, as
/// against what was said, in capitals. Read in capitals every word looks like a name; read in sentence case, the names
/// after their honorifics and the place where the body met keep their capitals, and the rest is a sentence.
enum ProceduralNotes {
    static func inSentenceCase(_ text: String, _ lexicon: GenreLexicon) -> String? {
        // Asked of every paragraph of a record of evidence: a sentence in lower case shows it in its first words, where a note in
        // capitals has at most the letters of an honorific or two.
        guard text.hasSuffix("."), text.prefix(40).filter(\.isLowercase).count <= 6 else { return nil }
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        let lettered = words.filter { $0.contains(where: \.isLetter) }
        // The honorifics are printed as usual; every other word is in capitals.
        guard lettered.count >= 4, text.hasSuffix("."),
              lettered.allSatisfy({ Names.isAllCaps(String($0)) || Names.honorific(String($0), lexicon) != nil }),
              lettered.filter({ Names.isAllCaps(String($0)) }).count >= 3 else { return nil }
        var result: [String] = []
        var inName = false, inPlace = false
        for (index, word) in words.enumerated() {
            let bare = String(word)
            // "Mr GRAHAM PURCELL", "DR JANE ROE": the honorific printed as usual or in capitals opens a name.
            if Names.honorific(bare, lexicon) != nil, !inName {
                result.append(Names.isAllCaps(bare) ? HeaderReader.inTitleCase(bare) : bare)
                inName = true
                continue
            }
            let lower = bare.lowercased()
            // "AND" or a verb ends a name; a comma after a word of it too, the word kept.
            if inName, ["and", "was", "were", "who", "has", "had", "is"].contains(lower) { inName = false }
            if inPlace, lower == "at" || lower == "on", index + 1 < words.count, words[index + 1].first?.isNumber == true { inPlace = false }
            if inPlace, lower == "the", result.last.map({ ["in", "at"].contains($0) }) == true {
                result.append(lower)
            } else if inName || inPlace {
                result.append(HeaderReader.inTitleCase(bare))
                if bare.hasSuffix(",") { inName = false }
            } else {
                result.append(result.isEmpty ? HeaderReader.inTitleCase(bare) : lower)
            }
            // "MET IN", "MET AT", "HELD IN": the place follows.
            // "MET IN PRIVATE", "SAT IN CAMERA": how, not where.
            if ["in", "at"].contains(lower), index >= 1, ["met", "held", "sat", "assembled"].contains(words[index - 1].lowercased()),
               index + 1 < words.count, !["private", "camera", "public", "person"].contains(words[index + 1].lowercased().trimming(.punctuationCharacters)) {
                inPlace = true
            }
        }
        return result.joined(separator: " ")
    }
}
