import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Lists of people announced by the sentence over them ("... made presentations:"), entries set under a
/// country's cell or heading, a list of participants in an annex, and entries of a hard-wrapped page that run
/// on to the next line. Invented lines.
@Suite struct ListIntroductionsTests {
    @Test func theVerbThatClosesTheIntroductionNamesTheRole() {
        let facts = Invented.explain(Invented.header + """
            In the first session, which was chaired by Mr. Ivo Lind, following persons made presentations:
               - Prof. Aki Mori, Keio University (Japan)
               - Dr. Lee Min-ho, Institute for Unification

            Over two days, the following resource persons made presentations:
            1. Dr. Ana Ruiz, Water Agency - the draft guidelines;
            2. Mr. Tom Okoro, Farmers' Union, Kenya - the view of herders.
            """)
        #expect(facts.contains { $0.hasPrefix("8: presenter \"Aki Mori\" in session-1 by cue role.presenter.list") })
        #expect(facts.contains { $0.hasPrefix("9: presenter \"Lee Min-ho\"") })
        #expect(facts.contains { $0.hasPrefix("12: presenter \"Ana Ruiz\"") })
        // The last item closes the list with its full stop, and the topic after the dash is not its affiliation.
        #expect(facts.contains { $0.hasPrefix("13: presenter \"Tom Okoro\"") })
        let record = try? Invented.record(body: """
            The following resource persons made presentations:
            1. Dr. Ana Ruiz, Water Agency - the draft guidelines;
            2. Mr. Tom Okoro, Farmers' Union - the view of herders.
            """)
        #expect(record?.participations.contains { $0.affiliation == "Water Agency" } == true)
    }

    @Test func aClauseThatOnlySpeaksOfItsSubjectAnnouncesNoList() {
        let facts = Invented.explain(Invented.header + """
            In his presentation Dr. Ivo Lind made the following points:
            - Dr. Ana Ruiz, Water Agency
            """)
        #expect(!facts.contains { $0.contains("presenter \"Ana Ruiz\"") })
    }

    @Test func aCountrysCellBeforeThePersonListed() {
        let facts = Invented.explain(Invented.header + """
            Country presentations were made by:
              Algeria:  Mr. Amin Sahli, National Water Agency
              Morocco:  Ms. Lina Idrissi, Ministry of Energy, Mines, Water and
                        Environment
              Tunisia:  Mr. Kais Ferchichi, Directorate of Water Resources
            """)
        #expect(facts.contains { $0.hasPrefix("8: presenter \"Amin Sahli\"") })
        #expect(facts.contains { $0.hasPrefix("9: presenter \"Lina Idrissi\"") })
        #expect(facts.contains { $0.hasPrefix("11: presenter \"Kais Ferchichi\"") })
        let record = try? Invented.record(body: """
            Country presentations were made by:
              Morocco:  Ms. Lina Idrissi, Ministry of Energy, Mines, Water and
                        Environment
            """)
        #expect(record?.participations.first?.affiliation == "Ministry of Energy, Mines, Water and Environment")
    }

    @Test func aListOfParticipantsInAnAnnexUnderCountryHeadings() throws {
        let text = Invented.header + """
            The seminar closed at noon.

            ------------------------------------------------------------------------
            ANNEX: LIST OF PARTICIPANTS

            ALGERIA
              Rami Bouzid, Director, Ministry of Water Resources
              Nadia Saidi, National Agency for Water Resources

            TUNISIA
              Naïma Jaziri, Commissariat Régional au Développement Agricole de
              Kairouan
            """
        let facts = Invented.explain(text)
        #expect(facts.contains { $0.hasPrefix("13: participant \"Rami Bouzid\" by cue label.participants.list-heading") })
        #expect(facts.contains { $0.hasPrefix("14: participant \"Nadia Saidi\"") })
        #expect(facts.contains { $0.hasPrefix("17: participant \"Naïma Jaziri\"") })
        // A country's heading joins no name, and the rule over the annex is layout.
        #expect(!facts.contains { $0.contains("ALGERIA Rami") })
        let result = Invented.read(text)
        #expect(!result.findings.contains { $0.message.contains("ALGERIA") || $0.message.contains("-----") || $0.message.contains("Kairouan") })
        let record = try Invented.record(text)
        #expect(record.participations.contains { $0.affiliation == "Commissariat Régional au Développement Agricole de Kairouan" })
    }

    @Test func aProgrammesSlotNamesTheRoleOfThoseSetInUnderIt() {
        let facts = Invented.explain(Invented.header + """
            14:10  Presentation of the report
                   Ingrid Haug, Senior Research Fellow, Institute of Waters
                   Janis Ozols, Research Fellow, Institute of Waters

            14:40  Comments
                   Karl Mets, Head of Research, Centre for Rivers, Tallinn
            """)
        #expect(facts.contains { $0.hasPrefix("8: presenter \"Ingrid Haug\"") })
        #expect(facts.contains { $0.hasPrefix("9: presenter \"Janis Ozols\"") })
        #expect(facts.contains { $0.hasPrefix("12: commentator \"Karl Mets\"") })
        #expect(!facts.contains { $0.contains("Waters Janis") })
    }

