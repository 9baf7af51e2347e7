import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// The heads of releases and stories that number themselves or name their kind over the headline, and a dateline in
/// figures. Invented lines.
@Suite struct NumberedReleasesTests {
    static let story = "\n\nThe ministry held the 4th Joint Working Group in Nusa Dua on 19-20 March 2024.\n"

    /// "Number: SP.118/SJ.5/III/2024" under the type: the release's number, no title; "JAKARTA (22/3) –" dates the
    /// story by day and month, in the year the page prints.
    @Test func aReleasesNumberSpeltOutAndADatelineInFigures() throws {
        let record = try Invented.record("""
            PRESS RELEASE
            Number: SP.118/SJ.5/III/2024

            Riverland and Norway Agree to Strengthen Cooperation on Fisheries Data

            JAKARTA (22/3) – The ministry held the 4th Joint Working Group in Nusa Dua on 19-20 March 2024.
            """)
        #expect(record.event.title == "Riverland and Norway Agree to Strengthen Cooperation on Fisheries Data")
        #expect(record.document.documentType == "PRESS RELEASE")
        #expect(record.document.issued == "2024-03-22")
        #expect(record.event.startDate == "2024-03-19")
    }

    /// The kind of page over its headline, which the headline is not: "PRESS RELEASE — FOR IMMEDIATE RELEASE" (when it may
    /// be printed, after a dash), "FEATURE STORY", "Boletín-1184" (a bulletin and its number joined by a hyphen).
    @Test(arguments: [
        ("PRESS RELEASE — FOR IMMEDIATE RELEASE\n\nIsland Ministers Agree on Ocean Finance\n\n3 October 2024", "Island Ministers Agree on Ocean Finance", "PRESS RELEASE"),
        ("FEATURE STORY\nFrom Cash Transfers to Climate Resilience: Countries Share Lessons\n\nMarch 12, 2024",
         "From Cash Transfers to Climate Resilience: Countries Share Lessons", "FEATURE STORY"),
        ("Boletín-1184\nThursday, November 16, 2023\n\nSenate forum hears farming communities on the water law",
         "Senate forum hears farming communities on the water law", "Boletín"),
    ])
    func theKindOfPageOverItsHeadline(head: String, title: String, type: String) throws {
        let record = try Invented.record(head + Self.story)
        #expect(record.event.title == title)
        #expect(record.document.documentType == type)
    }
}

/// An Australian site's cultural advice and acknowledgement of Country, printed over its pages: the site's words, not the
/// summary's, and no reason to stop looking for the title. Invented lines.
@Suite struct CulturalAdviceTests {
    @Test func theAdviceOverTheTitle() throws {
        let record = try Invented.record("""
            Riverland Land Council

            Aboriginal and Torres Strait Islander people are advised that this page may contain names of people who have passed away.

            COMMUNITY FORUM SUMMARY

            Wind, Sun and Country: Renewable Energy on Our Lands

            Posted 2 September 2024

            The University acknowledges that it is built on the lands of the Dharawal people, and we pay our respects to Elders past and present.

            Aunty Lorraine Bundle gave the Acknowledgement of Country, paying respects to Elders past and present.
            """)
        #expect(record.event.title == "Wind, Sun and Country: Renewable Energy on Our Lands")
        #expect(record.document.documentType == "COMMUNITY FORUM SUMMARY")
        #expect(record.persons.map(\.name) == ["Lorraine Bundle"])
    }
}
