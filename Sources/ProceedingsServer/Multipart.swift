import Foundation

/// One part of a `multipart/form-data` body: a file of the form, or a plain field.
struct FormPart: Sendable {
    var name: String
    var fileName: String?
    var bytes: [UInt8]
}

/// A small parser of `multipart/form-data` (RFC 7578) over a body already collected under the
/// upload limit, so it never reads more than it was given; the number of parts is capped too.
enum Multipart {
    enum Failure: Error, Equatable {
        case noBoundary
        case malformed(String)
        case tooManyParts
    }

    static let maxParts = 100

    /// The boundary of a `multipart/form-data` Content-Type, or nil for any other type.
    static func boundary(contentType: String) throws(Failure) -> String? {
        let parameters = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parameters.first?.lowercased() == "multipart/form-data" else { return nil }
        for parameter in parameters.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            let value = pair[1].count >= 2 && pair[1].hasPrefix("\"") && pair[1].hasSuffix("\"")
                ? String(pair[1].dropFirst().dropLast()) : pair[1]
            guard (1...70).contains(value.utf8.count) else { throw .noBoundary }
            return value
        }
        throw .noBoundary
    }

    static func parse(_ body: [UInt8], boundary: String) throws(Failure) -> [FormPart] {
        // With a CRLF in front, every delimiter, the first included, is CRLF "--" boundary.
        let data = [0x0D, 0x0A] + body
        let delimiter = Array("\r\n--\(boundary)".utf8)
        var parts: [FormPart] = []
        guard var position = find(delimiter, in: data, from: 0) else { throw .malformed("no boundary in the body") }
        while true {
            position += delimiter.count
            if data[position...].starts(with: [0x2D, 0x2D]) { return parts }  // "--": the closing delimiter
            guard let lineEnd = find([0x0D, 0x0A], in: data, from: position) else { throw .malformed("a part has no headers") }
            // Searched from the boundary line's own CRLF, so that a part without headers is found too.
            guard let headerEnd = find([0x0D, 0x0A, 0x0D, 0x0A], in: data, from: lineEnd) else { throw .malformed("a part's headers do not end") }
            guard let next = find(delimiter, in: data, from: headerEnd + 4) else { throw .malformed("the body ends inside a part") }
            guard parts.count < maxParts else { throw .tooManyParts }
            let headers = headerEnd > lineEnd ? String(decoding: data[(lineEnd + 2)..<headerEnd], as: UTF8.self) : ""
            parts.append(try part(headers: headers, bytes: Array(data[(headerEnd + 4)..<next])))
            position = next
        }
    }

    private static func part(headers: String, bytes: [UInt8]) throws(Failure) -> FormPart {
        for line in headers.split(separator: "\r\n") {
            let pair = line.split(separator: ":", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "content-disposition" else { continue }
            let parameters = Self.parameters(String(pair[1]))
            guard let name = parameters["name"] else { break }
            return FormPart(name: name, fileName: parameters["filename"], bytes: bytes)
        }
        throw .malformed("a part has no Content-Disposition with a name")
    }

    /// `form-data; name="a"; filename="b;c.txt"`: semicolons inside quotes belong to the value.
    static func parameters(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        var key = "", value = "", inKey = true, quoted = false, escaped = false
        func flush() {
            let name = key.trimmingCharacters(in: .whitespaces).lowercased()
            if !inKey, !name.isEmpty, result[name] == nil { result[name] = value }
            key = ""; value = ""; inKey = true
        }
        for character in text {
            if inKey {
                if character == "=" { inKey = false } else if character == ";" { key = "" } else { key.append(character) }
            } else if escaped {
                value.append(character); escaped = false
            } else if quoted {
                if character == "\\" { escaped = true } else if character == "\"" { quoted = false } else { value.append(character) }
            } else if character == "\"" {
                quoted = true
            } else if character == ";" {
                flush()
            } else if character != " " || !value.isEmpty {
                value.append(character)
            }
        }
        flush()
        return result
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
