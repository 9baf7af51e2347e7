import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

@Suite struct SchemaLocatorTests {
    private let sourceTreeSchema = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Schemas/proceedings.xsd").path

    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("schema-locator-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func locate(directory: String? = nil, environment: [String: String] = [:],
                        executablePath: String? = nil) throws -> String {
        try SchemaLocator.locate("proceedings.xsd", directory: directory, environment: environment,
                                 executablePath: executablePath,
                                 sourceFile: "/src/pkg/Sources/ProceedingsFormats/Validators/SchemaLocator.swift")
    }

    @Test func findsTheSourceTreeByDefault() throws {
        #expect(try SchemaLocator.locate("proceedings.xsd") == sourceTreeSchema)
    }

    @Test func prefersExplicitThenEnvironmentThenInstallPrefix() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let schemas = root.appendingPathComponent("share/proceedings/schemas")
        try FileManager.default.createDirectory(at: schemas, withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: schemas.appendingPathComponent("proceedings.xsd").path,
                                               contents: Data()))
        let executable = root.appendingPathComponent("bin/proceedings").path
        let expected = schemas.appendingPathComponent("proceedings.xsd").path

        #expect(try locate(executablePath: executable) == expected)
        #expect(try locate(environment: ["PROCEEDINGS_SCHEMAS": schemas.path]) == expected)
        #expect(try locate(directory: schemas.path, environment: ["PROCEEDINGS_SCHEMAS": "/nowhere"]) == expected)
    }

    @Test func reportsEveryPlaceTried() {
        #expect {
            try locate(executablePath: "/opt/p/bin/proceedings")
        } throws: { error in
            (error as? SchemaLocatorError)?.description == """
                schema proceedings.xsd not found; looked in:
                  /opt/p/share/proceedings/schemas
                  /src/pkg/Schemas
                """
        }
    }

    @Test func anExplicitDirectoryWithoutTheSchemaDoesNotFallThrough() {
        #expect {
            try locate(directory: "/nowhere", executablePath: "/opt/p/bin/proceedings")
        } throws: { error in
            (error as? SchemaLocatorError)?.tried == ["/nowhere"]
        }
    }
}
