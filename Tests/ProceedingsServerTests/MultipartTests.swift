import Testing
@testable import ProceedingsServer

/// The `multipart/form-data` reader on bodies written by hand, byte for byte: what browsers and curl
/// send, and what they must not be trusted to send.
@Suite struct MultipartTests {
    // MARK: - The boundary of the Content-Type

    @Test func boundaryUnquotedAndQuoted() throws {
        #expect(try Multipart.boundary(contentType: "multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxk") == "----WebKitFormBoundary7MA4YWxk")
        // Quoted, a boundary may hold characters a token may not: space, colon, equals sign.
        #expect(try Multipart.boundary(contentType: "multipart/form-data; boundary=\"a b:c=d\"") == "a b:c=d")
        #expect(try Multipart.boundary(contentType: "Multipart/Form-Data;BOUNDARY=xyz") == "xyz")
        #expect(try Multipart.boundary(contentType: "multipart/form-data; charset=utf-8; boundary=xyz; foo=\"b;ar\"") == "xyz")
        #expect(try Multipart.boundary(contentType: "multipart/form-data; boundary=\(String(repeating: "b", count: 70))")?.count == 70)
    }

    @Test func otherTypesHaveNoBoundary() throws {
        #expect(try Multipart.boundary(contentType: "text/plain") == nil)
        #expect(try Multipart.boundary(contentType: "application/x-www-form-urlencoded") == nil)
        #expect(try Multipart.boundary(contentType: "multipart/mixed; boundary=x") == nil)
    }

    @Test func unusableBoundaries() {
        for type in ["multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=\"\"",
                     "multipart/form-data; charset=utf-8",
                     "multipart/form-data; boundary=\(String(repeating: "b", count: 71))"] {
            #expect(throws: Multipart.Failure.noBoundary, "\(type)") { try Multipart.boundary(contentType: type) }
        }
    }

    // MARK: - Parts

