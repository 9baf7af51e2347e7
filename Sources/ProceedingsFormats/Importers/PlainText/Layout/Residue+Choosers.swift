import Foundation

/// Site lines read by their whole shape: a parliament's term over its body ("2024-2029"), and choosers of the page's languages,
/// by a label over their names ("This page in:") or by code ("bg - български es - español ...").
extension Residue {
    nonisolated(unsafe) static let termOfYears = /(19\d{2}|20\d{2})\s?[-–]\s?(19\d{2}|20\d{2})/
    nonisolated(unsafe) static let languagesFollow = /(?:this page (?:is )?(?:also )?(?:available )?in|also available in|read in)/
    nonisolated(unsafe) static let languagesByCode = /(?:[^:]{1,60}:\s*)?(?:[a-z]{2} - [\p{L}\p{M}]+(?: [\p{L}\p{M}]+){0,2}\s*){5,}/
}
