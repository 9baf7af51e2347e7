import CSV
import Foundation

/// A CSV table that a librarian or an archivist keeps beside the summaries (the authority table,
/// the catalogue): UTF-8 with a header row, as a spreadsheet saves it. Cells are in NFC; each row
/// has the line it starts on, so that a problem can name its line and column.
enum LibrarianTable {
    typealias Row = (line: Int, cells: [String])

    /// The header and the rows after it; nil, after `report`ing why, when there is no header to
    /// read. `what` names the table in messages ("authority table"); `expecting` says what its
    /// header must hold ("a name column").
    static func read(_ bytes: [UInt8], what: String, expecting: String,
                     report: (_ line: Int?, _ message: String) -> Void) -> (header: Row, rows: [Row])? {
        // Spreadsheet programs write a byte order mark; it is not part of the first column's name.
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        guard !body.isEmpty else {
            report(nil, "\(what) is empty; expected a header row with \(expecting)")
            return nil
        }
        guard let text = String(validating: body, as: UTF8.self) else {
            report(nil, "\(what) is not UTF-8")
            return nil
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false)
        } catch {
            report(1, "\(what) is not CSV: \(error)")
            return nil
        }
        var rows: [Row] = []
        var line = 1
        while let cells = reader.next() {
            rows.append((line, cells.map { $0.precomposedStringWithCanonicalMapping }))
            // A quoted cell may hold line breaks; the next record starts after them.
            line += 1 + cells.reduce(0) { $0 + $1.unicodeScalars.filter { $0 == "\n" }.count }
        }
        if let error = reader.error {
            report(line, "\(what) is not CSV: \(error)")
        }
        guard let header = rows.first else {
            report(nil, "\(what) is empty; expected a header row with \(expecting)")
            return nil
        }
        return (header, Array(rows.dropFirst()))
    }
}
