import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Header: the title, the document's type, the page's date and the event's date printed by the title.
@Suite struct HeaderStageTests {
    private let lexicon = GenreLexicon.builtIn
    private let body = "\n1. Discussions\n\nThe seminar was held in Kyoto.\n"

    // MARK: - Document types

    @Test func documentTypeLines() {
        #expect(DocumentTypes.line("Event Report", lexicon) == "Event Report")
        #expect(DocumentTypes.line("(Overview and Evaluation)", lexicon) == "Overview and Evaluation")
        #expect(DocumentTypes.line("press release", lexicon) == "press release")
    }

    @Test func aSectionWordOrATitleIsNoDocumentType() {
        #expect(DocumentTypes.line("Evaluation", lexicon) == nil)
        #expect(DocumentTypes.line("Seminar on Water", lexicon) == nil)
        #expect(DocumentTypes.line("Report and", lexicon) == nil)
    }

    @Test func documentTypeBeforeTheTitle() throws {
        let press = try #require(DocumentTypes.prefix("Press Release: Seminar on Water", lexicon))
        #expect(press.type == "Press Release")
        #expect(press.title == "Seminar on Water")
        let chair = try #require(DocumentTypes.prefix("Chairperson's summary of the Tokyo Seminar on Water", lexicon))
        #expect(chair.type == "Chairperson's summary")
        #expect(chair.title == "Tokyo Seminar on Water")
    }

    @Test func documentTypeAfterTheTitleInBrackets() throws {
        let summary = try #require(DocumentTypes.suffix("Seminar on Water (Summary)", lexicon))
        #expect(summary.type == "Summary")
        #expect(summary.title == "Seminar on Water")
        #expect(DocumentTypes.suffix("Seminar on Water (Tokyo)", lexicon) == nil)
    }

    @Test func eventReportOnItsOwnLine() throws {
        let record = try Invented.record("Event Report\nSymposium on Water Futures\n\n3 March 2011\n" + body)
        #expect(record.document.documentType == "Event Report")
        #expect(record.document.documentTypeLine == 1)
        #expect(record.event.title == "Symposium on Water Futures")
    }

    @Test func bracketedTypeOnItsOwnLineUnderALongTitle() throws {
        let record = try Invented.record("The Second Informal Meeting on Further Actions for Clean Rivers\n(Overview and Evaluation)\n\n3 March 2011\n" + body)
        #expect(record.event.title == "The Second Informal Meeting on Further Actions for Clean Rivers")
        #expect(record.document.documentType == "Overview and Evaluation")
        #expect(record.document.documentTypeLine == 2)
    }

    @Test func lowerCasePressReleaseOnItsOwnLine() throws {
        let record = try Invented.record("press release\nSymposium on Water Futures\n\n3 March 2011\n" + body)
        #expect(record.document.documentType == "press release")
        #expect(record.event.title == "Symposium on Water Futures")
    }

    @Test func pressReleaseBeforeTheTitle() throws {
        let record = try Invented.record("Press Release: Symposium on Water Futures\n\n3 March 2011\n" + body)
        #expect(record.document.documentType == "Press Release")
        #expect(record.event.title == "Symposium on Water Futures")
    }

    @Test func chairpersonsSummaryOfTheTitle() throws {
        let record = try Invented.record("Chairperson's summary of the Tokyo Seminar on Water\n\n3 March 2011\n" + body)
        #expect(record.document.documentType == "Chairperson's summary")
        #expect(record.event.title == "Tokyo Seminar on Water")
        #expect(record.event.kind == .seminar)
    }

    @Test func summaryInBracketsAfterTheTitle() throws {
        let record = try Invented.record("Seminar on Water (Summary)\n\n3 March 2011\n" + body)
        #expect(record.document.documentType == "Summary")
        #expect(record.event.title == "Seminar on Water")
    }

    // MARK: - Category labels, run-in dates

    @Test func categoryLabelAboveTheDocumentTypeIsResidue() {
        let header = HeaderReader.read(Invented.lines("Global Issues", "Press Release", "Seminar on Water", "", "1. Discussions"), lexicon)
        #expect(header.title == "Seminar on Water")
        #expect(header.documentType == "Press Release")
        #expect(header.residue.map(\.text) == ["Global Issues"])
    }

