// The plain-text importer is being changed in another branch; until it names its rules with
// `Rule`, these let it build. Each use is a deprecation warning that points at the line to change;
// the file goes once there is none.

extension Finding {
    @available(*, deprecated, message: "name the rule with Rule (.unclassifiedLine, .inferredYear, ...)")
    init(file: String, line: Int? = nil, column: Int? = nil, severity: Severity,
         rule: String, message: String, hint: String? = nil, xpath: String? = nil) {
        guard let id = RuleID(rawValue: rule) else { preconditionFailure("\(rule) is not a rule of Rule") }
        self.init(file: file, line: line, column: column, severity: severity, rule: id, message: message, hint: hint, xpath: xpath)
    }
}

extension Set<String> {
    @available(*, deprecated, message: "keep the rules as Set<Rule> and compare finding.rule.rule")
    func contains(_ id: RuleID) -> Bool { contains(id.rawValue) }
}
