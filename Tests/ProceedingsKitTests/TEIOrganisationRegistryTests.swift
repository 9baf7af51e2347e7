import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// The bodies that printed affiliations name become organisations of the record, as ParlaMint
/// lists every body a person is affiliated with: `org` in the header and `affiliation/@ref`.
/// Names, bodies and lines invented.
@Suite(.serialized) struct TEIOrganisationRegistryTests {
    static let bodies = AffiliationBodies(titleWords: GenreLexicon.builtIn.titleWords, countries: GenreLexicon.builtIn.countries)

    @Test(arguments: [
        ("Senior Commentator, LBC", "LBC"),
        ("Chairman, Harlow Sachs International", "Harlow Sachs International"),
        ("Deputy Resident Representative, UNXP Freeland", "UNXP Freeland"),
        ("Head of Pier Sub-office, WXP Freeland", "WXP Freeland"),
        ("Secretary General of CSEAN", "CSEAN"),
        ("Secretary -General of the United Kingdoms of Lent", "United Kingdoms of Lent"),
        ("CSEAN Deputy Secretary-General", "CSEAN"),
        ("Member of House of Burghers", "House of Burghers"),
        ("Former Director General of GATT/HTO", "GATT/HTO"),
        ("Deputy High Commissioner for Harbours (UNHH)", "UNHH"),
        ("Director, Harbour Office, New Lenton", "Harbour Office"),
        ("Director of Pier Planning Division, MOH", "MOH"),
        ("Lentish Foreign Ministry's State Secretary", "Lentish Foreign Ministry"),
        ("Acadamic Programme Officer, UNX", "UNX"),
        ("Lenton Society for the Promotion of Piers President", "Lenton Society for the Promotion of Piers"),
        ("Office of the Special Envoy", "Office of the Special Envoy"),
    ])
    func aBodyPrintedWithoutAnInstitutionsWordIsFound(position: String, body: String) {
        #expect(Self.bodies.body(in: position, institution: { Patterns.namesInstitution($0) && !Self.bodies.isPositionWord(String($0.split(separator: " ")[0])) ? $0 : nil }) == body)
    }

    @Test(arguments: ["Director", "Professor", "former Minister", "Japan", "Professor of Economics", "Foreign Minister",
                      "Minister of Foreign Affairs of Thailand", "President of the Republic of Liberia", "Chef de Cabinet",
                      "Historian, Japan", "Ambassador for CSEAN", "Japan's Ambassador for Piers", "Acadamic Programme Officer",
                      "Research Officer"])
    func positionsCountriesAndFieldsAreNoBodies(position: String) {
        #expect(Self.bodies.body(in: position, institution: { _ in nil }) == nil)
    }

