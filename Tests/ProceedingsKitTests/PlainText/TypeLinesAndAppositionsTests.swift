import Foundation
import Testing
@testable import ProceedingsKit

/// Lines above a title that say what the document is ("PRESS RELEASE 402", "Proceedings of a Workshop—in Brief",
/// "A REPORT ON THE TWO-DAY NATIONAL SEMINAR") or who posted it, and prose that names a part by its quoted subject
/// or a person after the role they held ("Keynote speaker, former captain X, ..."). Invented lines.
@Suite struct TypeLinesAndAppositionsTests {
    static let body = "\nThe meeting was held in Lima on 3 May 2016.\n"

    @Test(arguments: [
        ("PRESS RELEASE 402", "PRESS RELEASE"),
        ("Proceedings of a Workshop—in Brief", "Proceedings of a Workshop—in Brief"),
        ("A REPORT ON THE TWO-DAY NATIONAL SEMINAR", "A REPORT ON THE TWO-DAY NATIONAL SEMINAR"),
    ])
    func aTypeLineAboveTheTitle(_ line: String, _ type: String) throws {
        let record = try Invented.record("\(line)\n\nWater Diplomacy in the Andes\n" + Self.body)
        #expect(record.event.title == "Water Diplomacy in the Andes")
        #expect(record.document.documentType == type)
    }

    /// A title that only names the kind of meeting and what the document is stays a title where nothing else is.
    @Test func agendaWithAYearIsATitle() throws {
        let record = try Invented.record("Agenda 2063 Forum\n" + Self.body)
        #expect(record.event.title == "Agenda 2063 Forum")
    }

    @Test func whoPostedThePageIsNoTitle() throws {
        let record = try Invented.record("""
            Posted on 11/06/2013 by Media and Communications

            Women leaders discuss climate mobility
            """ + Self.body)
        #expect(record.event.title == "Women leaders discuss climate mobility")
    }

    @Test func aPanelByItsQuotedSubject() throws {
        let record = try Invented.record(body: """
            The panel on "Sport and health" was moderated by Dr Ana Ruiz, with panellists Ms Lia Kama (Fiji Rugby) and \
            Dr Jone Hawea (Ministry of Health).
            """)
        #expect(record.parts.map { $0.title ?? "" } == ["Sport and health"])
        #expect(record.roleLines == ["Ana Ruiz moderator", "Lia Kama panelist", "Jone Hawea panelist"])
    }

    @Test(arguments: [
        "Keynote speaker, Osea Kolinisau, shared his journey.",
        "Keynote speaker, former rugby captain and Olympic gold medallist Osea Kolinisau, shared his journey.",
    ])
    func theRoleBeforeTheName(_ sentence: String) throws {
        let record = try Invented.record(body: sentence)
        #expect(record.roleLines == ["Osea Kolinisau keynote-speaker"])
    }

    @Test func aTradeBeforeTheName() throws {
        let record = try Invented.record(body: "Olympic gold medallist Osea Kolinisau said that sport matters.")
        #expect(record.roleLines == ["Osea Kolinisau speaker"])
    }
}
