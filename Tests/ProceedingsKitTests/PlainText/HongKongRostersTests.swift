import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A Hong Kong programme: the surname in capitals, an English given name after a comma, a fellowship's letters, a judge's
/// style with its article; and a release that signs its quotations. Invented lines.
@Suite struct HongKongRostersTests {
    @Test func namesAndLettersOfAHongKongProgramme() throws {
        let record = try Invented.record(body: """
            Keynote Speech
            The Hon Mr Justice Patrick YEUNG Chi-ming
            Judge of the Court of First Instance

            Panel 1: Interim Measures
            Moderator:
            Dr CHAN Hoi-ying, Kelly
            Associate Professor, Faculty of Law
            Panellists:
            Ir Dr Winnie TSANG Wai-man, FHKIArb
            Managing Director, TWM Engineering Consultants Ltd
            Mr WANG Jianguo
            Deputy Director, Shenzhen Court of International Arbitration
            """)
        #expect(record.roleLines == ["Patrick YEUNG Chi-ming keynote-speaker", "Kelly CHAN Hoi-ying moderator",
                                    "Winnie TSANG Wai-man panelist", "WANG Jianguo panelist"])
        #expect(record.roles.first { $0.name == "Winnie TSANG Wai-man" }?.affiliation == "Managing Director, TWM Engineering Consultants Ltd")
    }

    @Test func aQuotationSignedBySomeoneNamedNowhereElse() throws {
        let record = try Invented.record(body: """
            Minister Ana Ruiz chaired the roundtable.

            “Preparing for emergencies means investing before disaster strikes, and we will keep Canadians safe.”
            The Honourable Daniel Kowalski
            Minister of Emergency Preparedness

            “No single order of government can tackle this risk alone, and we heard that today.”
            Minister Ana Ruiz
            Minister of Natural Resources
            """)
        #expect(!record.persons.contains { $0.name == "Daniel Kowalski" })
        #expect(record.persons.contains { $0.name == "Ana Ruiz" })
    }
}

/// A country hosts a conference as its government does; the bodies a later sentence says organised it are the organisers.
/// Invented lines.
@Suite struct HostCountryTests {
    @Test func theBodiesThatOrganisedItOverTheCountryThatHostedIt() throws {
        let record = try Invented.record(body: """
            Austria hosted the international conference on 2 May 2025 in Vienna. The conference was organised by the Federal \
            Ministry for European and International Affairs together with the International Press Institute (IPI).
            """)
        #expect(record.organizers == ["Federal Ministry for European and International Affairs", "International Press Institute (IPI)"])
    }

    @Test func aCountryThatHostedStaysWhenNoOneElseIsSaidToHaveOrganised() throws {
        let record = try Invented.record(body: "Austria hosted the international conference on 2 May 2025 in Vienna.")
        #expect(record.organizers == ["Austria"])
    }
}

/// A UN office's release: its dateline with the country in brackets dates the page; the heads of delegation it lists, with
/// the ranks of the police and the army, took part. Invented lines.
@Suite struct DelegationHeadsTests {
    @Test func theDatelineAndTheHeadsOfDelegation() throws {
        let record = try Invented.record("""
            Mekong countries agree joint steps against trafficking

            Bangkok (Thailand), 24 June 2025 – Senior officials from Cambodia, Lao PDR, Myanmar and Viet Nam met in Bangkok on 19–20 June to review progress under the Mekong MOU.

            Delegations were led by:
            - H.E. Meas Vannak, Secretary-General, National Authority for Combating Drugs, Cambodia
            - Police Colonel Kyaw Zin Oo, Central Committee for Drug Abuse Control, Myanmar
            - Major General Nguyen Van Thanh, Standing Office on Drugs and Crime, Viet Nam
            """)
        #expect(record.document.issued == "2025-06-24")
        #expect(record.roleLines == ["Meas Vannak participant", "Kyaw Zin Oo participant", "Nguyen Van Thanh participant"])
    }

    /// A grade after a rank ("Brigadier General") is the rank's: the line is a head of delegation, not a point of what the
    /// presenter before the list said.
    @Test(arguments: ["Police Brigadier General", "Lt. Colonel", "Rear Admiral"])
    func aGradeAfterARank(_ rank: String) throws {
        let record = try Invented.record(body: """
            Ms. Pham Thu Ha, Regional Coordinator, presented the latest findings of the regional assessment.

            Delegations were led by:
            - H.E. Meas Vannak, Secretary-General, National Authority for Combating Drugs, Cambodia
            - \(rank) Kyaw Zin Oo, Central Committee for Drug Abuse Control, Myanmar
            """)
        #expect(record.roleLines == ["Pham Thu Ha presenter", "Meas Vannak participant", "Kyaw Zin Oo participant"])
    }
}

/// A development bank's release: an office whose portfolio is printed in capitals before the name ("Special Secretary of
/// Federal Revenue X", "Vice President for Sectors Y"); the portfolio is no part of the name. Invented lines.
@Suite struct PortfolioBeforeNameTests {
    @Test func thePortfolioEndsBeforeTheName() throws {
        let record = try Invented.record(body: """
            Administrators took part, including Brazil's Special Secretary of Federal Revenue Robinson Barreirinhas.

            In closing, IDB Vice President for Sectors Ana Cristina Zuluaga thanked the host.
            """)
        #expect(record.roleLines == ["Robinson Barreirinhas participant", "Ana Cristina Zuluaga closing-speaker"])
    }
}
