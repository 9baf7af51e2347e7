import Foundation

/// One physical line of a plain-text input, normalised for matching but numbered as in the file.
struct SourceLine: Sendable {
    /// 1-based, as an editor shows it.
    let number: Int
    /// Leading spaces after tabs were expanded; nesting of bullets is read from it.
    let indent: Int
    /// The line without its indentation and trailing blanks; NBSP and friends became spaces.
    let text: String

    var isBlank: Bool { text.isEmpty }
}

/// Turns raw bytes into numbered lines, or explains in a finding why they are not a text summary.
enum SourceText {
    enum Decoded {
        case success([SourceLine])
        case failure(Finding)
    }

    static func decode(_ bytes: [UInt8], fileName: String) -> Decoded {
        func failure(_ message: String, line: Int? = nil, column: Int? = nil) -> Decoded {
            .failure(Finding(file: fileName, line: line, column: column, severity: .error,
                             rule: .input, message: message))
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            return failure(bytes.isEmpty ? "file is empty" : "file holds only blank lines")
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let position = body.firstIndex(where: isBinaryControl) {
            let (line, column) = location(of: position, in: bytes)
            return failure(String(format: "binary data (byte 0x%02X), not a text summary", bytes[position]),
                           line: line, column: column)
        }
        guard String(validating: body, as: UTF8.self) != nil else {
            let position = firstInvalidUTF8(in: bytes)
            let (line, column) = location(of: position, in: bytes)
            return failure("invalid UTF-8 (byte 0x\(String(bytes[position], radix: 16, uppercase: true)))",
                           line: line, column: column)
        }
        // The text is valid UTF-8 (checked above); lines end at LF, CRLF or CR. Split on the bytes: a String's line-by-line search was a
        // tenth of reading a summary.
        var lines: [SourceLine] = []
        var lineStart = body.startIndex
        var i = body.startIndex
        while i < body.endIndex {
            let byte = body[i]
            if byte == 0x0A || byte == 0x0D {
                lines.append(normalise(body[lineStart..<i], number: lines.count + 1))
                if byte == 0x0D, i + 1 < body.endIndex, body[i + 1] == 0x0A { i += 1 }
                lineStart = i + 1
            }
            i += 1
        }
        lines.append(normalise(body[lineStart..<body.endIndex], number: lines.count + 1))
        return .success(lines)
    }

    private static func normalise(_ bytes: ArraySlice<UInt8>, number: Int) -> SourceLine {
        // Most lines are ASCII without tabs or form feeds: already in normal form C, nothing to
        // replace, and the only trailing blank is a space.
        if bytes.allSatisfy({ $0 < 0x80 && $0 != 0x09 && $0 != 0x0C }) {
            let start = bytes.firstIndex { $0 != 0x20 } ?? bytes.endIndex
            let end = (bytes.lastIndex { $0 != 0x20 }).map { $0 + 1 } ?? start
            return SourceLine(number: number, indent: start - bytes.startIndex,
                              text: String(decoding: bytes[start..<max(start, end)], as: UTF8.self))
        }
        return normalise(String(decoding: bytes, as: UTF8.self), number: number)
    }

    private static func normalise(_ raw: String, number: Int) -> SourceLine {
        var expanded = ""
        let composed = raw.precomposedStringWithCanonicalMapping
        for scalar in composed.unicodeScalars {
            switch scalar {
            case "\t": expanded += "    "
            // A form feed (a PDF page break) is not allowed in XML; it separates like a space.
            case "\u{00A0}", "\u{000C}", "\u{2007}", "\u{202F}", "\u{3000}", "\u{2002}", "\u{2003}", "\u{2009}":
                expanded += " "
            case "\u{200B}", "\u{FEFF}": continue
            default: expanded.unicodeScalars.append(scalar)
            }
        }
        let indent = expanded.prefix { $0 == " " }.count
        var text = expanded.dropFirst(indent)
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return SourceLine(number: number, indent: indent, text: String(text))
    }

    /// NUL and the C0 controls other than tab, newline, carriage return and form feed never occur in text.
    private static func isBinaryControl(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C
    }

    private static func location(of index: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        for i in 0..<index where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        // Columns count characters, as editors do, not bytes.
        let prefix = String(decoding: bytes[lineStart..<index], as: UTF8.self)
        return (line, prefix.count + 1)
    }

    private static func firstInvalidUTF8(in bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            guard i + length <= bytes.count else { return i }
            if length > 1, String(validating: bytes[i..<(i + length)], as: UTF8.self) == nil { return i }
            i += length
        }
        return max(0, bytes.count - 1)
    }
}
