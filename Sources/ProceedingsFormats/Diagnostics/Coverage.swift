/// Every input line with what it became, and the share of non-blank lines that were understood.
public enum Coverage {
    public static func share(_ lines: [LineAccount]) -> (classified: Int, nonBlank: Int) {
        let nonBlank = lines.filter { $0.category != .blank }
        return (nonBlank.filter { $0.category != .unclassified }.count, nonBlank.count)
    }

    public static func render(_ lines: [LineAccount]) -> String {
        let width = String(lines.count).count
        var out = lines.map { account in
            let number = String(account.line)
            let padded = String(repeating: " ", count: width - number.count) + number
            let category = account.category.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
            return "\(padded)  \(category) \(account.text)".trimmingSuffix()
        }
        let (classified, nonBlank) = share(lines)
        let percent = nonBlank == 0 ? 100 : Double(classified) * 100 / Double(nonBlank)
        out.append("classified \(classified) of \(nonBlank) non-blank lines (\(formatted(percent))%)")
        return out.joined(separator: "\n") + "\n"
    }

    private static func formatted(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}

extension String {
    fileprivate func trimmingSuffix() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