    /// A form as a browser sends it: CRLF line ends, a preamble and an epilogue that mean nothing.
    @Test func fieldsAndFiles() throws {
        let body = "preamble, ignored\r\n"
            + "--b\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nA symposium\r\n"
            + "--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nfirst file\r\n"
            + "--b\r\ncontent-disposition: form-data; name=files; filename=b.xml\r\n\r\n<r/>\r\n"
            // A file input left empty: a file part with an empty name and no bytes.
            + "--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\"\r\nContent-Type: application/octet-stream\r\n\r\n\r\n"
            + "--b--\r\nepilogue, ignored"
        let parts = try Multipart.parse(Array(body.utf8), boundary: "b")
        #expect(parts == [
            FormPart(name: "title", fileName: nil, bytes: Array("A symposium".utf8)),
            FormPart(name: "files", fileName: "a.txt", bytes: Array("first file".utf8)),
            FormPart(name: "files", fileName: "b.xml", bytes: Array("<r/>".utf8)),
            FormPart(name: "files", fileName: "", bytes: []),
        ])
    }

    /// Only the CRLF before a boundary belongs to it: a file's own line ends, trailing or bare, are kept.
    @Test func lineEndsOfTheContentAreKept() throws {
        let content = "line one\r\nline two\nbare CR\r\r\n\r\n"
        let body = "--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x.txt\"\r\n\r\n\(content)\r\n--b--\r\n"
        #expect(try Multipart.parse(Array(body.utf8), boundary: "b").map(\.bytes) == [Array(content.utf8)])
        let blank = "--b\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\n\r\n\r\n--b--"
        #expect(try Multipart.parse(Array(blank.utf8), boundary: "b").map(\.bytes) == [[0x0D, 0x0A]])
    }

    /// The boundary only counts at the start of a line and followed by the end of that line (or by
    /// "--" for the last one): a file may hold a prefix of it, or the boundary inside a line or
    /// followed by more text, without being cut there.
    @Test func contentHoldingTheBoundaryIsNotCut() throws {
        let boundary = "----formBoundary42"
        let content = "a line --\(boundary) inside\r\n--\(boundary.dropLast(2))\r\n----form\r\n--\(boundary)42 is longer\r\n--\(boundary)--x\r\nend"
        let body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x.txt\"\r\n\r\n\(content)\r\n--\(boundary)--\r\n"
        #expect(try Multipart.parse(Array(body.utf8), boundary: boundary).map(\.bytes) == [Array(content.utf8)])
    }

    /// Spaces or tabs may follow a boundary before its line ends (RFC 2046's transport padding).
    @Test func paddingAfterTheBoundary() throws {
        let body = "--b \t\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nvalue\r\n--b-- \r\n"
        #expect(try Multipart.parse(Array(body.utf8), boundary: "b") == [FormPart(name: "f", fileName: nil, bytes: Array("value".utf8))])
    }

    @Test func emptyForm() throws {
        #expect(try Multipart.parse(Array("--b--\r\n".utf8), boundary: "b").isEmpty)
        #expect(try Multipart.parse(Array("--b--".utf8), boundary: "b").isEmpty)
    }

    @Test func emptyPartIsMalformed() {
        // No headers at all, so no name: RFC 7578 requires a Content-Disposition in every part.
        expectMalformed("--b\r\n\r\n\r\n--b--\r\n", "a part has no Content-Disposition with a name")
        expectMalformed("--b\r\n\r\ncontent\r\n--b--\r\n", "a part has no Content-Disposition with a name")
        expectMalformed("--b\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b--\r\n", "a part has no Content-Disposition with a name")
    }

    @Test func missingClosingBoundary() {
        let part = "--b\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\n"
        expectMalformed(part + "value", "the body ends before the closing boundary")
        expectMalformed(part + "value\r\n", "the body ends before the closing boundary")
        expectMalformed(part + "value\r\n--b", "the body ends before the closing boundary")
        expectMalformed(part + "value\r\n--b\r\n", "the body ends before the closing boundary")
        expectMalformed(part + "value\r\n--b-", "the body ends before the closing boundary")
    }

    @Test func bodyWithoutItsBoundary() {
        expectMalformed("", "no boundary line in the body (lines end with CRLF)")
        expectMalformed("just a file\r\n", "no boundary line in the body (lines end with CRLF)")
        expectMalformed("--other\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nx\r\n--other--\r\n",
                        "no boundary line in the body (lines end with CRLF)")
        // Line ends without CR are not multipart/form-data.
        expectMalformed("--b\nContent-Disposition: form-data; name=\"f\"\n\nx\n--b--\n", "no boundary line in the body (lines end with CRLF)")
    }

    /// Headers that run into the next boundary belong to a part with no content: not to be read
    /// together with the next part's headers and content.
    @Test func headersThatDoNotEnd() {
        expectMalformed("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n--b\r\nContent-Disposition: form-data; name=\"c\"\r\n\r\nxyz\r\n--b--\r\n",
                        "a part's headers do not end with an empty line")
        expectMalformed("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n--b--\r\n", "a part's headers do not end with an empty line")
    }

    @Test func tooManyParts() throws {
        func form(_ count: Int) -> [UInt8] {
            Array((String(repeating: "--b\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nx\r\n", count: count) + "--b--\r\n").utf8)
        }
        #expect(try Multipart.parse(form(Multipart.maxParts), boundary: "b").count == Multipart.maxParts)
        #expect(throws: Multipart.Failure.tooManyParts) { try Multipart.parse(form(Multipart.maxParts + 1), boundary: "b") }
        #expect("\(Multipart.Failure.tooManyParts)" == "the form has more than 100 parts")
    }

    // MARK: - File names

    @Test func fileNames() throws {
        func name(_ disposition: String) throws -> String? {
            let body = "--b\r\nContent-Disposition: form-data; name=\"f\"; \(disposition)\r\n\r\nx\r\n--b--\r\n"
            return try Multipart.parse(Array(body.utf8), boundary: "b").first?.fileName
        }
        #expect(try name("filename=\"plain.txt\"") == "plain.txt")
        #expect(try name("filename=unquoted.txt") == "unquoted.txt")
        #expect(try name("filename=\"a;b=c.txt\"") == "a;b=c.txt")
        #expect(try name("filename=\"say \\\"hi\\\".txt\"") == "say \"hi\".txt")
        // The HTML form encoding writes a quote as %22 and leaves backslashes alone: a Windows path
        // keeps its backslashes, so that only its last component is shown. A line break stays encoded.
        #expect(try name("filename=\"say %22hi%22.txt\"") == "say \"hi\".txt")
        #expect(try name("filename=\"two%0Alines.txt\"") == "two%0Alines.txt")
        #expect(try name("filename=\"C:\\Users\\ana\\report.txt\"") == "C:\\Users\\ana\\report.txt")
        // Browsers send UTF-8 as it is; RFC 8187's filename* is percent-encoded and wins over filename.
        #expect(try name("filename=\"café €.txt\"") == "café €.txt")
        #expect(try name("filename*=UTF-8''caf%C3%A9%20%E2%82%AC.txt") == "café €.txt")
        #expect(try name("filename=\"cafe.txt\"; filename*=utf-8'fr'caf%C3%A9.txt") == "café.txt")
        #expect(try name("filename*=ISO-8859-1''%E9t%E9.txt") == "été.txt")
        // One that cannot be decoded gives way to filename, or is shown as it came.
        #expect(try name("filename=\"fallback.txt\"; filename*=UTF-8''bad%ZZ.txt") == "fallback.txt")
        #expect(try name("filename=\"fallback.txt\"; filename*=KOI8-R''%C1.txt") == "fallback.txt")
        #expect(try name("filename*=UTF-8''%FF.txt") == "UTF-8''%FF.txt")
    }

    @Test func dispositionParameters() {
        #expect(Multipart.parameters("form-data; name=\"a\"; filename=\"b;c.txt\"") == ["name": "a", "filename": "b;c.txt"])
        #expect(Multipart.parameters("form-data;name=a ;FileName = b.txt ") == ["name": "a", "filename": "b.txt"])
        #expect(Multipart.parameters("form-data; name=\"a b\" ; filename= \" c.txt\"") == ["name": "a b", "filename": " c.txt"])
        // The first of a repeated parameter counts.
        #expect(Multipart.parameters("form-data; name=a; name=b") == ["name": "a"])
    }

    private func expectMalformed(_ body: String, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(throws: Multipart.Failure.malformed(message), sourceLocation: sourceLocation) {
            try Multipart.parse(Array(body.utf8), boundary: "b")
        }
        #expect("\(Multipart.Failure.malformed(message))" == message, sourceLocation: sourceLocation)
    }
}