    @Test func categoryLabelAboveThePageDateIsNoTitle() throws {
        let record = try Invented.record("Water Matters\n3 March 2011\nSeminar on Water\n" + body)
        #expect(record.event.title == "Seminar on Water")
        #expect(record.document.issued == "2011-03-03")
        #expect(record.residue.map(\.text) == ["Water Matters"])
    }

    @Test func runInDateNumberIsNotPartOfTheHeadline() throws {
        let record = try Invented.record("19960919 Secretary-General Opens Seminar\n" + body)
        #expect(record.event.title == "Secretary-General Opens Seminar")
        #expect(record.residue.map(\.text) == ["19960919"])
    }

    // MARK: - Dates by the title

    @Test func bracketedDates() throws {
        let (range, place) = try #require(HeaderReader.bracketedDate("(October 20-21, 2005 in Tokyo)"))
        #expect(range.iso == "2005-10-20")
        #expect(range.lastIso == "2005-10-21")
        #expect(place == "Tokyo")
        let (single, none) = try #require(HeaderReader.bracketedDate("(October 18, 2013)"))
        #expect(single.iso == "2013-10-18")
        #expect(single.lastIso == nil)
        #expect(none == nil)
        #expect(HeaderReader.bracketedDate("(held over two days in the spring)") == nil)
    }

    @Test func bracketedDateAfterALongTitleIsTheStartDate() throws {
        let record = try Invented.record("Kyoto Forum 2013 on the Future of Small Island States (October 18, 2013)\n" + body)
        #expect(record.event.title == "Kyoto Forum 2013 on the Future of Small Island States")
        #expect(record.event.startDate == "2013-10-18")
        #expect(record.event.endDate == nil)
        #expect(record.event.dateLine == 1)
    }

    /// A short title is still a title when its line carries the date in brackets.
    @Test func bracketedDateAfterAShortTitle() throws {
        let record = try Invented.record("Kyoto Forum on Island States (October 18, 2013)\n\n1. Discussions\n\nThe participants discussed the future of the islands.\n")
        #expect(record.event.title == "Kyoto Forum on Island States")
        #expect(record.event.startDate == "2013-10-18")
    }

    /// A short line naming a meeting above the document type is the title, not a site's label.
    @Test func shortTitleAboveTheDocumentType() throws {
        let record = try Invented.record("Symposium on Water Futures\n(Overview and Evaluation)\n\n3 March 2011\n\n1. Discussions\n\nThe participants discussed the rivers.\n")
        #expect(record.event.title == "Symposium on Water Futures")
        #expect(record.document.documentType == "Overview and Evaluation")
        #expect(record.residue.isEmpty)
    }

    @Test func bracketedLineUnderTheTitleGivesDatesAndVenue() throws {
        let record = try Invented.record("Seminar on Water\n(October 20-21, 2005 in Tokyo)\n\n1. Discussions\n\nThe participants discussed the state of the rivers of the region.\n")
        #expect(record.event.title == "Seminar on Water")
        #expect(record.event.startDate == "2005-10-20")
        #expect(record.event.endDate == "2005-10-21")
        #expect(record.event.venue == "Tokyo")
        #expect(record.event.dateLine == 2)
        #expect(record.event.venueLine == 2)
    }

    // MARK: - Dates

    @Test func dayRangeBeforeTheMonth() throws {
        let date = try #require(Dates.all(in: "3-4 March 2011").first)
        #expect(Dates.all(in: "3-4 March 2011").count == 1)
        #expect(date.iso == "2011-03-03")
        #expect(date.lastIso == "2011-03-04")
    }

    @Test func dayRangeAfterTheMonth() throws {
        let date = try #require(Dates.all(in: "June 27-28, 2011").first)
        #expect(Dates.all(in: "June 27-28, 2011").count == 1)
        #expect(date.iso == "2011-06-27")
        #expect(date.lastIso == "2011-06-28")
    }

    @Test func dateWithoutYearWaitsForOne() throws {
        let date = try #require(Dates.all(in: "on Monday (16 September)").first)
        #expect(date.iso == nil)
        #expect(date.completed(withYear: 1996).iso == "1996-09-16")
    }