    /// A body whose name holds a comma, followed by its short name in brackets, is one organiser,
    /// not two (the corpus's "Global Fund to Fight AIDS, Tuberculosis and Malaria (The Global Fund)").
    @Test func aNameWithACommaAndItsShortNameIsOneOrganiser() {
        #expect(PlainTextReader.organizerNames("Freeland, the Harbour Fund for Piers, Docks and Quays (The Harbour Fund), WHO and the Pier Bank")
                == ["Freeland", "Harbour Fund for Piers, Docks and Quays (The Harbour Fund)", "WHO", "Pier Bank"])
        // A short name that begins no name before it leaves the list as it is.
        #expect(PlainTextReader.organizerNames("the Pier Bank, Docks and Quays Office (DQO)") == ["Pier Bank", "Docks and Quays Office (DQO)"])
    }

    @Test func aPositionAloneNamesTheMinistryOrTheCommissionThePageLists() {
        #expect(Self.bodies.portfolio("Minister for Harbours") == "Harbours")
        #expect(Self.bodies.portfolio("Parliamentary Vice Minister for Harbours of Japan") == "Harbours of Japan")
        #expect(Self.bodies.portfolio("Director for Harbours") == nil)
        #expect(Self.bodies.isMinistry("Ministry of Harbours of Japan", of: "Harbours"))
        #expect(Self.bodies.isMinistry("the Ministry of Harbours", of: "Harbours"))
        #expect(!Self.bodies.isMinistry("Ministry of Harbours of Japan", of: "Harbours of Thailand"))
        #expect(Self.bodies.bodyNoun(ofMember: "commissioner") == "commission")
        #expect(Self.bodies.bodyNoun(ofMember: "Senior Commissioner") == "commission")
        #expect(Self.bodies.bodyNoun(ofMember: "commissioner for Piers") == nil)
    }

    static let page = """
        Forum on Harbour Safety
        12 May 2019
        Lenton Harbour Hall

        On 12 May, the Ministry of Harbours of Japan organized a forum on harbour safety.

        Session 1: Piers

        Moderator: Ana Ruiz, Co-Chair, Commission on Piers
        Speaker: Kenji Odaka, Senior Commentator, LBC
        Speaker: Rita Vale, Deputy Resident Representative, UNXP Freeland
        Speaker: Ivan Lind, Secretary General of CSEAN
        Speaker: Mia Berg, CSEAN Deputy Secretary-General
        Speaker: Tom Reed, Member of House of Burghers
        Speaker: Marta Lund, Former Director General of GATT/HTO, Chairman, Harlow Sachs International
        Speaker: Nina Falk, Minister for Harbours
        Speaker: Lars Moe, Officer, UNXP
        Speaker: Paul Holm, Regional Director, United Nations Xylophone Programme (UNXP)
        Speaker: Eva Dahl, Director, the Ministry of Harbours
        Speaker: Anna Berg, Professor of Economics, Japan
        Speaker: Omar Kent, commissioner

        Session 2: Closing

        Co-Chair Ruiz made closing remarks.

        """

    @Test func everyBodyAnAffiliationPrintsIsAnOrganisation() throws {
        let result = PlainTextImporter.importRecord(Array(Self.page.utf8), fileName: "2019-05-12_harbour-forum.txt")
        let record = try #require(result.record, "\(result.findings)")
        #expect(Set(record.organizations.map(\.name)) == [
            "Ministry of Harbours of Japan", "Commission on Piers", "LBC", "UNXP Freeland", "CSEAN", "House of Burghers",
            "GATT/HTO", "Harlow Sachs International", "United Nations Xylophone Programme (UNXP)",
        ])
        func organization(of person: String) -> String? {
            record.participations.first { $0.personId == person }?.organizationId.flatMap { record.organization($0)?.name }
        }
        // The body of the position held now; the abbreviation and its expansion, and a ministry
        // with and without its country, are one; a minister is of the ministry the page lists.
        #expect(organization(of: "marta-lund") == "Harlow Sachs International")
        #expect(organization(of: "lars-moe") == "United Nations Xylophone Programme (UNXP)")
        #expect(organization(of: "eva-dahl") == "Ministry of Harbours of Japan")
        #expect(organization(of: "nina-falk") == "Ministry of Harbours of Japan")
        #expect(organization(of: "anna-berg") == nil)
        // A member of the one commission the page names.
        #expect(organization(of: "omar-kent") == "Commission on Piers")
        // A body known only as an affiliation holds no role of its own; the organiser keeps hers.
        #expect(record.participations.filter { $0.personId == nil }.compactMap(\.organizationId) == ["ministry-of-harbours-of-japan"])
        // The position alone before the name is the affiliation she was introduced with.
        #expect(Set(record.participations.filter { $0.personId == "ana-ruiz" }.map(\.affiliation)) == ["Co-Chair, Commission on Piers"])

        let bytes = TEI.export(record)
        let tei = String(decoding: bytes, as: UTF8.self)
        let affiliations = tei.matches(of: /<affiliation [^>]*>/).map { String($0.output) }
        #expect(affiliations.filter { !$0.contains(" ref=") }.count == 1, "\(affiliations)")
        for expected in [
            ##"<affiliation xml:id="aff.marta-lund.1" ref="#org.gatt-hto" notAfter="2019-05-12" source="text:14,15"><roleName>Former Director General</roleName> of <orgName ref="#org.gatt-hto">GATT/HTO</orgName></affiliation>"##,
            ##"role="deputyHead" ref="#org.csean" when="2019-05-12" source="text:12,13"><orgName ref="#org.csean">CSEAN</orgName> <roleName>Deputy Secretary-General</roleName></affiliation>"##,
            ##"<roleName>Officer</roleName>, <orgName ref="#org.unxp">UNXP</orgName>"##,
            ##"<roleName>Director</roleName>, the <orgName ref="#org.ministry-of-harbours-of-japan">Ministry of Harbours</orgName>"##,
            ##"<orgName full="abb">UNXP</orgName>"##,
            // One affiliation, named again by the position alone.
            ##"active="#person.ana-ruiz" passive="#part.session-2" corresp="#aff.ana-ruiz.1""##,
        ] {
            #expect(tei.contains(expected), "\(expected)\n\(tei)")
        }
        #expect(!tei.contains(##"<relation name="organizer" ana="#role.organizer" active="#org.csean""##))

        let (back, findings) = TEI.importRecord(bytes, fileName: "harbour.tei.xml")
        let read = try #require(back, "\(findings)")
        #expect(findings.isEmpty, "\(findings)")
        #expect(read.participations.map(\.organizationId) == record.participations.map(\.organizationId))
        #expect(read.organizations == record.organizations)
        #expect(TEI.export(read) == bytes)
        try TEITools.expectAccepted(bytes, name: "harbour.tei.xml")
    }
}
