/// XPath 2.0 value comparisons in a schema bound to XSLT 2 or XPath 2 (TEI's rules), rewritten as
/// the XPath 1.0 general comparisons that decide them alike, so that libxml2 evaluates the rule
/// instead of leaving it unevaluated: `string-length(.) gt 0` (TEI's rule on a dated element's
/// content) is `string-length(.) > 0`. Between single values a value comparison and a general one
/// agree, save where XPath 1.0 would turn strings into numbers: `eq` and `ne` are always rewritten
/// (`=` and `!=` compare strings as strings), `lt`, `le`, `gt` and `ge` only beside a number
/// literal, where both compare numbers. Anything else of XPath 2.0 is left as it is, and stays a
/// finding on the schema.
enum XPathLowering {
    private static let comparisons = ["eq": "=", "ne": "!=", "lt": "<", "le": "<=", "gt": ">", "ge": ">="]

    /// The schema with every expression's value comparisons rewritten, when its binding is XPath 2
    /// or later; otherwise the schema as it is (XPath 1.0 has no such operators to rewrite).
    static func lowered(_ schema: SchematronSchema) -> SchematronSchema {
        guard ["xslt2", "xslt3", "xpath2", "xpath3"].contains((schema.queryBinding ?? "").lowercased()) else { return schema }
        var schema = schema
        func lower(_ lets: [SchematronSchema.Let]) -> [SchematronSchema.Let] {
            lets.map { value in
                var value = value
                value.value = value.value.map(valueComparisons)
                return value
            }
        }
        schema.lets = lower(schema.lets)
        schema.phases = schema.phases.map { phase in
            var phase = phase
            phase.lets = lower(phase.lets)
            return phase
        }
        schema.patterns = schema.patterns.map { pattern in
            var pattern = pattern
            pattern.lets = lower(pattern.lets)
            pattern.rules = pattern.rules.map { rule in
                var rule = rule
                rule.context = valueComparisons(rule.context)
                rule.lets = lower(rule.lets)
                rule.checks = rule.checks.map { check in
                    var check = check
                    check.test = valueComparisons(check.test)
                    check.message = check.message.map { part in
                        switch part {
                        case .valueOf(let expression): .valueOf(valueComparisons(expression))
                        case .name(let path?): .name(valueComparisons(path))
                        case .name(nil), .text: part
                        }
                    }
                    return check
                }
                return rule
            }
            return pattern
        }
        return schema
    }

    /// `expression` with each value comparison that stands as an operator (after an operand, outside
    /// a string literal) written as the general comparison that decides it alike.
    static func valueComparisons(_ expression: String) -> String {
        let characters = Array(expression)
        var result = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "'" || character == "\"" {
                var end = index + 1
                while end < characters.count, characters[end] != character { end += 1 }
                end = min(end + 1, characters.count)
                result += String(characters[index..<end])
                index = end
                continue
            }
            if isNameCharacter(character) {
                var end = index
                while end < characters.count, isNameCharacter(characters[end]) { end += 1 }
                let word = String(characters[index..<end])
                if let general = comparisons[word], index > 0, characters[index - 1].isWhitespace,
                   end < characters.count, characters[end].isWhitespace,
                   let left = operandBefore(characters, index), let right = operandAfter(characters, end),
                   ["eq", "ne"].contains(word) || isNumber(left) || isNumber(right) {
                    result += general
                } else {
                    result += word
                }
                index = end
                continue
            }
            result.append(character)
            index += 1
        }
        return result
    }

    private static func isNameCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || "_-.".contains(character)
    }

    /// The word or closing bracket or quotation mark that ends the operand before `index`, or nil
    /// when what precedes is no operand (an axis, a slash, an opening bracket, an operator).
    private static func operandBefore(_ characters: [Character], _ index: Int) -> String? {
        var end = index
        while end > 0, characters[end - 1].isWhitespace { end -= 1 }
        guard end > 0 else { return nil }
        let last = characters[end - 1]
        if ")]'\"".contains(last) { return String(last) }
        guard isNameCharacter(last) else { return nil }
        var start = end
        while start > 0, isNameCharacter(characters[start - 1]) { start -= 1 }
        let word = String(characters[start..<end])
        // "and eq", "or gt": an operator before is no operand.
        guard !["and", "or", "div", "mod", "return", "then", "else", "in", "satisfies"].contains(word), comparisons[word] == nil else { return nil }
        return word
    }

    /// The first word, number or opening character of the operand after `index`, or nil when none follows.
    private static func operandAfter(_ characters: [Character], _ index: Int) -> String? {
        var start = index
        while start < characters.count, characters[start].isWhitespace { start += 1 }
        guard start < characters.count, !")],|".contains(characters[start]) else { return nil }
        var end = start
        if characters[end] == "-" { end += 1 }
        while end < characters.count, isNameCharacter(characters[end]) { end += 1 }
        return end > start ? String(characters[start..<end]) : String(characters[start])
    }

    private static func isNumber(_ word: String) -> Bool {
        let digits = word.hasPrefix("-") ? word.dropFirst() : Substring(word)
        return !digits.isEmpty && digits.allSatisfy { $0.isNumber || $0 == "." } && digits.contains(where: \.isNumber)
    }
}
