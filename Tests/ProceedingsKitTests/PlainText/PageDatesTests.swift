import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// The page's own date where pages print it under the story: among the links to share and to related pages, set
/// alone at the right, as a month under a signature, labelled at the foot against a dateline over the story, or in
/// a sentence of the page's head; and a site's sections that stand over a title. Invented lines.
@Suite struct PageDatesTests {
    static let story = """
        Seminar on River Law

        The seminar on river law was held in Riga on 3 March 2013 by the Institute of Waters.

        """

    @Test func aDateSetAloneAtTheRightOfTheFoot() throws {
        let record = try Invented.record(Self.story + "                                    2013.03.05\n")
        #expect(record.document.issued == "2013-03-05")
        #expect(!Invented.read(Self.story + "   2013.03.05\n").findings.contains { $0.message.contains("2013.03.05") })
    }

    @Test func aLabelledDateAboveTheLinksToShareAndToRelatedPages() throws {
        let record = try Invented.record(Self.story + """
            Date of publication: 18.04.2013
            Last updated: 19.04.2013

            Share: Facebook | Twitter | Send by e-mail | Print
            Back to top

            Related articles
              River commissions in the Baltic (March 2013)
              Call for proposals 2013

            (c) 2013 Institute of Waters | Vesetas iela 5, Riga
            """)
        #expect(record.document.issued == "2013-04-18")
    }

    @Test func aMonthUnderASignature() throws {
        #expect(try Invented.record(Self.story + "------\nPrepared by the Secretariat of the Institute, May 2013\n").document.issued == "2013-05")
        #expect(try Invented.record(Self.story + "Riga, October 2013\n").document.issued == "2013-10")
        // A month in the story's last sentence is no signature.
        #expect(try Invented.record(Self.story + "The next seminar will be held in May 2014.\n").document.issued == nil)
    }

    @Test func aLabelledDateAtTheFootIsThePagesAndTheDatelineDatedTheMeeting() throws {
        let record = try Invented.record("""
            Seminar report

            RIVERS AND BORDERS: TWENTY YEARS ON

            Riga, November 29th, 2016

            On Tuesday took place in the Auditorium of the Institute the seminar on rivers and borders.

            Published on 2016-12-02
            """)
        #expect(record.document.issued == "2016-12-02")
        #expect(record.event.startDate == "2016-11-29")
    }

    @Test func aSentenceOfThePagesHeadThatDatesThePage() throws {
        let text = """
            CONFERENCE REPORT

            Rivers and Borders: Science and Trust
            International Conference, Riga, 3-4 March 2015

            Venue: Great Hall, Riga Castle
            Organisers: Institute of Waters

            Report published on 20 March 2015. Rapporteur: Dr. Ilze Ozola, Institute of Waters

            Some 180 experts met in Riga to discuss the law of rivers.
            """
        let record = try Invented.record(text)
        #expect(record.document.issued == "2015-03-20")
        #expect(record.event.startDate == "2015-03-03")
        // The labelled venue says where, and the kind of meeting by the date is no place.
        #expect(record.event.venue == "Great Hall, Riga Castle")
        #expect(Invented.explain(text).contains { $0.hasPrefix("9: rapporteur \"Ilze Ozola\"") })
        #expect(try Invented.record("""
            Rivers and Borders: Science and Trust
            International Conference, Riga, 3-4 March 2015

            Some 180 experts met to discuss the law of rivers.
            """).event.venue == "Riga")
    }

    @Test func aTrailOfSectionsThatEndsInThePagesDate() throws {
        for trail in ["Press service  /  News  /  18.02.2020", "News  /  18.02.2020"] {
            let record = try Invented.record("""
                MINISTRY OF WATERS OF THE REPUBLIC
                Eng | Рус

                \(trail)

                In Riga was held round table on the role of rivers in the peace process

                On February 18, 2020 in the building of the University of Waters in Riga a round table took place.
                """)
            #expect(record.event.title == "In Riga was held round table on the role of rivers in the peace process")
            #expect(record.document.issued == "2020-02-18")
            #expect(record.event.venue != "News")
        }
    }

    @Test func aSitesSectionsOverTheTitle() throws {
        let blog = try Invented.record("""
            Blog

            Workshop: Informal Courts in the River Basins
            by Anna Berzina | 28 June 2017 | 4 min read

            This was the question of a one-day workshop that our Centre held on Wednesday 14 June 2017 in the Senate Hall.
            """)
        #expect(blog.event.title == "Workshop: Informal Courts in the River Basins")
        #expect(blog.document.issued == "2017-06-28")
        let event = try Invented.record("""
            EVENTS

            Past event

            Webinar: Can the River Commissions Survive?

            Date: 2021-09-15

            In this webinar, four speakers discussed whether the model can continue.
            """)
        #expect(event.event.title == "Webinar: Can the River Commissions Survive?")
    }

    /// "1:00 PM" on a line of its own under the date is the hour, never the title; the room under it is where.
    @Test func theHourAndTheRoomUnderTheDate() throws {
        let record = try Invented.record("""
            AGRICULTURE COMMITTEE
            HEARING SUMMARY

            Tuesday, February 20, 2024
            1:00 PM
            Room 5, State Office Building, St. Paul

            Informational hearing: Farm helplines

            Chair Lindahl opened the hearing. Dr. Ana Ruiz presented the helpline's figures.
            """)
        #expect(record.event.title == "Informational hearing: Farm helplines")
        #expect(record.event.venue == "Room 5, State Office Building, St. Paul")
        #expect(record.event.startDate == "2024-02-20")
    }

    /// "Published: 02/12/2022" cannot be told day from month: the reading on or after the meeting is the page's day.
    @Test func aPublishedDateInFiguresAfterTheMeeting() throws {
        let record = try Invented.record("""
            Conference on Water Law
            "Scarcity and Rights"

            Published: 02/12/2022

            The conference took place on 23 and 24 November 2022 in the Aula Magna. Dr. Ana Ruiz opened it.
            """)
        #expect(record.document.issued == "2022-12-02")
        #expect(record.event.subtitle == "Scarcity and Rights")
    }
}
