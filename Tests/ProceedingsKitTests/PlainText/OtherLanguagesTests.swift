import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// What a page in Spanish, Portuguese, French, German or Italian prints as English pages do: its dates, its labels and
/// its quotation marks. Invented lines.
@Suite struct OtherLanguagesTests {
    @Test(arguments: [
        ("16 de junio de 2025", "2025-06-16"), ("3 de março de 2024", "2024-03-03"), ("12 février 2025", "2025-02-12"),
        ("12. Juni 2025", "2025-06-12"), ("1 agosto 2023", "2023-08-01"), ("5 août 2022", "2022-08-05"),
        ("20 dicembre 2021", "2021-12-20"), ("9. März 2020", "2020-03-09"),
    ])
    func datesInOtherLanguages(printed: String, iso: String) throws {
        let record = try Invented.record("Jornada sobre lectura\n\n\(printed)\n\nLa jornada reunió a docentes de diez provincias.\n")
        #expect(record.event.startDate == iso)
    }

    /// "El pasado jueves 12 de junio": a day without its year is in the year of the page's date.
    @Test func aDayWithoutItsYear() throws {
        let record = try Invented.record("Jornada sobre lectura\n\n16 de junio de 2025\n\nEl pasado jueves 12 de junio se realizó la jornada.\n")
        #expect(record.event.startDate == "2025-06-12")
    }

    /// "Moderó:", "Modérateur :": a label with an accented letter is a label.
    @Test func labelsWithAccents() throws {
        let record = try Invented.record(body: """
            Panel 1: «Qué funciona en el aula»
            Moderó: Lic. Gastón Peralta (Fundación Lectora)

            Panel 2: Les villes
            Modératrice : Mme Claire Dumoulin (Université de Lille)
            """)
        #expect(record.roleLines == ["Gastón Peralta moderator", "Claire Dumoulin moderator"])
    }

    /// A quotation in guillemets after a name is no part of the name.
    @Test func guillemetsQuote() throws {
        let record = try Invented.record(body: """
            La apertura estuvo a cargo del rector de la Universidad, Dr. Martín Ibarra Conde. «Sabemos que leer a tiempo importa», señaló.
            """)
        #expect(record.persons.map(\.name) == ["Martín Ibarra Conde"])
        #expect(record.roleLines == ["Martín Ibarra Conde opening-speaker"])
    }

    /// A place whose name opens with an accented capital; the page's sharing buttons under its date are no place.
    @Test func anAccentedPlaceAndTheSharingButtons() throws {
        let record = try Invented.record("""
            Forum on Stakeholder Confidence meets in Östhammar

            Published: 17 October 2024
            Share
             LinkedIn  X  Email

            The Forum held its 19th National Workshop in Östhammar, Sweden, from 8 to 10 October 2024.
            """)
        #expect(record.event.venue == "Östhammar")
        #expect(record.event.startDate == "2024-10-08")
    }
}
