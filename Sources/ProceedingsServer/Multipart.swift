import Foundation

/// One part of a `multipart/form-data` body: a file of the form, or a plain field.
struct FormPart: Sendable, Equatable {
    var name: String
    /// The file's name for a file part (empty when a form's file input was left empty), nil for a field.
    var fileName: String?
    var bytes: [UInt8]
}

/// A small parser of `multipart/form-data` (RFC 7578) over a body already collected under the
/// upload limit, so it never reads more than it was given; the number of parts is capped too.
///
/// Not MultipartKit (4.7.1), tried against `MultipartTests`: its parser throws on transport padding
/// after a boundary and on a file's line that begins with the delimiter and goes on; it has no end
/// of input, so a truncated body, one without its boundary or closed by "--b-" passes with what it
/// had; it refuses an empty form ("--b--"); and its one error, `syntax`, says nothing a client
/// could act on.
enum Multipart {
    /// What went wrong, in words that are shown to the client as they are.
    enum Failure: Error, Equatable, CustomStringConvertible {
        case noBoundary
        case malformed(String)
        case tooManyParts

        var description: String {
            switch self {
            case .noBoundary: "multipart/form-data without a usable boundary"
            case .malformed(let message): message
            case .tooManyParts: "the form has more than \(Multipart.maxParts) parts"
            }
        }
    }

    static let maxParts = 100

    /// The boundary of a `multipart/form-data` Content-Type, or nil for any other type.
    static func boundary(contentType: String) throws(Failure) -> String? {
        let end = contentType.firstIndex(of: ";") ?? contentType.endIndex
        guard contentType[..<end].trimmingCharacters(in: .whitespaces).lowercased() == "multipart/form-data" else { return nil }
        // RFC 2046 allows 1 to 70 characters.
        guard let boundary = parameters(String(contentType[end...]))["boundary"], (1...70).contains(boundary.utf8.count) else {
            throw .noBoundary
        }
        return boundary
    }

    static func parse(_ body: [UInt8], boundary: String) throws(Failure) -> [FormPart] {
        // With a CRLF in front, every delimiter, the first included, is CRLF "--" boundary.
        let data = [0x0D, 0x0A] + body
        let dashBoundary = Array("\r\n--\(boundary)".utf8)
        guard var delimiter = nextDelimiter(dashBoundary, in: data, from: 0) else {
            throw .malformed("no boundary line in the body (lines end with CRLF)")
        }
        var parts: [FormPart] = []
        while !delimiter.closes {
            guard let next = nextDelimiter(dashBoundary, in: data, from: delimiter.end) else {
                throw .malformed("the body ends before the closing boundary")
            }
            guard parts.count < maxParts else { throw .tooManyParts }
            parts.append(try part(data[delimiter.end..<next.start]))
            delimiter = next
        }
        return parts
    }

    /// The next delimiter line from `start` on: CRLF "--" boundary, "--" more for the closing one,
    /// optional spaces or tabs, then CRLF (or the end of the body, after the closing one). The
    /// boundary followed by anything else is content: a file's line that only begins like a
    /// delimiter must not cut the file short.
    private static func nextDelimiter(_ dashBoundary: [UInt8], in data: [UInt8], from start: Int) -> (start: Int, end: Int, closes: Bool)? {
        var from = start
        while let found = find(dashBoundary, in: data[...], from: from) {
            var index = found + dashBoundary.count
            let closes = data[index...].starts(with: [0x2D, 0x2D])
            if closes { index += 2 }
            while index < data.count, data[index] == 0x20 || data[index] == 0x09 { index += 1 }
            if closes, index == data.count { return (found, index, true) }
            if data[index...].starts(with: [0x0D, 0x0A]) { return (found, index + 2, closes) }
            from = found + 1
        }
        return nil
    }

