import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A parliament's committee minutes as its document site prints them: a link back to the portal and a chooser of languages by
/// code, the term over the committee, the minutes' reference, "MINUTES" over "Meeting of" a date with the town and the room
/// under it, items with a rapporteur, and lists of speakers whose bracketed bodies hold commas of their own. Invented lines.
@Suite struct MinutesNamedByTheirDateTests {
    static let minutes = """
        Return to portal Europarl

        Choisissez la langue de votre document : bg - български es - español de - Deutsch en - English fr - français it - italiano

        European Parliament
        2024-2029

        Committee on Fisheries

        PECH_PV(2025)0402_1

        MINUTES
        Meeting of 2 April 2025, 9.00-12.30
        BRUSSELS
        Room: József Antall (4Q2)

        The meeting opened at 9.04 on Wednesday, 2 April 2025, with Marta Oliveira (Chair) presiding.

        1.\tExchange of views on small-scale fisheries in the Baltic
        PECH/10/01234

        Speakers: Marta Oliveira, Ilse Vandenberg (Director, Fisheries Policy Atlantic, North Sea, Baltic, DG MARE), Jonas \
        Petrauskas, Eeva Laakso (Council)

        2.\tSustainable ports: the EU's priorities
        PECH/10/01877
        Rapporteur: Niamh Ó Briain (Renew)

        Speakers: Niamh Ó Briain, Jonas Petrauskas
        """

    @Test func theCommitteeOverMinutesNamedByTheirDate() throws {
        let record = try Invented.record(Self.minutes)
        #expect(record.event.title == "Committee on Fisheries")
        #expect(record.document.documentType?.lowercased() == "minutes")
        #expect(record.event.venue?.lowercased() == "józsef antall (4q2), brussels")
        #expect(record.document.symbol?.text == "PECH_PV(2025)0402_1")
    }

    @Test func aListOfSpeakersWithCommasInItsBrackets() throws {
        let lines = try Invented.record(Self.minutes).roles.map(\.description)
        #expect(lines.contains("Ilse Vandenberg speaker Speakers [Director, Fisheries Policy Atlantic, North Sea, Baltic, DG MARE]"))
        #expect(lines.contains("Jonas Petrauskas speaker Speakers [-]"))
        #expect(lines.contains("Eeva Laakso speaker Speakers [Council]"))
    }

    @Test func theItemsRapporteurWhoSpokeIsASpeaker() throws {
        let record = try Invented.record(Self.minutes)
        #expect(record.roleLines.contains("Niamh Ó Briain speaker"))
        #expect(!record.roleLines.contains("Niamh Ó Briain rapporteur"))
    }

    @Test func theSitesLinksTermAndLanguagesAreNoFacts() throws {
        for line in ["Return to portal Europarl", "2024-2029",
                     "Choisissez la langue de votre document : bg - български es - español de - Deutsch en - English fr - français"] {
            #expect(Residue.matches(line), "\(line)")
        }
        // A sentence with dashes is no chooser of languages.
        #expect(!Residue.matches("The panel - chaired by Ms A - heard from B - a farmer - and C - a fisher - on the coast"))
    }
}
