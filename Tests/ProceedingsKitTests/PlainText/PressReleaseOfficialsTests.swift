import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// How a press release names the officials at a forum: an office with several portfolios before the name, a verb
/// shared with the one "alongside" or "together with" the subject, a list of panelists with where each works in
/// brackets, and a forum "held on ... at ..." that held nothing itself. Invented lines.
@Suite struct PressReleaseOfficialsTests {
    static func roles(_ record: Record) -> [String] {
        let names = Dictionary(uniqueKeysWithValues: record.persons.map { ($0.id, $0.name) })
        return record.participations.compactMap { p in p.personId.flatMap { names[$0] }.map { "\($0): \(p.role.rawValue)" } }
    }

    static func organisers(_ record: Record) -> [String] {
        let names = Dictionary(uniqueKeysWithValues: record.organizations.map { ($0.id, $0.name) })
        return record.participations.filter { $0.role == .organizer }.compactMap { $0.organizationId.flatMap { names[$0] } }
    }

    @Test func anOfficeWithSeveralPortfoliosBeforeTheName() throws {
        let record = try Invented.record(body: """
            "Trade is growing," said the Minister of Fisheries, Ports and Tourism, Ana Lucía Ferreyra-Cano, who inaugurated the Forum alongside the Vice-Minister of Trade of Chile, Tomás Urrutia-Lagos, and the Undersecretary of Economy of Peru, Rosa Quispe Mamani.
            """)
        #expect(Self.roles(record) == ["Ana Lucía Ferreyra-Cano: opening-speaker", "Tomás Urrutia-Lagos: opening-speaker",
                                       "Rosa Quispe Mamani: opening-speaker"])
        #expect(record.participations.first?.affiliation == "Minister of Fisheries, Ports and Tourism")
    }

    @Test func theVerbIsSharedWithTheOneAlongside() throws {
        let record = try Invented.record(body: """
            Minister Ana Ruiz inaugurated the forum alongside Mr. Carlos Peña (Ministry of Trade).

            Dr. Lena Olsen chaired the closing session together with Mr. Ivo Marek (Port Authority).
            """)
        #expect(Self.roles(record) == ["Ana Ruiz: opening-speaker", "Carlos Peña: opening-speaker", "Lena Olsen: chair", "Ivo Marek: chair"])
    }

    @Test func panelistsWithWhereEachWorksInBrackets() throws {
        let record = try Invented.record(body: """
            In the second panel, moderated by journalist Clara Restrepo Gil, panelists Jimena Soto Ocampo (Rappi), Luis Chirinos Rubio (CAF) and Alejandro Ortiz de Zárate Carrillo (Banco de México) discussed e-commerce rules.
            """)
        #expect(Self.roles(record) == ["Clara Restrepo Gil: moderator", "Jimena Soto Ocampo: panelist", "Luis Chirinos Rubio: panelist",
                                       "Alejandro Ortiz de Zárate Carrillo: panelist"])
    }

    @Test func aForumHeldOnADayHoldsNothing() throws {
        let record = try Invented.record(body: """
            The Pacific Ports Forum 2018, held on 15 and 16 March at the Convention Centre, closed this Friday. The Forum was organised by the Ministry of Ports of Chile (MinPorts) and PortChile, together with the Ports Council (PPC).
            """)
        #expect(Self.organisers(record) == ["Ministry of Ports of Chile (MinPorts)", "PortChile", "Ports Council (PPC)"])
    }

    @Test func theMayorOfATownBeforeTheName() throws {
        let record = try Invented.record(body: """
            Mayor of Tampere Juhana Virtanen-Kallio opened the forum.

            The panellists were Lord Mayor of Aarhus Sofie Holm Andersen-Lund, Mayor of Bergen Rune Johansen-Berg and Director Esa Nikunen.

            The Minister of the Environment, Krista Mikkola-Aalto, sent greetings to the participants in a video message.
            """)
        #expect(Self.roles(record) == ["Juhana Virtanen-Kallio: opening-speaker", "Sofie Holm Andersen-Lund: panelist",
                                       "Rune Johansen-Berg: panelist", "Esa Nikunen: panelist", "Krista Mikkola-Aalto: message-author"])
        #expect(record.participations.first?.affiliation == "Mayor of Tampere")
    }

    @Test func theMorningDiscussionItsParticipatingMayorsAndAPrimeMinisterOfThen() throws {
        let record = try Invented.record(body: """
            The morning discussion, "Building faster," was moderated by Karen Chapelle, Director of the School of Cities. Participating mayors included:

            - Mayor Kenneth Sim, City of Vancouver
            - Mayor Jyoti Gondal, City of Calgary

            He referred to the strategy announced in 2017 by then-Prime Minister Justin Trudeau.
            """)
        #expect(record.parts.map(\.label) == ["Morning discussion"])
        #expect(Self.roles(record) == ["Karen Chapelle: moderator", "Kenneth Sim: participant", "Jyoti Gondal: participant"])
        // The office was held then: he is spoken of, and took no part.
        #expect(!record.participations.contains { $0.personId == "justin-trudeau" })
    }

    @Test func coSponsorsOrganiseAndProvocationsLeadOff() throws {
        let record = try Invented.record(body: """
            Co-sponsored by the Lakeside Center for Asian Studies and the Institute for Governance, as part of the seminar series. The seminar was sponsored by the Ford Trust.

            Provocation by Dr. David Hondo (Arizona State University). He presented the city's heat plan.
            """)
        #expect(Self.organisers(record) == ["Lakeside Center for Asian Studies", "Institute for Governance"])
        #expect(Self.roles(record) == ["David Hondo: lead-off-speaker"])
    }

    @Test func aDeedOfAnotherYearAndWhatAThatClauseNames() throws {
        let record = try Invented.record(body: """
            The Chair recalled that the 2000 Act on Parental Leave, introduced under Minister Páll Pétursson, had served as a model.

            Dr. Ina Pincus commented that interest in the island predated the 2009 offer by President Donald Brump to buy it.
            """)
        #expect(Self.roles(record) == ["Ina Pincus: speaker"])
    }

    /// "Delivering a statement on behalf of the President, Dr. X, Director of Y, noted": the participle's subject delivered it;
    /// "the Council for Public Savings and Financial Markets (CREPMF)" is one body; the media contact under "For media
    /// inquiries:" took no part.
    @Test func aStatementDeliveredOnAnothersBehalfABodysNameAndTheMediaContact() throws {
        let record = try Invented.record(body: """
            Delivering a statement on behalf of the President of the Bank Group, Dr. Hamza Benali, Director of the Climate Division, noted that the Bank had raised its climate finance.

            The first session was moderated by Ms. Aïssatou Ba, Director General of the Regional Council for Public Savings and Financial Markets (CREPMF).

            For media inquiries:
            Ahmed Al-Harbi
            Communications Department
            """)
        #expect(Self.roles(record) == ["Hamza Benali: speaker", "Aïssatou Ba: moderator"])
    }

    /// "A of X, B of Y and C of Z shared ...": full names with where each comes from, listed before one verb of saying, are
    /// people; two bodies joined by "and" before a verb are not.
    @Test func namesListedWithWhereEachComesFromBeforeOneVerb() throws {
        let record = try Invented.record(body: """
            Anna Berg of the Sami community in Norway, Tom Hale of the Tuareg of northern Niger and Eva Lind of Tonga described examples from their regions.

            European Union and United Nations shared the costs.
            """)
        #expect(record.persons.map(\.name) == ["Anna Berg", "Tom Hale", "Eva Lind"])
    }

    /// "moderated by the director of the Catalan Water Agency (ACA), X": the body's short name in brackets ends the title.
    @Test func aTitleWhoseBodyHasItsShortNameInBrackets() throws {
        let record = try Invented.record(body: """
            The first panel was moderated by the director of the Catalan Water Agency (ACA), Jaume Ribes i Solà.
            """)
        #expect(record.roles.map { "\($0.name) \($0.role.rawValue) [\($0.affiliation ?? "-")]" }
                == ["Jaume Ribes i Solà moderator [director of the Catalan Water Agency (ACA)]"])
    }

    /// Openings said four ways: remarks "by the Deputy Mayor, Mr. A, and by the Director General of X, Mr. B"; "opened the
    /// discussion"; a host's own "opening address"; "Also delivering opening remarks on behalf of Y, Ms. C, Director, ...".
    @Test func openingsByTwoByTheHostAndOnAnothersBehalf() throws {
        let record = try Invented.record(body: """
            Welcoming remarks were delivered by the Deputy Mayor of Gdansk, Mr. Tomasz Wisniewski, and by the Director General of the Secretariat, Mr. Henrik Akesson.

            Chief Marlene Antoine of the Syilx Nation opened the discussion with a reflection on fire stewardship.

            The Minister for Development Cooperation, Claudine Weyrich, hosted a round table on anticipatory action.

            In her opening address, Minister Weyrich recalled that Luxembourg has been a partner.

            Also delivering opening remarks on behalf of the Executive Secretary, Ms. Adaeze Okonkwo, Director of the Trade Division, underlined that trade matters.
            """)
        #expect(Self.roles(record) == ["Tomasz Wisniewski: opening-speaker", "Henrik Akesson: opening-speaker", "Marlene Antoine: opening-speaker",
                                       "Claudine Weyrich: opening-speaker", "Adaeze Okonkwo: opening-speaker"])
    }

    /// The year may stand after the name too, or further before it, with the agent's "by" or "under" between; an
    /// honorific's stop is no sentence's end.
    @Test func deedsOfAnotherYearBeforeAndAfterTheName() throws {
        let record = try Invented.record(body: """
            The speakers discussed the 2009 evaluation of the strategy, carried out by Dr. Sabine Kessel of the University of Trier.

            The meeting built on the plan endorsed in 2008 under the chairmanship of the Deputy Minister of Security, Tran Minh Duc.

            The Speaker thanked the former Chair of the Committee, Rudolfs Kalnins, who launched the series in 2007.

            Ms. Edda Holm noted that the project, proposed by former Secretary Harlan Reeve in 2006, was dropped.

            Dr. Ana Ruiz, who joined the Institute in 2011, welcomed the participants.
            """)
        #expect(Self.roles(record) == ["Edda Holm: speaker", "Ana Ruiz: opening-speaker"])
    }

    @Test func aRoleAfterAVerbOfTakingPartAndARespondentsPerspective() throws {
        let record = try Invented.record(body: """
            Hon. Fatou Ndiaye (Senegal) and Hon. Emmanuel Kigozi (Uganda) spoke as panellists on inclusive budgeting.

            Mr. Simon Kabeya, Director of the Budget Office, gave a respondent's perspective on the findings.

            Dr. Ana Ruiz served as rapporteur.
            """)
        #expect(Self.roles(record) == ["Fatou Ndiaye: panelist", "Emmanuel Kigozi: panelist", "Simon Kabeya: respondent", "Ana Ruiz: rapporteur"])
    }

    @Test func verbsOfPresentingResearch() throws {
        let record = try Invented.record(body: """
            Dr. Ana Ruiz (University of Lima) shared findings from a survey of 300 households.

            Mr. Ali Osman walked participants through the new guidelines.

            Ms. Lena Berg introduced the draft report.

            Dr. Kofi Mensah showcased the city's flood model.
            """)
        #expect(Self.roles(record) == ["Ana Ruiz: presenter", "Ali Osman: presenter", "Lena Berg: presenter", "Kofi Mensah: presenter"])
    }

    @Test func whoReactedAndWhoHostedTheProgramme() throws {
        let record = try Invented.record(body: """
            Reacting to the presentations, Dr. Ana Ruiz (University of Lima) noted the gaps.

            The event was emceed by Mr. Ali Osman (Radio Lima).
            """)
        #expect(Self.roles(record) == ["Ana Ruiz: respondent", "Ali Osman: moderator"])
    }

    @Test func aCountryAnOfficeInACountryAndLettersAreNoOne() {
        #expect(Names.parse("Viet Nam", .builtIn) == nil)
        #expect(Names.parse("IOM Chile", .builtIn) == nil)
        #expect(Names.parse("SADC PF", .builtIn) == nil)
        #expect(Names.parse("Love Street", .builtIn) == nil)
        #expect(Names.parse("Benjamin N. Gedan", .builtIn)?.family == "Gedan")
        #expect(Names.parse("Anthony Ng", .builtIn)?.family == "Ng")
    }

    @Test func whoWasTravellingOrOnlyScheduledWasNotThere() throws {
        let record = try Invented.record(body: """
            The Bank's President, Dr. Akin Adeyemi, who was travelling in Asia during the seminar, has made ports a priority.

            The Speaker of Parliament, Rt. Hon. Edward Adjei, was scheduled to open the workshop.

            Dr. Lena Berg presented the findings.
            """)
        #expect(Self.roles(record) == ["Lena Berg: presenter"])
    }

    @Test func aLeadSpeakersLabel() throws {
        let record = try Invented.record(body: """
            Lead speaker: Prof. Leila Abou-Zeid, University of Beirut
            """)
        #expect(Self.roles(record) == ["Leila Abou-Zeid: lead-off-speaker"])
    }

    @Test func whoLedTheDiscussionModeratedIt() throws {
        let record = try Invented.record(body: """
            Dr. Ana Ruiz (University of Lima) steered the discussion.

            Mr. Ali Osman (Radio Lima) hosted the debate.

            Dr. Lena Berg (Port Authority) wrapped up the day.
            """)
        #expect(Self.roles(record) == ["Ana Ruiz: moderator", "Ali Osman: moderator", "Lena Berg: closing-speaker"])
    }

    @Test func aCoAuthorWhoCouldNotTravelAPredecessorAndTheSitesRelatedLinks() throws {
        let record = try Invented.record(body: """
            Prof. Kenji Nagahisa presented a paper, co-authored with Dr. Mariko OKAMOTO (Research Institute), who could not travel.

            The Assembly elected Mr. Carlos Olivera (Uruguay) as President, succeeding Ms. Teresa Quiñónez (El Salvador).

            Related: Policy Brief 14/2023 "Water Diplomacy" by Dr. Yusuf Masri
            """)
        #expect(Self.roles(record) == ["Kenji Nagahisa: presenter", "Carlos Olivera: participant"])
        #expect(record.residue.map(\.text).contains("Related: Policy Brief 14/2023 \"Water Diplomacy\" by Dr. Yusuf Masri"))
    }
}
