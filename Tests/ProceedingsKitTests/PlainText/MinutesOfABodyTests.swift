import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A council's minutes as committee systems publish them: "Minutes of the <body>", the meeting's day under it, the day
/// they were published, items numbered on from the last meeting's, and the last meeting's minutes approved.
@Suite struct MinutesOfABodyTests {

    static let page = """
        Minutes of the Community Committee
        Thursday, 18th January, 2024 7.00 pm
        Venue: Council Chamber, Military Road, Canterbury
        Minutes published: 29th January, 2024

        Present:
        Councillor Helen Marsh-Tranter (Chair)
        Councillor Mark Ellery

        409. Apologies for absence
        Apologies for absence were received from Councillor Rachel Dunmore.

        411. Minutes of the meeting held on 9 November 2023
        RESOLVED – That the minutes of the meeting held on 9 November 2023 be approved as a correct record.

        412. Presentation: Canterbury Festival 2023 review and plans for 2024
        The Chair welcomed Rosalind Hatherley, Director of Canterbury Festival, who gave a presentation on the 2023 festival.

        413. Neighbourhood policing update
        Inspector Gareth Pryce, Kent Police, gave a presentation on neighbourhood policing across the district.
        """

    @Test func theBodyTheDayAndThePublication() {
        let facts = Invented.explain(Self.page)
        #expect(facts.contains("1: title \"Community Committee\" by cue title.line"))
        #expect(facts.contains { $0.hasPrefix("1: document-type \"Minutes\"") })
        #expect(facts.contains { $0.hasPrefix("2: start-date \"2024-01-18\"") })
        #expect(facts.contains { $0.hasPrefix("4: issued \"2024-01-29\"") })
        // The last meeting's minutes, approved at this one, do not date it, nor with no day of publication printed.
        #expect(!facts.contains { $0.contains("2023-11-09") })
        let unpublished = Invented.explain(Self.page.replacingOccurrences(of: "Minutes published: 29th January, 2024\n", with: ""))
        #expect(!unpublished.contains { $0.contains("2023-11-09") })
        #expect(unpublished.contains { $0.hasPrefix("2: start-date \"2024-01-18\"") })
    }

    @Test func itemsNumberedOnFromTheLastMeeting() throws {
        let record = try #require(Invented.read(Self.page).record)
        #expect(record.parts.map(\.label).contains("412. Presentation: Canterbury Festival 2023 review and plans for 2024"))
        #expect(record.participations.contains { $0.personId == "rosalind-hatherley" && $0.role == .presenter })
        #expect(LineShape(SourceLine(number: 1, indent: 0, text: "413. Neighbourhood policing update")).number?.1 == 413)
        // A body's name ends the title or goes on with what it is of; a headline goes on otherwise.
        #expect(HeaderReader.isMinutesTitle("Minutes of the Planning and Licensing Committee"))
        #expect(HeaderReader.isMinutesTitle("Minutes of the Board of Directors"))
        #expect(!HeaderReader.isMinutesTitle("Minutes of Fed Committee Show Officials Wary of Cutting Too Soon"))
    }
}
