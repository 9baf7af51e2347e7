import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Organisers as prose names them: where and when between the verb and its agents, the office a body acted
/// through, a body named for its meetings that organises another one, a German "invited to", and a
/// registered association's mark. Invented lines.
@Suite struct OrganisersInProseTests {
    static func organisers(_ sentence: String) throws -> [String] {
        let record = try Invented.record("Forum on Coastal Towns\n\n12 May 2022\n\n" + sentence + "\n")
        let names = Dictionary(uniqueKeysWithValues: record.organizations.map { ($0.id, $0.name) })
        return record.participations.filter { $0.role == .organizer }.compactMap { $0.organizationId.flatMap { names[$0] } }
    }

    @Test func whereAndWhenBetweenTheVerbAndItsAgents() throws {
        #expect(try Self.organisers("""
            The Regional Conference on Herding was convened in Niamey, Niger, on 26 and 27 February 2020 by the Commission of \
            the West African Union (WAU) and the Government of the Republic of Niger.
            """) == ["Commission of the West African Union (WAU)", "Government of the Republic of Niger"])
        // A second verb in between names agents of its own, read as before.
        #expect(try Self.organisers("""
            The meeting was held at the Mita Hall in Tokyo, co-hosted by the Ministry of Foreign Affairs of Japan and the Cabinet Office of Japan.
            """) == ["Ministry of Foreign Affairs of Japan", "Cabinet Office of Japan"])
    }

    @Test func theOfficeABodyActedThroughIsNoOrganiserOfItsOwn() throws {
        #expect(try Self.organisers("""
            The Symposium was organized by the Organization of Andean States (OAS), through the Cyber Program of the Andean \
            Committee on Crime (ACC), and the Ministry of Foreign Affairs of Peru, with the support of the Government of Chile.
            """) == ["Organization of Andean States (OAS)", "Ministry of Foreign Affairs of Peru"])
    }

    @Test func aBodyNamedForItsMeetingsOrganisesAnother() throws {
        #expect(try Self.organisers("Himal Migrant Rights Forum organised a roundtable discussion on recruitment at Hotel Yak, Lalitpur.")
            == ["Himal Migrant Rights Forum"])
        // A meeting of its own organises nothing.
        #expect(try Self.organisers("The Third Regional Forum hosted a panel on rivers. Dr. Ana Ruiz chaired it.").isEmpty)
    }

    @Test func twoCountriesAreTwoHosts() throws {
        #expect(try Self.organisers("Chile and Norway held a Regional Workshop on Mediation on 27 August 2019 in Santiago.") == ["Chile", "Norway"])
    }

    @Test func aFrontedPatronageIsNoSubject() throws {
        #expect(try Self.organisers("""
            Under the auspices of the Ministry of Water, the University of Accra organized the dialogue on 3 March 2015 in Tema.
            """) == ["University of Accra"])
    }

    @Test func aRelativeClauseSaysWhereWhenNothingBeforeItDoes() throws {
        let record = try Invented.record("""
            Forum on Coastal Towns

            12 May 2022

            The Ministry of Water and the Andean Bank jointly organized the forum, which was held in Cusco on 2 April 2018.
            """)
        #expect(record.event.venue == "Cusco")
    }

    @Test func theSentenceThatSaysWhatThePageDoesNamesItsType() throws {
        func type(_ sentence: String) throws -> String? {
            try Invented.record("Forum on Coastal Towns\n\n12 May 2022\n\n" + sentence + "\n").document.documentType
        }
        #expect(try type("This report summarizes the discussions of the forum held in Cusco.") == "Report")
        #expect(try type("This chair's summary reflects the discussions of the forum.") == "Chair's summary")
        #expect(try type("This is the third forum held in Cusco.") == nil)
    }

    @Test func invitedToAMeetingWithARegisteredAssociation() throws {
        #expect(try Self.organisers("""
            On 21 February 2002 the Lammers Foundation, together with the Atlantic Circle Berlin e.V., invited to a roundtable \
            discussion in the Berlin office of the foundation.
            """) == ["Lammers Foundation", "Atlantic Circle Berlin e.V."])
    }

    @Test func theTownOfABodyBeforeTheNextVerbIsNoOrganiser() throws {
        #expect(try Self.organisers("""
            Co-organised by the Institute for Coastal Affairs (ICA) and the Institute for Harbour Studies (IHS), Pretoria, and \
            hosted by the Ministry of Ports.
            """) == ["Institute for Coastal Affairs (ICA)", "Institute for Harbour Studies (IHS)", "Ministry of Ports"])
        // A country there is a host of its own.
        #expect(try Self.organisers("The forum was hosted by the Coastal Union (CU), Kenya, and Ghana.") == ["Coastal Union (CU)", "Kenya", "Ghana"])
    }

    /// "A with B": the body named after "with" organised it too, as after "together with".
    @Test func aBodyWithAnother() throws {
        #expect(try Self.organisers("Convened by EcoPeace Middle East with the Konrad-Adenauer-Stiftung Jordan Office. Dr. Ana Ruiz spoke.")
            == ["EcoPeace Middle East", "Konrad-Adenauer-Stiftung Jordan Office"])
    }

    /// A host named first, then the full list of organisers with it: the list adds the others; a list naming none already
    /// read is the same fact said again, or another occasion's.
    @Test func aLaterListThatNamesTheHostAddsTheOthers() throws {
        #expect(try Self.organisers("""
            Hosted by the City of Ghent at De Krook.

            The meeting was organised by Eurocities together with the City of Ghent. A visit was organised by the Port Authority.
            """) == ["City of Ghent", "Eurocities"])
    }

    /// "Universitas Gadjah Mada", set off by commas as the parent of a department, names a body in Indonesian.
    @Test func aUniversityNamedInItsOwnLanguage() throws {
        #expect(try Self.organisers("""
            The Department of Politics of the Faculty of Social Sciences, Universitas Gadjah Mada, together with the Center for \
            Asian Studies, held a seminar on fisheries.
            """) == ["Department of Politics of the Faculty of Social Sciences", "Universitas Gadjah Mada", "Center for Asian Studies"])
    }

    /// "On <date>, in <town>, the Institute ... under the Academy, in collaboration with the Foundation organized": the
    /// place set off before the subject is the venue, and the body a unit is "under" is said of the unit, no organiser.
    @Test func aUnitUnderItsParentAndAPlaceBeforeTheSubject() throws {
        let sentence = """
            On 3 March 2023, in Da Lat, the Institute of Coastal Studies (ICS) under the National Academy of Marine Sciences \
            in collaboration with the Harbour Foundation (HF) organized the workshop "Tides and towns".
            """
        #expect(try Self.organisers(sentence) == ["Institute of Coastal Studies (ICS)", "Harbour Foundation (HF)"])
        let record = try Invented.record("Forum on Coastal Towns\n\n12 May 2022\n\n" + sentence + "\n")
        #expect(record.event.venue == "Da Lat")
        // "In March" before the subject says when, not where.
        let when = try Invented.record("Forum on Coastal Towns\n\n12 May 2022\n\nOn 3 March 2023, in spring, the Institute organized the forum.\n")
        #expect(when.event.venue == nil)
    }

    /// "the Foundation (HF) office in Riga": a body's office in a country, named by a common noun, organises as the body would.
    @Test func aBodysOfficeInACountry() throws {
        #expect(try Self.organisers("""
            On 4 May, the Baltic Sea Institute (BSI), together with the Embassy of Norway in Riga and the Harbour Foundation (HF) \
            office in Latvia, organised the second Riga Coastal Forum.
            """) == ["Baltic Sea Institute (BSI)", "Embassy of Norway in Riga", "Harbour Foundation (HF) office in Latvia"])
    }

    /// "hosted by the Government through the National Committee": the office a body acted through, without a comma too.
    @Test func throughAnOfficeWithoutAComma() throws {
        #expect(try Self.organisers("""
            The Meeting was hosted by the Royal Government of Freeland through the National Committee for Disaster Management \
            (NCDM) and chaired by H.E. Kim Rath.
            """) == ["Royal Government of Freeland"])
    }
}
