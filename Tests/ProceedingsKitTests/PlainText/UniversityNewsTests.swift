import Foundation
import Testing
@testable import ProceedingsKit

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