    /// Each printed form, and what each date spans of the text.
    @Test(arguments: [
        ("30 November - 2 December 2010", "2010-11-30", "2010-12-02", "30 November - 2 December 2010"),
        ("November 30 - December 2, 2010", "2010-11-30", "2010-12-02", "November 30 - December 2, 2010"),
        ("posted 2015/03/03 (Tue)", "2015-03-03", nil, "2015/03/03"),
        ("on 17.05.2016 in Riga", "2016-05-17", nil, "17.05.2016"),
        ("on 18/10/2024.", "2024-10-18", nil, "18/10/2024"),
        ("24th, February, 2010", "2010-02-24", nil, "24th, February, 2010"),
        ("the 4th and 5th of June 2019", "2019-06-04", "2019-06-05", "4th and 5th of June 2019"),
        ("Sept. 9, 2001", "2001-09-09", nil, "Sept. 9, 2001"),
        ("held on 5 Jan. 2010 in", "2010-01-05", nil, "5 Jan. 2010"),
        ("May 5 (Tuesday), 2015", "2015-05-05", nil, "May 5 (Tuesday), 2015"),
        ("December, 2001", "2001-12", nil, "December, 2001"),
    ] as [(String, String, String?, String)])
    func printedDateForms(text: String, first: String, last: String?, printed: String) throws {
        let date = try #require(Dates.all(in: text).first)
        #expect(date.iso == first)
        #expect(date.lastIso == last)
        #expect(String(text[date.range]) == printed)
    }

    /// A date starts and ends at a word's edge, as Unicode draws it: no month inside a word, no day
    /// inside a longer number, no year of five digits.
    @Test func datesStartAndEndAtWordEdges() {
        #expect(Dates.all(in: "Marching 5 abreast").isEmpty)
        #expect(Dates.all(in: "May 5,000 people").isEmpty)
        #expect(Dates.all(in: "123 May").isEmpty)
        #expect(Dates.all(in: "10/11/2024").isEmpty, "day and month cannot be told apart")
        #expect(Dates.all(in: "2015-03-03T10").isEmpty)
        #expect(Dates.all(in: "May 20101").isEmpty)
        #expect(Dates.all(in: "May 5 - 6pm").map { String("May 5 - 6pm"[$0.range]) } == ["May 5"])
    }

    @Test func datelineKeepsItsPlace() throws {
        let (date, rest) = try #require(Dates.dateline("Kyoto, Japan, 6 October 2005"))
        #expect(date.iso == "2005-10-06")
        #expect(rest == "Kyoto, Japan")
        #expect(Dates.dateline("The seminar was held on 6 October 2005 in Kyoto.") == nil)
    }

    @Test func labelledFacts() throws {
        let when = try #require(LabelledFact("Date/Time: Feb 25, 2006 10:00-12:00"))
        #expect(when.kinds == [.date, .time])
        #expect(when.time(besides: Dates.all(in: when.value).first) == "10:00-12:00")
        #expect(LabelledFact("Venue: Kyoto Hall")?.kinds == [.venue])
        #expect(LabelledFact("Organized by: Acme Institute")?.kinds == [.organizers])
        #expect(LabelledFact("Datelines are printed") == nil)
    }

    // MARK: - A title from the text

    @Test func eventNameInASentence() {
        #expect(EventName.find(in: "On 5 May 2011, the Third Asia Pacific Water Forum took place in Geneva.", lexicon)
                == "Third Asia Pacific Water Forum")
        #expect(EventName.find(in: "The participants praised the weather.", lexicon) == nil)
    }

    static let untitled = "On 5 May 2011, the Third Asia Pacific Water Forum took place in Geneva.\n\nMany experts attended the meeting and spoke about water.\n"

    @Test func pageWithoutTitleLineTakesTheEventNameFromTheText() throws {
        let result = Invented.read(Self.untitled)
        let record = try #require(result.record)
        #expect(record.event.title == "Third Asia Pacific Water Forum")
        #expect(record.event.kind == .forum)
        #expect(result.findings.map(\.rule.rawValue) == ["title-from-text"])
        #expect(result.findings.first?.severity == .warning)
        #expect(result.findings.first?.line == 1)
    }

    @Test func strictRefusesATitleFromTheText() {
        let result = Invented.read(Self.untitled, strict: true)
        #expect(result.record == nil)
        #expect(result.findings.map(\.rule.rawValue) == ["title-from-text"])
        #expect(result.findings.first?.severity == .error)
    }
}
