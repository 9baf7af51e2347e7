import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A university's page for one lecture of a series: the series' name over the edition and the
/// lecture's title, a dateline with its hours, an address, a timed programme whose items name their
/// speaker after a dash, and the series' past lectures at the foot. Invented lines.
@Suite struct LectureSeriesTests {

    @Test func oneLectureOfASeries() {
        let page = """
            KESTREL INSTITUTE FOR ADVANCED STUDY
            Study  |  Research  |  Public Lectures  |  News  |  Giving

            The Marlow Lectures on Science and Society

            2021 Lecture

            Rivers in the Sky: Rain on a Warming Planet

            Thursday, 9th September 2021, 6.30pm – 8.00pm (doors open 6.00pm)
            The Fenwick Theatre, Kestrel Institute for Advanced Study, 14 Quarry Road, Hobart TAS
            Free event – bookings essential

            About the lecture
            In this year’s Marlow Lecture, Professor Ada Quill, Director of the Rainfall Centre, will describe what satellites show of rain.

            Programme
            6.30pm  Welcome and introduction – Professor Tom Reyes, Director, Kestrel Institute for Advanced Study
            6.40pm  The 2021 Marlow Lecture – Professor Ada Quill
            7.45pm  Vote of thanks – Dr Lena Obi, Chair, Marlow Lectures Committee

            Recent lectures
            2020 – Professor Ivan Petrov, “Cities that Cool”
            2019 – Dr Sara Lind, “The Quiet Rivers”
            """
        let result = Invented.read(page)
        let record = result.record
        #expect(record?.event.title == "Rivers in the Sky: Rain on a Warming Planet")
        #expect(record?.event.subtitle == "The Marlow Lectures on Science and Society, 2021 Lecture")
        #expect(record?.event.startDate == "2021-09-09")
        #expect(record?.event.venue == "The Fenwick Theatre, Kestrel Institute for Advanced Study, 14 Quarry Road, Hobart TAS")
        let roles = Set(record?.roleLines ?? [])
        #expect(roles.isSuperset(of: ["Tom Reyes opening-speaker", "Ada Quill keynote-speaker", "Lena Obi closing-speaker"]))
        // "Marlow Lecture" is an event, and the lecturers of other years were not there.
        #expect(!roles.contains { $0.hasPrefix("Marlow") || $0.hasPrefix("Ivan Petrov") || $0.hasPrefix("Sara Lind") })
        let explained = Invented.explain(page)
        #expect(explained.contains("23: not-a-participant \"Ivan Petrov\" by cue mention.other-event"))
    }

    /// The edition alone is no title, and a title that names no series keeps its subtitle.
    @Test func seriesAndEditions() {
        let lexicon = GenreLexicon.builtIn
        #expect(HeaderReader.namesSeries("The Marlow Lectures on Science and Society", lexicon))
        #expect(HeaderReader.namesSeries("Policy Dialogue Series", lexicon))
        #expect(!HeaderReader.namesSeries("Regional Conference on Water", lexicon))
        #expect(HeaderReader.isEdition("2021 Lecture", lexicon))
        #expect(HeaderReader.isEdition("The 40th Lecture", lexicon))
        #expect(!HeaderReader.isEdition("Rivers in the Sky", lexicon))
    }

    /// "Item – Speaker" as "Item: Speaker" is read; a document after a dash is no speaker.
    @Test func programmeItemsWithADash() {
        let lexicon = GenreLexicon.builtIn
        #expect(RosterLines.label("Opening remarks – Dr Ann Lee", lexicon)?.role == .openingSpeaker)
        #expect(RosterLines.label("Welcome and introduction — Tom Reyes, Director", lexicon)?.role == .openingSpeaker)
        #expect(RosterLines.label("Closing remarks - Prof. Ivan Petrov", lexicon)?.role == .closingSpeaker)
        #expect(RosterLines.label("Presentation – Danube Flood Risk Observatory (PDF)", lexicon) == nil)
        #expect(RosterLines.label("Water and peace – a new agenda", lexicon) == nil)
    }

    /// Only a heading over other events of the site ends the people of this one.
    @Test func headingsOverOtherEvents() {
        let lexicon = GenreLexicon.builtIn
        func heads(_ text: String) -> Bool { PlainTextReader.headsOtherEvents(LineShape(SourceLine(number: 1, indent: 0, text: text)), lexicon) }
        #expect(heads("Recent lectures"))
        #expect(heads("Upcoming Events"))
        #expect(heads("Past seminars"))
        #expect(!heads("Recent developments"))
        #expect(!heads("Other speakers"))
        #expect(!heads("Previous lectures were given by the following scholars."))
    }

    /// A note on the hours stays out of the dateline's place.
    @Test func hoursWithANote() {
        let line = "Wednesday, 14th August 2019, 6.00pm – 7.30pm (doors open 5.30pm)"
        let dateline = Dates.dateline(line)
        #expect(dateline?.date.iso == "2019-08-14")
        #expect(dateline?.rest == "")
    }
}