    /// A part between two delimiters: header lines, an empty line, the content. A part without
    /// headers begins with the empty line.
    private static func part(_ region: ArraySlice<UInt8>) throws(Failure) -> FormPart {
        let headerEnd: Int, contentStart: Int
        if region.starts(with: [0x0D, 0x0A]) {
            (headerEnd, contentStart) = (region.startIndex, region.startIndex + 2)
        } else if let end = find([0x0D, 0x0A, 0x0D, 0x0A], in: region, from: region.startIndex) {
            (headerEnd, contentStart) = (end, end + 4)
        } else {
            throw .malformed("a part's headers do not end with an empty line")
        }
        let headers = String(decoding: region[region.startIndex..<headerEnd], as: UTF8.self)
        for line in headers.split(separator: "\r\n") {
            let pair = line.split(separator: ":", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "content-disposition" else { continue }
            let parameters = Self.parameters(String(pair[1]))
            guard let name = parameters["name"] else { break }
            // RFC 6266: filename* wins where it can be decoded; with nothing else to go by, it is
            // shown as it came, since a file's name is only a label.
            let extended = parameters["filename*"]
            let fileName = extended.flatMap(decodeExtended) ?? parameters["filename"].map(decodeFormQuotes) ?? extended
            return FormPart(name: name, fileName: fileName, bytes: Array(region[contentStart...]))
        }
        throw .malformed("a part has no Content-Disposition with a name")
    }

    /// `form-data; name="a"; filename="b;c.txt"`: semicolons inside quotes belong to the value.
    /// Inside quotes a backslash escapes only a quote or a backslash: browsers write a quote as %22
    /// and leave backslashes alone, so that a Windows path (from old browsers) keeps its separators.
    static func parameters(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        var key = "", value = "", inKey = true, quoted = false, wasQuoted = false
        func flush() {
            let name = key.trimmingCharacters(in: .whitespaces).lowercased()
            let text = wasQuoted ? value : value.trimmingCharacters(in: .whitespaces)
            if !inKey, !name.isEmpty, result[name] == nil { result[name] = text }
            key = ""; value = ""; inKey = true; wasQuoted = false
        }
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            index += 1
            if inKey {
                if character == "=" { inKey = false } else if character == ";" { key = "" } else { key.append(character) }
            } else if quoted {
                if character == "\\", index < characters.count, characters[index] == "\"" || characters[index] == "\\" {
                    value.append(characters[index])
                    index += 1
                } else if character == "\"" {
                    quoted = false
                } else {
                    value.append(character)
                }
            } else if character == "\"" {
                if value.allSatisfy(\.isWhitespace) { value = "" }
                quoted = true
                wasQuoted = true
            } else if character == ";" {
                flush()
            } else if !(wasQuoted && character.isWhitespace) {
                value.append(character)
            }
        }
        flush()
        return result
    }

    /// The HTML form encoding writes a quote in a file name as `%22` (and a line break as `%0D`,
    /// `%0A`, which are left as they came: a report names a file on one line). Only the quote is
    /// decoded, so that "say "hi".txt" is shown as the user named it.
    private static func decodeFormQuotes(_ value: String) -> String {
        value.replacingOccurrences(of: "%22", with: "\"")
    }

    /// An RFC 8187 value, `charset'language'percent-encoded`, in UTF-8 or ISO-8859-1 (the two the
    /// RFC asks for); nil for any other charset or a broken encoding.
    private static func decodeExtended(_ value: String) -> String? {
        let fields = value.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        guard fields.count == 3 else { return nil }
        var bytes: [UInt8] = []
        var rest = fields[2].utf8[...]
        while let byte = rest.popFirst() {
            guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
            guard rest.count >= 2, let decoded = UInt8(String(decoding: rest.prefix(2), as: UTF8.self), radix: 16) else { return nil }
            bytes.append(decoded)
            rest = rest.dropFirst(2)
        }
        switch fields[0].lowercased() {
        case "utf-8": return String(validating: bytes, as: UTF8.self)
        case "iso-8859-1": return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        default: return nil
        }
    }

    private static func find(_ needle: [UInt8], in haystack: ArraySlice<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = start
        let last = haystack.endIndex - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
