import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats
@testable import ProceedingsXML

#if canImport(Glibc)
import Glibc
#endif

/// A schema reads what it includes and imports from its own folder and nowhere else: not over the
/// network, not from elsewhere on the disk. A refusal is a finding on the schema, not a crash.
@Suite struct SchemaLoadingTests {
    private static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("schemas-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("main/parts"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: url.appendingPathComponent("outside"), withIntermediateDirectories: true)
        try part("outside").write(to: url.appendingPathComponent("outside/part.xsd"), atomically: true, encoding: .utf8)
        try part("parts").write(to: url.appendingPathComponent("main/parts/part.xsd"), atomically: true, encoding: .utf8)
        return url
    }

    private static func part(_ name: String) -> String {
        """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t" elementFormDefault="qualified">
          <xs:element name="\(name)" type="xs:string"/>
        </xs:schema>
        """
    }

    private static func schema(_ reference: String, in folder: URL) throws -> String {
        let text = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t" xmlns="urn:t" elementFormDefault="qualified">
              \(reference)
              <xs:element name="r" type="xs:string"/>
            </xs:schema>
            """
        let path = folder.appendingPathComponent("main/schema-\(UUID().uuidString).xsd").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private static func refusal(_ reference: String, in folder: URL) throws -> XMLSchemaError {
        let path = try schema(reference, in: folder)
        do {
            _ = try XMLSchemaValidator.load(path: path)
        } catch {
            return error
        }
        Issue.record("\(reference) was loaded")
        return XMLSchemaError(code: .unreadable, path: path, findings: [])
    }

    @Test func anIncludeInTheSchemasFolderIsRead() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.schema(#"<xs:include schemaLocation="parts/part.xsd"/>"#, in: folder)
        let validator = try XMLSchemaValidator.load(path: path)
        #expect(validator.validate(Array(#"<parts xmlns="urn:t">x</parts>"#.utf8), fileName: "a.xml").isEmpty)
    }

    @Test func filesOutsideTheSchemasFolderAreRefused() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outside = folder.appendingPathComponent("outside/part.xsd").path
        for reference in [#"<xs:include schemaLocation="../outside/part.xsd"/>"#,
                          #"<xs:include schemaLocation="file://\#(outside)"/>"#,
                          #"<xs:include schemaLocation="file:///etc/passwd"/>"#,
                          #"<xs:import namespace="urn:o" schemaLocation="file:///etc/hostname"/>"#] {
            let error = try Self.refusal(reference, in: folder)
            #expect(error.code == .invalid, "\(reference)")
            #expect(error.findings.contains { $0.rule.rule == .xsdSchema && $0.message.hasPrefix("refused to load ")
                && $0.message.hasSuffix("only files in the schema's own folder are read, never the network") }, "\(error.findings)")
        }
    }

    /// A server on this machine that counts who calls: the schema's import of it is refused
    /// before any connection is made.
    @Test func theNetworkIsNeverUsed() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(listener >= 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, length) == 0 && listen(listener, 4) == 0 && getsockname(listener, $0, &length) == 0
            }
        }
        try #require(bound)
        let port = UInt16(bigEndian: address.sin_port)
        for reference in [#"<xs:import namespace="urn:o" schemaLocation="http://127.0.0.1:\#(port)/other.xsd"/>"#,
                          #"<xs:include schemaLocation="http://127.0.0.1:\#(port)/part.xsd"/>"#] {
            let error = try Self.refusal(reference, in: folder)
            #expect(error.findings.contains { $0.message.hasPrefix("refused to load http://127.0.0.1:\(port)/") }, "\(error.findings)")
        }
        _ = fcntl(listener, F_SETFL, O_NONBLOCK)
        #expect(accept(listener, nil, nil) < 0 && (errno == EAGAIN || errno == EWOULDBLOCK), "libxml2 connected")
    }

    @Test func localPathsAreJudgedAfterLinksAndDots() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let main = try #require(LibXML2.realPath(folder.appendingPathComponent("main").path))
        #expect(LibXML2.localPath(main + "/parts/part.xsd", inside: main) == main + "/parts/part.xsd")
        #expect(LibXML2.localPath("file://" + main + "/parts/part.xsd", inside: main) == main + "/parts/part.xsd")
        #expect(LibXML2.localPath(main + "/parts/../../outside/part.xsd", inside: main) == nil)
        #expect(LibXML2.localPath(main + "-other/part.xsd", inside: main) == nil)
        try FileManager.default.createSymbolicLink(atPath: main + "/link.xsd", withDestinationPath: folder.appendingPathComponent("outside/part.xsd").path)
        #expect(LibXML2.localPath(main + "/link.xsd", inside: main) == nil)
        #expect(LibXML2.localPath("https://example.org/x.xsd", inside: main) == nil)
        #expect(LibXML2.localPath("ftp://example.org/x.xsd", inside: main) == nil)
    }
}
