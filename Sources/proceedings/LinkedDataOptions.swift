import ArgumentParser
import Foundation
import ProceedingsKit

/// `--base` and `--timestamp`, shared by convert and publish.
struct LinkedDataOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Base of minted IRIs; an absolute IRI ending with /, without a fragment.", valueName: "iri"))
    var base: String = LinkedData.defaultBase

    @Flag(help: "Record the time of generation in the linked data (prov:generatedAtTime) and the TEI (revisionDesc/change/@when); without it the same input gives the same bytes. SOURCE_DATE_EPOCH, when set, is that time, with or without this flag.")
    var timestamp = false

    /// Taken once, so that every graph of a run names the same time. SOURCE_DATE_EPOCH (seconds since
    /// 1970, reproducible-builds.org) is the time of a build that must give the same bytes again: an
    /// archive that wants revisionDesc/change/@when in every file, deterministically, sets it.
    var generatedAt: Date? {
        if let epoch = Self.sourceDateEpoch() { return epoch }
        return timestamp ? Date() : nil
    }

    /// SOURCE_DATE_EPOCH as a moment; nil when unset, and also when malformed, which `validate` refuses first.
    static func sourceDateEpoch(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Date? {
        guard let value = environment["SOURCE_DATE_EPOCH"], !value.isEmpty, value.allSatisfy(\.isASCII),
              value.allSatisfy(\.isNumber), let seconds = Int(value) else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    func validate() throws {
        if let value = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], Self.sourceDateEpoch() == nil {
            throw ValidationError("SOURCE_DATE_EPOCH: \"\(value)\" is not a number of seconds since 1970")
        }
        do {
            try LinkedData.checkBase(base)
        } catch {
            throw ValidationError("--base: \(error)")
        }
    }
}