    @Test func aLabelIsNoCountrysCell() {
        let facts = Invented.explain(Invented.header + """
            Presentation: Dr. Aru Kenzhe, Head of Laboratory of Glaciology,
            Institute of Geography, Almaty
            Comments: Ms. Lea Fenn, Senior Water Specialist, World Bank
            """)
        #expect(facts.contains { $0.hasPrefix("7: presenter \"Aru Kenzhe\"") })
        #expect(facts.contains { $0.hasPrefix("9: commentator \"Lea Fenn\"") })
    }

    @Test func aLabelWithinAParagraphAndPapersBySomeone() {
        let facts = Invented.explain(Invented.header + """
            Panel B: Rivers and national security
            Chaired by Professor Ade Okafor (Law Institute). Papers by Dr. Zhou Min (Tsinghua University) and Ms. Greta Holm (Water Foundation, Berlin).

            Panel C: Privacy and rivers
            Moderated by Ms. Siti Yusof, Data Commission. Speakers: Mr. Bae Jin-ho (Information Institute), Ms. Julia Costa (Law School, São Paulo) and Mr. Tom Allister (Policy Centre).
            """)
        #expect(facts.contains { $0.hasPrefix("8: presenter \"Zhou Min\"") })
        #expect(facts.contains { $0.hasPrefix("8: presenter \"Greta Holm\"") })
        #expect(facts.contains { $0.hasPrefix("11: speaker \"Bae Jin-ho\" in session-2 by cue label.speaker") })
        #expect(facts.contains { $0.hasPrefix("11: speaker \"Julia Costa\"") })
        #expect(facts.contains { $0.hasPrefix("11: speaker \"Tom Allister\"") })
    }

    @Test func aPanelOverAListIsEveryonesOnIt() {
        let facts = Invented.explain(Invented.header + """
            Session 1: Capital for mini-grids
            Moderator: Ms. Wanja Kamau, journalist, Business Daily
            Panel:
            - Mr. Jens Krogh, Investment Director, Development Fund
            - Ms. Fatou Sarr, Managing Director, SunReach
            - Dr. Kofi Tetteh, Energy Commission
            """)
        #expect(facts.contains { $0.hasPrefix("10: panelist \"Jens Krogh\"") })
        #expect(facts.contains { $0.hasPrefix("11: panelist \"Fatou Sarr\"") })
        #expect(facts.contains { $0.hasPrefix("12: panelist \"Kofi Tetteh\"") })
    }

    @Test func embassiesOfSeveralCountriesAreOneEach() {
        #expect(PlainTextReader.organizerNames("the Embassies of Denmark, Finland, Norway and Sweden in Nairobi")
                == ["Embassy of Denmark in Nairobi", "Embassy of Finland in Nairobi", "Embassy of Norway in Nairobi", "Embassy of Sweden in Nairobi"])
        #expect(PlainTextReader.organizerNames("the Ministries of Foreign Affairs of Chile and Peru") == ["Ministries of Foreign Affairs of Chile and Peru"])
        #expect(PlainTextReader.organizerNames("the Governments of the Republic of Korea and Japan")
                == ["Government of the Republic of Korea", "Government of Japan"])
        // Not countries: as printed.
        #expect(PlainTextReader.distributed("the Ministries of Health and Education") == "the Ministries of Health and Education")
        #expect(PlainTextReader.organizerNames("the Permanent Missions of Japan and Mexico, and the Office for Rivers")
                == ["Permanent Mission of Japan", "Permanent Mission of Mexico", "Office for Rivers"])
    }

    @Test func aListHeadingNeedsAListOfPeople() {
        #expect(RosterLines.listHeading("Annex I - List of participants", .builtIn)?.role == .participant)
        #expect(RosterLines.listHeading("LIST OF SPEAKERS", .builtIn)?.role == .speaker)
        #expect(RosterLines.listHeading("List of documents", .builtIn) == nil)
        #expect(RosterLines.listHeading("List of participants in the working groups of the regional programme on water", .builtIn) == nil)
    }

    @Test func aTitlesPluralNamesAGroupNotAPerson() {
        let facts = Invented.explain(Invented.header + """
            Participants: Chief Veterinary Officers, pastoral development officials and representatives of herders' associations
            """)
        #expect(!facts.contains { $0.contains("Veterinary Officers") })
    }

    @Test func aTalkWhoseSpeakersNameIsCutAfterTheHonorific() {
        let facts = Invented.explain(Invented.header + """
            Moderator: Dr. Paul Morin, Water Institute

              - "Aquifer contracts: lessons learned" - Mr. Hassan
                Ait Omar, Basin Agency
              - "Remote sensing for irrigated areas" - Dr. Elena
                Castillo Ruiz, Land and Water Division, Rome
            """)
        #expect(facts.contains { $0.hasPrefix("9: presenter \"Hassan Ait Omar\"") })
        #expect(facts.contains { $0.hasPrefix("11: presenter \"Elena Castillo Ruiz\"") })
    }
}
