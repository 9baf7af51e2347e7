/// Minting and checking IRIs (RFC 3987). Every IRI the toolkit writes passes `check`, so that no
/// space, angle bracket or control character ever reaches a store.
public enum IRI {
    /// A path segment from any text: everything but unreserved characters (RFC 3986) is
    /// percent-encoded as UTF-8, so `a b/c` becomes `a%20b%2Fc`. Non-ASCII is encoded too: minted
    /// IRIs are then plain URIs, which every store and every tool reads the same way.
    public static func segment(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if isUnreserved(scalar) {
                result.unicodeScalars.append(scalar)
            } else {
                for byte in String(scalar).utf8 {
                    result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
                }
            }
        }
        return result
    }

    /// The inverse of `segment`; nil when an escape is malformed or not UTF-8.
    public static func decodeSegment(_ text: String) -> String? {
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%") {
                guard utf8.count >= 2, let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) else {
                    return nil
                }
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    /// An absolute IRI: a scheme, then only characters RFC 3987 allows, and well-formed escapes.
    public static func check(_ iri: String) throws(InvalidIRI) {
        let scalars = Array(iri.unicodeScalars)
        guard let colon = scalars.firstIndex(of: ":"), colon > 0 else {
            throw InvalidIRI(iri: iri, reason: "no scheme")
        }
        let scheme = scalars[..<colon]
        guard scheme.first.map(isASCIILetter) == true,
              scheme.allSatisfy({ isASCIILetter($0) || isASCIIDigit($0) || "+-.".unicodeScalars.contains($0) }) else {
            throw InvalidIRI(iri: iri, reason: "bad scheme")
        }
        var index = colon + 1
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "%" {
                guard index + 2 < scalars.count, isHex(scalars[index + 1]), isHex(scalars[index + 2]) else {
                    throw InvalidIRI(iri: iri, reason: "malformed percent escape")
                }
                index += 3
                continue
            }
            let allowed = isUnreserved(scalar) || ":/?#[]@!$&'()*+,;=".unicodeScalars.contains(scalar)
                || (!scalar.isASCII && (isUcschar(scalar) || isIprivate(scalar)))
            guard allowed else {
                throw InvalidIRI(iri: iri, reason: "character U+\(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)) is not allowed")
            }
            index += 1
        }
    }

    private static func isASCIILetter(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("A"..."Z").contains(s) }
    private static func isASCIIDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
    private static func isHex(_ s: Unicode.Scalar) -> Bool { isASCIIDigit(s) || ("a"..."f").contains(s) || ("A"..."F").contains(s) }
    private static func isUnreserved(_ s: Unicode.Scalar) -> Bool {
        isASCIILetter(s) || isASCIIDigit(s) || s == "-" || s == "." || s == "_" || s == "~"
    }

    /// RFC 3987 `ucschar`: the non-ASCII characters an IRI may hold unescaped.
    private static func isUcschar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        let ranges: [ClosedRange<UInt32>] = [0xA0...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFEF, 0x10000...0x1FFFD,
                                             0x20000...0x2FFFD, 0x30000...0x3FFFD, 0x40000...0x4FFFD,
                                             0x50000...0x5FFFD, 0x60000...0x6FFFD, 0x70000...0x7FFFD,
                                             0x80000...0x8FFFD, 0x90000...0x9FFFD, 0xA0000...0xAFFFD,
                                             0xB0000...0xBFFFD, 0xC0000...0xCFFFD, 0xD0000...0xDFFFD,
                                             0xE1000...0xEFFFD]
        return ranges.contains { $0.contains(v) }
    }

    private static func isIprivate(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0xE000...0xF8FF).contains(v) || (0xF0000...0xFFFFD).contains(v) || (0x100000...0x10FFFD).contains(v)
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
