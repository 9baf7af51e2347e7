import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// People the prose names with what they are set apart by commas, in the feminine titles of Portuguese, or in a label
/// with their party; the phrases that open a forum's work. Invented lines.
@Suite struct NamedInPassingTests {
    /// "X, policy officer for Y, argued that": what the person is, in lower case between commas, before the verb of saying.
    @Test func anAppositionInLowerCaseBeforeTheVerb() throws {
        let record = try Invented.record(body: """
            Ilaria Conde, policy officer for Low Impact Fishers (LIFE), argued that fishers are under-represented.
            Maria Lupo, a fisher from Sicily, said that quotas were unfair.
            """)
        #expect(record.persons.map(\.name) == ["Ilaria Conde", "Maria Lupo"])
        #expect(record.roleLines.last == "Maria Lupo speaker")
    }

    /// "Prof.ª Dr.ª X": the feminine titles end in the ordinal mark; "the opening table was composed of" those who opened.
    @Test func feminineTitlesAndTheOpeningTable() throws {
        let record = try Invented.record(body: """
            The opening table was composed of Prof.ª Dr.ª Edna Maria Brandes, Director of NAEA; Dr Bea Brand, Dean of Y; and Dr Cy Neto, Head of Z.
            """)
        #expect(record.roleLines == ["Edna Maria Brandes opening-speaker", "Bea Brand opening-speaker", "Cy Neto opening-speaker"])
        #expect(record.persons.first?.honorific == "Prof.ª Dr.ª")
    }

    /// "Opening the work, Senator X" and "Opening the exchange, Y": the words that open a forum's proceedings.
    @Test func openingTheWork() throws {
        let record = try Invented.record(body: """
            Opening the work, Senator Gabriela Ortiz Benito, president of the Committee on Water Resources, stated that water is a right.
            """)
        #expect(record.roleLines == ["Gabriela Ortiz Benito opening-speaker"])
    }

    /// "included the participation of X, from the Consorzio di Bonifica": whose participation is a person's, and a body's name
    /// in its own language runs over its particles.
    @Test func theParticipationOfSomeoneFromABody() throws {
        let record = try Invented.record(body: """
            The panel on water reuse was moderated by Dr. Amparo Lluch, and included the participation of Giovanni Rossi, from the Consorzio di Bonifica (Italy), and Carmen Ortiz, from the Union of Farmers.
            """)
        #expect(record.roleLines == ["Amparo Lluch moderator", "Giovanni Rossi panelist", "Carmen Ortiz panelist"])
    }

    /// "Taking part in the discussion were People's Deputies A and B": the clause says they took part; an office in the
    /// plural before names is theirs.
    @Test func takingPartWereDeputies() throws {
        let record = try Invented.record(body: "Taking part in the discussion were People's Deputies Oleksii Movchuk and Iryna Konstan, as well as experts.")
        #expect(record.roleLines == ["Oleksii Movchuk participant", "Iryna Konstan participant"])
    }

    /// "A from the University, B from the Centre and C from the Bank": where each comes from, then a comma, keeps the list.
    @Test func aListOfPeopleEachFromABody() throws {
        let record = try Invented.record(body: """
            Among the resource persons were Dr. Ramon Castel from the University of the Philippines, Ms. Aiko Tanabe from the Knowledge Centre and Mr. Sukarno from the Bank.
            """)
        #expect(record.roleLines == ["Ramon Castel presenter", "Aiko Tanabe presenter", "Sukarno presenter"])
    }

    /// "Co-reports were made by:" over a list: those who made them spoke, the last item closed by its full stop.
    @Test func coReportsMadeBy() throws {
        let record = try Invented.record(body: """
            Co-reports were made by:
            - Yuliia Sokolova, First Deputy Minister of Economy — on the grants;
            - Olena Tolkach, Chair of the Board of the Veteran Hub NGO.
            """)
        #expect(record.roleLines == ["Yuliia Sokolova speaker", "Olena Tolkach speaker"])
    }

    /// "Opening the consultation, Mr X recalled ... He was followed by Ms Y": the next to speak, in the same capacity; a
    /// sentence that names its own role keeps it.
    @Test func followedByTheNextSpeaker() throws {
        let record = try Invented.record(body: """
            Opening the consultation, Mr Jakob Lindgren, head of the Almaty Office, recalled that resources matter. He was followed by Ms Aigerim Zhakup, Secretary-General of the National Commission, who welcomed the experts.
            """)
        #expect(record.roleLines == ["Jakob Lindgren opening-speaker", "Aigerim Zhakup opening-speaker"])
    }

    /// "The lecture was attended by X": a phrase's gap never runs over a verb that gives the name its own role.
    @Test func attendedByIsNoSpeech() throws {
        let record = try Invented.record(body: "The lecture was attended by Mrs. Gifty Quansa, the Registrar.")
        #expect(record.roleLines == ["Gifty Quansa participant"])
    }

    /// "Moderator: X (Renew, FR), Vice-Chair": a member's group and country in the brackets, the office after them.
    @Test func aMembersGroupAndCountryInBrackets() throws {
        let record = try Invented.record(body: "Moderator: Caroline Dumont-Leroux (Renew, FR), Vice-Chair")
        #expect(record.roles.map { "\($0.name) \($0.role.rawValue) \($0.affiliation ?? "")" } == ["Caroline Dumont-Leroux moderator Vice-Chair (Renew, FR)"])
    }
}
