import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Points of an expert's reading of the TEI (issue 15): a longer name is not marked as the shorter
/// one it begins with, a position printed after its organisation is still `roleName`, a day printed
/// without its year has the event's year as the converter's reading, and a university's managing
/// director is a member as the header says. Lines invented.
@Suite(.serialized) struct TEIExpertReadingTests {
    static let organizations = [
        Organization(id: "freeland-union", name: "Freeland Union"),
        Organization(id: "fudp", name: "Freeland Union Development Programme (FUDP)"),
        Organization(id: "coast-centre", name: "Coast Research Center"),
    ]

    static func marked(_ text: String, eventYear: Int? = nil, lastKnownDay: String? = nil) -> [String] {
        var record = RecordFixture.rich
        record.organizations = organizations
        record.persons = [Person(id: "mia-stone", name: "Mia Stone")]
        let names = TEINames(record: record, personNames: { [$0.name] }, venueId: TEI.venueId)
        let characters = Array(text)
        return TEINames.mentions(in: text, forms: names.forms(on: SourceSpan(1)), eventYear: eventYear, lastKnownDay: lastKnownDay)
            .map { "\($0.kind): \(String(characters[$0.range]))" }
    }

    /// The other spelling of a listed body's name is that body's; a shorter name at the start of a
    /// longer capitalised one is not marked as the listed body, unless a mention begins where it
    /// ends: the longer name is a body the record does not list (`TEIProseNames`).
    @Test func aLongerNameIsNotItsShorterStart() {
        #expect(Self.marked("The director of the Freeland Union Development Program met the Coast Research Centre.") == [
            #"organization("fudp"): Freeland Union Development Program"#,
            #"organization("coast-centre"): Coast Research Centre"#,
        ])
        #expect(Self.marked("The Freeland Union Transport Council met the Freeland Union, and the Freeland Union Mia Stone spoke.") == [
            "body: Freeland Union Transport Council", #"organization("freeland-union"): Freeland Union"#,
            #"organization("freeland-union"): Freeland Union"#, #"person("mia-stone"): Mia Stone"#,
        ])
    }

    @Test(arguments: [("Development Programme", "Development Program"), ("Labour Organisation", "Labor Organization"),
                      ("Research Center", "Research Centre"), ("Defense Council", "Defence Council")])
    func spellingsOfTheSameWords(_ one: String, _ other: String) {
        #expect(OrganizationName.otherSpelling(of: one) == other)
        #expect(OrganizationName.otherSpelling(of: other) == one)
        #expect(OrganizationName.otherSpelling(of: "Lenton Port Authority") == nil)
    }

    /// A day without its year, in an event of one year, has that year; without one, none.
    @Test func aDayWithoutItsYearHasTheEvent() {
        let text = "On February 25, and on 3 March 2002, the board met as planned on February 23 and 24 and on May 2-3."
        #expect(Self.marked(text, eventYear: 2003) == [
            #"dateInEventYear(when: Optional("2003-02-25"), from: nil, to: nil): February 25"#,
            #"date(when: Optional("2002-03-03"), from: nil, to: nil): 3 March 2002"#,
            #"dateInEventYear(when: nil, from: Optional("2003-02-23"), to: Optional("2003-02-24")): February 23 and 24"#,
            #"dateInEventYear(when: nil, from: Optional("2003-05-02"), to: Optional("2003-05-03")): May 2-3"#,
        ])
        #expect(Self.marked(text) == [#"date(when: Optional("2002-03-03"), from: nil, to: nil): 3 March 2002"#])
    }

    /// A day without its year that would fall after the last day the summary knows of in its year ("the
    /// September 11 attacks" in the summary of a January meeting) is of a year the text does not give
    /// (review 15b, N3); one up to that day, the page's own date, is of the event's year.
    @Test func aDayAfterEveryDayTheSummaryKnowsHasNoYear() {
        #expect(Self.marked("Since the September 11 attacks, and on January 24, the board met.", eventYear: 2002, lastKnownDay: "2002-01-25") == [
            "dateOfUnknownYear: September 11",
            #"dateInEventYear(when: Optional("2002-01-24"), from: nil, to: nil): January 24"#,
        ])
        #expect(Self.marked("NEW YORK, 19 September (UNU)", eventYear: 1996, lastKnownDay: "1996-09-19") == [
            #"dateInEventYear(when: Optional("1996-09-19"), from: nil, to: nil): 19 September"#,
        ])
    }

    /// The last day the summary knows of is the later of the event's last day and the page's own date.
    @Test func thePagesDateAfterTheEventIsADayTheSummaryKnows() {
        var record = RecordFixture.minimal
        record.event.startDate = "2002-01-24"
        record.event.endDate = "2002-01-25"
        #expect(TEINames(record: record, personNames: { [$0.name] }, venueId: TEI.venueId).lastKnownDay == "2002-01-25")
        record.document.issued = "2002-02-01"
        #expect(TEINames(record: record, personNames: { [$0.name] }, venueId: TEI.venueId).lastKnownDay == "2002-02-01")
        // A page dated by its month alone says no day.
        record.document.issued = "2002-02"
        #expect(TEINames(record: record, personNames: { [$0.name] }, venueId: TEI.venueId).lastKnownDay == "2002-01-25")
    }

    static let summary = """
        Forum on Harbour Towns
        23 February 2011
        Lenton Harbour Hall

        Keynote Speaker: Mr. Sam Lee, FTA Deputy Secretary-General
        Panelists: Ms. Mia Stone, Director, Freeland Union Development Programme (FUDP); Mr. Tom Reed, Envoy, Freeland Union; Dr. Ana Ruiz, Managing Director, Lenton University

        On February 23, Ms. Mia Stone of the Freeland Union Development Program opened the forum, which the Freeland Union Transport Council had planned on February 21 and 22.
        Mr. Tom Reed said that the Freeland Union would fund new piers.

        """

    @Test func theTEISaysThemValidAndReadsBackToTheSameBytes() throws {
        let result = PlainTextImporter.importRecord(Array(Self.summary.utf8), fileName: "2011-02-23_harbour-towns.txt")
        let record = try #require(result.record, "\(result.findings)")
        let bytes = TEI.export(record)
        let tei = String(decoding: bytes, as: UTF8.self)
        #expect(tei.contains(##"source="text:4,5"><orgName ref="#org.fta">FTA</orgName> <roleName>Deputy Secretary-General</roleName></affiliation>"##), "\(tei)")
        #expect(tei.contains(##"On <date when="2011-02-23" resp="#proceedings" cert="high" evidence="internal">February 23</date>, "##))
        #expect(tei.contains(##"of the <orgName ref="#org.freeland-union-development-programme-fudp">Freeland Union Development Program</orgName> opened"##))
        #expect(tei.contains(##"which the <orgName resp="#proceedings" cert="medium">Freeland Union Transport Council</orgName> had planned on <date from="2011-02-21" to="2011-02-22" resp="#proceedings" cert="high" evidence="internal">February 21 and 22</date>.</p>"##))
        #expect(tei.contains(##"role="member" ref="#org.lenton-university""##))
        // The setting's date prints its year; a renderer adds no quotation marks to q or said (the Stylesheets' makeQuote).
        #expect(tei.contains(##"<date when="2011-02-23" source="text:1,2">23 February 2011</date>"##), "\(tei)")
        #expect(tei.contains(##"<quotation marks="all">"##))
        #expect(tei.contains(##"<catDesc>member: a member of a body (member of parliament, senator, commissioner, councillor; a university's managing director"##))

        let read = try TEITools.readBack(bytes, name: "forum.tei.xml")
        #expect(read.statements == record.statements)
        #expect(read.participations == record.participations)

        try TEITools.expectAccepted(bytes, name: "forum.tei.xml")
        #expect(try SubmissionValidator().validate(bytes, name: "forum.tei.xml").status(strict: false) == .valid)
    }

    static let later = """
        Meeting on Harbour Towns
        Lenton, January 24 and 25, 2002

        On January 24, the board recalled the September 11 attacks, and the meeting was held on January 25.

        """

    /// The setting's date printed without its year says that the year is the converter's reading, as
    /// the text's dates do, and one printed with it does not; a day after the event, of a year the
    /// text does not give, is a date without a value. Valid, read back the same.
    @Test func theSettingsSuppliedYearAndALaterDaySaySo() throws {
        let result = PlainTextImporter.importRecord(Array(Self.later.utf8), fileName: "2002-01-24_harbour-towns.txt")
        let record = try #require(result.record, "\(result.findings)")
        let bytes = TEI.export(record)
        let tei = String(decoding: bytes, as: UTF8.self)
        #expect(tei.contains(##"recalled the <date>September 11</date> attacks"##), "\(tei)")
        #expect(tei.contains(##"<date when="2002-01-25" resp="#proceedings" cert="high" evidence="internal" source="text:3,4">January 25</date>"##), "\(tei)")
        let read = try TEITools.readBack(bytes, name: "later.tei.xml")
        #expect(read.statements == record.statements && read.event == record.event)
        try TEITools.expectAccepted(bytes, name: "later.tei.xml")
        #expect(try SubmissionValidator().validate(bytes, name: "later.tei.xml").status(strict: false) == .valid)
    }
}
