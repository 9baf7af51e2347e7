internal import Foundation

/// Abstract patterns and rules expanded into the schema's patterns, each check given its rule id.
extension SchematronLoader.Reader {
    func finish(queryBinding: String?, defaultPhase: String?) -> SchematronSchema {
        let abstractPatterns = Dictionary(patterns.filter(\.abstract).compactMap { p in p.id.map { ($0, p) } }) { first, _ in first }
        var result: [SchematronSchema.Pattern] = []
        for (index, raw) in patterns.enumerated() where !raw.abstract {
            var source = raw
            if let isA = raw.isA {
                guard let abstract = abstractPatterns[isA] else {
                    problem(raw.location, "pattern \(raw.id ?? "") is-a \"\(isA)\", which no abstract pattern is")
                    continue
                }
                let parameters = raw.parameters.sorted { $0.name.count > $1.name.count }
                source = abstract
                source.rules = abstract.rules.map { rule in
                    var rule = rule
                    rule.context = rule.context.map { Self.substitute($0, parameters) }
                    rule.items = rule.items.map { item in
                        switch item {
                        case .let_(var value):
                            value.value = value.value.map { Self.substitute($0, parameters) }
                            return .let_(value)
                        case .check(var check):
                            check.test = Self.substitute(check.test, parameters)
                            check.message = check.message.map { part in
                                switch part {
                                case .valueOf(let select): .valueOf(Self.substitute(select, parameters))
                                case .name(let path): .name(path.map { Self.substitute($0, parameters) })
                                case .text: part
                                }
                            }
                            return .check(check)
                        case .extends: return item
                        }
                    }
                    return rule
                }
                source.id = raw.id
                source.lets = raw.lets + abstract.lets.map { var l = $0; l.value = l.value.map { Self.substitute($0, parameters) }; return l }
                source.location = raw.location
            }
            var rules: [SchematronSchema.Rule] = []
            for (ruleIndex, rule) in source.rules.enumerated() {
                guard let context = rule.context else {
                    problem(rule.location, "a rule without a context")
                    continue
                }
                var lets: [SchematronSchema.Let] = [], checks: [SchematronSchema.Check] = []
                expand(rule.items, into: &lets, &checks, seen: [])
                for (checkIndex, _) in checks.enumerated() {
                    checks[checkIndex].rule = ruleId(pattern: source.id, rule: rule.id, check: checks[checkIndex].id,
                                                     position: [index + 1, ruleIndex + 1, checkIndex + 1])
                }
                rules.append(SchematronSchema.Rule(id: rule.id, context: context, lets: lets, checks: checks, location: rule.location))
            }
            result.append(SchematronSchema.Pattern(id: source.id, lets: source.lets, rules: rules, location: source.location))
        }
        return SchematronSchema(file: root, queryBinding: queryBinding, namespaces: namespaces, lets: lets, phases: phases,
                                defaultPhase: defaultPhase, patterns: result, problems: problems)
    }

    private func expand(_ items: [Item], into lets: inout [SchematronSchema.Let], _ checks: inout [SchematronSchema.Check],
                        seen: Set<String>) {
        for item in items {
            switch item {
            case .let_(let value): lets.append(value)
            case .check(let check): checks.append(check)
            case .extends(let name, let location):
                guard let abstract = abstractRules[name] else {
                    problem(location, "extends rule \"\(name)\", which no abstract rule is")
                    continue
                }
                guard !seen.contains(name) else {
                    problem(location, "extends rule \"\(name)\", which extends itself")
                    continue
                }
                expand(abstract.items, into: &lets, &checks, seen: seen.union([name]))
            }
        }
    }

    /// `$name` replaced by the parameter's value, where `$name` is not the start of a longer name.
    static func substitute(_ text: String, _ parameters: [(name: String, value: String)]) -> String {
        guard !parameters.isEmpty, text.contains("$") else { return text }
        var result = ""
        var index = text.startIndex
        outer: while index < text.endIndex {
            if text[index] == "$" {
                let rest = text[text.index(after: index)...]
                for (name, value) in parameters where rest.hasPrefix(name) {
                    let end = rest.index(rest.startIndex, offsetBy: name.count)
                    if end == rest.endIndex || !Self.isNameCharacter(rest[end]) {
                        result += value
                        index = end
                        continue outer
                    }
                }
            }
            result.append(text[index])
            index = text.index(after: index)
        }
        return result
    }

    static func isNameCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "-" || character == "." || character == ":"
    }

    private func ruleId(pattern: String?, rule: String?, check: String?, position: [Int]) -> RuleID {
        switch naming {
        case .tei:
            return pattern.flatMap(RuleID.tei(patternId:))
                ?? RuleID.tei(constraint: position.map(String.init).joined(separator: "-"))
        case .partner:
            let named = [check, rule, pattern].compactMap { $0 }.first { !RuleID.kebab($0).isEmpty }
            let stem = ((root as NSString).lastPathComponent as NSString).deletingPathExtension
            return RuleID.schematron(constraint: named ?? ([stem] + position.map(String.init)).joined(separator: "-"))
        }
    }
}
