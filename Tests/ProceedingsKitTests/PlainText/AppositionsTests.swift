import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A title or a body set apart by commas beside a name, a list's label in the clause after a sentence's
/// last comma, and a perfect tense after a news dateline. Invented lines.
@Suite struct AppositionsTests {
    @Test func aTitleSetApartBeforeTheHonorificLetsACueTouchTheName() {
        let facts = Invented.explain(Invented.header + """
            The webinar was opened by the Ambassador of Chile to Poland, Mr. Tomás Rivas. It was then opened by Ambassador of the Republic of Peru for the Republic of Poland, H.E. Ms. Lucía Paredes.
            """)
        #expect(facts.contains { $0.hasPrefix("7: opening-speaker \"Tomás Rivas\" by cue role.opening.by") })
        #expect(facts.contains { $0.hasPrefix("7: opening-speaker \"Lucía Paredes\" by cue role.opening.by") })
    }

    @Test func aBodySetApartByCommasMakesABareNameAPerson() {
        let facts = Invented.explain(Invented.header + """
            Marta Quiroga, of the Recycling Office of the Ministry of the Environment, presented a case study. The delegations were headed by Pablo Ibáñez, of the Ministry of Fisheries of Chile; and Rosa Huamán, of the Ministry of Production of Peru.
            """)
        #expect(facts.contains { $0.hasPrefix("7: presenter \"Marta Quiroga\"") })
        #expect(facts.contains { $0.hasPrefix("7: participant \"Pablo Ibáñez\"") })
        #expect(facts.contains { $0.hasPrefix("7: participant \"Rosa Huamán\"") })
    }

    @Test func aLabelInTheLastClauseOpensANumberedListOfLongItems() {
        let facts = Invented.explain(Invented.header + """
            In the panel session which was moderated by Ms. Ewa Nowicka, Director of Cooperation of the Polish Wind Chamber, the panelists are:
            1. Ms. Sari Dewi, Director of Various New and Renewable Energy, Ministry of Energy and Mineral Resources of Indonesia;
            2. Mr. Jan Wolski, CEO of Wiatr Sp. z o.o.
            """)
        #expect(facts.contains { $0.hasPrefix("7: moderator \"Ewa Nowicka\"") })
        #expect(facts.contains { $0.hasPrefix("8: panelist \"Sari Dewi\"") })
        #expect(facts.contains { $0.hasPrefix("9: panelist \"Jan Wolski\"") })
    }

    @Test func organisersInAPerfectTenseAfterADateline() {
        let facts = Invented.explain(Invented.header + """
            Lima, 24/6/2021 - The Embassy of Chile in Lima in collaboration with the Peruvian Chamber of Commerce have held the webinar on Thursday.
            """)
        #expect(facts.contains { $0.hasPrefix("7: organizer \"Embassy of Chile in Lima\"") })
        #expect(facts.contains { $0.hasPrefix("7: organizer \"Peruvian Chamber of Commerce\"") })
    }

    @Test func inTheChairAfterTheNameAndNoSurnameFromABodysWord() {
        let facts = Invented.explain(Invented.header + """
            The SPEAKER OF THE NATIONAL ASSEMBLY, Mr. H. N. KANDA, in the Chair.

            Mr. M. DUVAL, Director of the Programme for the Study of Representative Institutions, IPU Secretariat, made an introductory statement.
            """)
        #expect(facts.contains { $0.hasPrefix("7: chair \"H. N. KANDA\"") })
        #expect(facts.contains { $0.hasPrefix("9: opening-speaker \"M. DUVAL\"") })
        #expect(!facts.contains { $0.contains("\"Institutions\"") })
    }

    @Test func aWordThatQualifiesAnOfficeIsNoTitleAlone() {
        let facts = Invented.explain(Invented.header + """
            Dr Ana Mwale today officially opened a three-day Regional Seminar on Parliamentary Budget Oversight. Members discussed Parliamentary Budget Oversight at length. Minister of State Karin Holm closed the seminar.
            """)
        #expect(facts.contains { $0.hasPrefix("7: opening-speaker \"Ana Mwale\"") })
        #expect(facts.contains { $0.hasPrefix("7: closing-speaker \"Karin Holm\"") })
        #expect(!facts.contains { $0.contains("\"Budget Oversight\"") })
    }

    @Test func aNameAfterAnOfficeEndingInItsDepartment() {
        let facts = Invented.explain(Invented.header + """
            The panel was moderated by Ambassador-at-Large for Climate and Environment Jānis Ozols. In his welcoming address, Vice Minister of Trade and Integration Aibek Nurov presented the plans.
            """)
        #expect(facts.contains { $0.hasPrefix("7: moderator \"Jānis Ozols\"") })
        #expect(facts.contains { $0.contains("\"Aibek Nurov\"") })
        #expect(!facts.contains { $0.contains("\"Integration Aibek Nurov\"") || $0.contains("\"Environment Jānis Ozols\"") })
    }

    @Test func aDepartmentsListOfSubjectsNamesNoOne() {
        let facts = Invented.explain(Invented.header + """
            In his welcome address, Mr. Amadou SY, Commissioner in charge of the Department of Agriculture, Water Resources and Environment, underlined the role of farmers.
            """)
        #expect(facts.contains { $0.hasPrefix("7: opening-speaker \"Amadou SY\"") })
        #expect(!facts.contains { $0.contains("\"Water Resources\"") })
    }

    /// "Professor A FRS of the University of Bristol, Dr B of the Survey and Professor C of ...": the letters after the first
    /// name stand between it and its body; the list goes on, every one of it organised the meeting.
    @Test func lettersBetweenANameAndItsBody() throws {
        let record = try Invented.record(body: """
            The workshop was organised by Professor Ann Ashby FRS of the University of Bristol, Dr Tom Wirz of the Polar Survey and Professor Ama Ndiaye of the University of Dakar.
            """)
        #expect(record.roleLines == ["Ann Ashby organizer", "Tom Wirz organizer", "Ama Ndiaye organizer"])
        #expect(record.roles.first?.affiliation == "the University of Bristol")
    }
}

