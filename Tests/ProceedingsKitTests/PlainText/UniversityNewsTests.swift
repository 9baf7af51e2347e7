import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A university's news story: the faculty's name in capitals over the headline, a posted date under
/// it, and a menu with one year in it. Invented lines.
@Suite struct UniversityNewsTests {
    @Test func facultyOverItsHeadline() throws {
        let record = try Invented.record("""
            Universidad del Altiplano
            Admissions · Faculties · Research · News · Campus Life · Library
            Home › News › 2021

            FACULTY OF AGRONOMY
            Symposium examines indigenous knowledge in highland agriculture
            Posted on 2021-10-08 by the Communications Office  |  Share: Facebook · Twitter · E-mail

            Cochabamba – More than two hundred students filled the Aula Magna on Tuesday, 5 October, for the symposium on seeds.
            """)
        #expect(record.event.title == "Symposium examines indigenous knowledge in highland agriculture")
        #expect(record.event.subtitle == nil)
        #expect(record.document.issued == "2021-10-08")
        #expect(record.event.startDate == "2021-10-05")
    }

    @Test func menusWithAYear() {
        #expect(Residue.isMenu("Newsroom  |  Members  |  Programmes  |  Forum 2017  |  Contact  |  Search"))
        #expect(!Residue.isMenu("Roundtable | 14 November 2018 | Lima | Contact"))
        #expect(Patterns.namesInstitution("Faculty of Agronomy"))
    }
}

/// A book launch: the category over the headline, the author presenting her work, a late mentor, two
/// discussants announced (one of whom "responded"), a publisher after them, and a vote of thanks.
@Suite struct BookLaunchTests {
    @Test func bookLaunch() throws {
        let page = """
            BOOK LAUNCH
            Lakeside historian's new book on pastoralists launched
            Posted by Communications Office on 10 May 2018 | Print | Share

            The Senate Hall was filled on Tuesday, 8th May, as the Department of History hosted the launch of the new monograph by Dr. Wanjiru Kamau.

            Presenting her work, Dr. Kamau explained that the book draws on oral interviews. She dedicated the book to her late mentor, Prof. Joseph Nyaku, who died in 2016.

            Two discussants reviewed the book. Dr. Abdi Farah of the Horn Institute praised the chapters. Ms. Akinyi Were, an advocate with the Land Rights Network, responded from a practitioner's perspective.

            Mr. Samuel Mutua, Publishing Director of Savanna Press, announced a paperback edition. My colleague Dela Kpodo did the field visits but could not make it on the day.

            The evening closed with a vote of thanks by Dr. Philip Lagat, Director of the Centre.
            """
        let record = try Invented.record(page)
        #expect(record.event.title == "Lakeside historian's new book on pastoralists launched")
        #expect(record.document.issued == "2018-05-10")
        let roles = record.roleLines
        #expect(roles.contains("Wanjiru Kamau presenter"))
        #expect(roles.contains("Abdi Farah commentator"))
        // One of the two discussants the page announced, whatever verb her words take.
        #expect(roles.contains("Akinyi Were commentator"))
        #expect(roles.contains("Philip Lagat closing-speaker"))
        #expect(!roles.contains { $0.hasPrefix("Samuel Mutua commentator") || $0.hasPrefix("Joseph Nyaku") || $0.hasPrefix("Dela Kpodo") })
    }
}
