import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

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

    /// "Post-Brexit" qualifies what follows; no body is named for it, and a title may have its article.
    @Test(arguments: ["Britain, Ireland and the Post-Brexit Settlement", "The Pre-Brexit Settlement"])
    func aCompoundOfAnInstitutionsWordIsATitle(_ title: String) throws {
        let record = try Invented.record("Meeting Summary\n\n\(title)\nA roundtable on trade\n" + Self.body)
        #expect(record.event.title == title)
        #expect(record.event.subtitle == "A roundtable on trade")
    }

    @Test func lettersAfterANameWithTheirComma() throws {
        let record = try Invented.record(body: "Speakers: Mr Graham McCartney OBE, Northern Ireland Retail Consortium")
        #expect(record.roles.map { "\($0.name) | \($0.affiliation ?? "")" } == ["Graham McCartney | Northern Ireland Retail Consortium"])
    }

    /// A peer's title names a place, which is part of the name and no part of where they work.
    @Test func aPeerAndThePlaceOfTheTitle() throws {
        let record = try Invented.record(body: "Chair: Lord Ashworth of Kentish Town\n\nModerator: Baroness Smith of Basildon, Labour Party")
        #expect(record.roles.map { "\($0.name) \($0.role.rawValue) | \($0.affiliation ?? "")" }
            == ["Ashworth of Kentish Town chair | ", "Smith of Basildon moderator | Labour Party"])
    }

    /// "Members present: Lord X of Y (The Chair); Baroness Z": a Lords committee's members, the chair's office in brackets.
    @Test func aLordsCommitteesMembersAndItsChair() throws {
        let record = try Invented.record(body: "Members present: Lord Pemberton of Alnmouth (The Chair); Baroness Adebayo-Clarke; Viscount Ashcombe.")
        #expect(record.roles.map { "\($0.name) \($0.role.rawValue)" }
            == ["Pemberton of Alnmouth chair", "Adebayo-Clarke participant", "Ashcombe participant"])
    }
}
