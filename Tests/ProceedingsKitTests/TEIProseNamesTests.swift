import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Bodies and countries that running text names and the record does not list: `orgName` with the
/// converter as its reader (`@resp`, `@cert`) and `placeName type="country"`, pointing nowhere, and
/// no `org` or `place` made of them. Names, bodies and lines invented; the countries are the lexicon's.
@Suite(.serialized) struct TEIProseNamesTests {
    static func marked(_ text: String, _ forms: [TEINames.Form] = []) -> [String] {
        let characters = Array(text)
        return TEINames.mentions(in: text, forms: forms).map { "\($0.kind): \(String(characters[$0.range]))" }
    }

    @Test(arguments: [
        ("Grants came from the Trust Fund for Harbour Safety in 2019.", ["body: Trust Fund for Harbour Safety"]),
        ("The Lentish Government and the Freeland Port Authority agreed.", ["body: Lentish Government", "body: Freeland Port Authority"]),
        ("The Director-General of the Pier Planning Department spoke.", ["body: Pier Planning Department"]),
        ("Lenton Harbour Bank President Ivo Marsh spoke.", ["body: Lenton Harbour Bank"]),
        ("WHO and the Lenton Harbour Bank agreed.", ["body: Lenton Harbour Bank"]),
        ("The Economic and Social Commission for Piers and the Sea met.", ["body: Economic and Social Commission for Piers and the Sea"]),
        ("The Commission on Harbour Safety Symposium opened.", ["body: Commission on Harbour Safety"]),
        ("It held the Presidency of the Council of the Harbours.", ["body: Council of the Harbours"]),
        ("It reflects the Lentish Government and Lentish's commitment.", ["body: Lentish Government"]),
        ("The Lentish Harbour Ministry's State Secretary opened it.", ["body: Lentish Harbour Ministry"]),
        ("Decision The Pier Area Committee agreed.", ["body: Pier Area Committee"]),
        ("Thanks to the Lenton University of Piers Mr Ivo Marsh spoke.", ["body: Lenton University of Piers"]),
        ("In December Harbour Council members met.", ["body: Harbour Council"]),
    ])
    func aBodyIsTheNameItsWordsPrint(text: String, expected: [String]) {
        #expect(Self.marked(text) == expected)
    }

    /// Kinds of body, programmes of work, documents and events, a position and a word alone name no body.
    @Test(arguments: [
        "Several International Organizations and Graduate Schools took part.",
        "The UN Joint Programme on Pier Livelihoods was presented.",
        "The Harbour Safety Review was adopted.",
        "The Acadamic Programme Officer spoke.",
        "The Commission met, and the Ministry agreed.",
        "Minister for Harbour Affairs Ivo Marsh spoke.",
        "He spoke on \"'Piers' ~ The Mission of Harbour Schools for the Future.\"",
        "The project “Lenton Harbour Fund” began in Japan's ports.",
        "Share X Facebook LinkedIn WhatsApp Email Pier Communications Department",
    ])
    func noBody(text: String) {
        #expect(Self.marked(text).filter { $0.hasPrefix("body") }.isEmpty, "\(Self.marked(text))")
    }

    @Test func aCountryAsTheListNamesIt() {
        #expect(Self.marked("Japan's aid reached the Republic of Korea, Thailand and Viet Nam.") == [
            "country: Japan", "country: Republic of Korea", "country: Thailand", "country: Viet Nam",
        ])
        // A longer name, a title before it, a body's name: no country.
        #expect(Self.marked("Mr. Jordan sailed the South China Sea for the Japan Harbour Foundation.") == [
            "body: Japan Harbour Foundation",
        ])
    }

    /// The words that say what a capitalised word is come from the vocabulary the reader reads names
    /// with (`NameVocabulary`): titles before a name, positions, months and days, institutions. These
    /// pin what each of them does to a run, so that where the words are kept does not change it.
    @Test(arguments: [
        // A title of address before a name ends a body's name and is no country's.
        ("The Lenton University of Piers Dr. Ivo Marsh spoke.", ["body: Lenton University of Piers"]),
        ("Prof. Jordan and Dr Chad thanked Lady Jordan.", []),
        // "Justice", "Trustee" are titles only before a name: here they are a body's words.
        ("The Ministry of Justice and the Board of Trustees met.", ["body: Ministry of Justice", "body: Board of Trustees"]),
        // A position after a body's name, joined by hyphens or not, is no part of it.
        ("Lenton Harbour Bank Co-Chair Ivo Marsh spoke.", ["body: Lenton Harbour Bank"]),
        ("Lenton Harbour Bank Vice-President Ivo Marsh spoke.", ["body: Lenton Harbour Bank"]),
        // A month or a day opening a sentence is not a body's first word.
        ("On Monday Harbour Council members met.", ["body: Harbour Council"]),
        ("September Harbour Council members met.", ["body: Harbour Council"]),
        // An institution's word in the singular, a compound's head its last part.
        ("The Post-Harbour Council met the Pier-Office Networks.", ["body: Post-Harbour Council"]),
    ])
    func theVocabularysWordsDoWhatTheyDid(text: String, expected: [String]) {
        #expect(Self.marked(text) == expected, "\(Self.marked(text))")
    }

    /// Regions and capitals as the vocabulary lists them, marked as countries are; a capitalised word
    /// that continues the name, a body's name around it, or a town the lists do not hold: none.
    @Test func regionsAndCapitals() {
        #expect(Self.marked("Aid to Southeast Asia, the Middle East and Latin America was planned in Tokyo and Majuro.") == [
            "region: Southeast Asia", "region: Middle East", "region: Latin America", "settlement: Tokyo", "settlement: Majuro",
        ])
        #expect(Self.marked("The Asia Foundation met in Lenton, near the Asia Pacific Harbour Council, with East Asia Summit staff.") == [
            "body: Asia Foundation", "body: Asia Pacific Harbour Council",
        ])
        // A country's name before a capital's of the same words.
        #expect(Self.marked("Ports of Singapore and Djibouti grew.") == ["country: Singapore", "country: Djibouti"])
    }

    /// The record's own names come first: what they cover is theirs, and a body is looked for only around them.
    @Test func theRecordsNamesWin() {
        let forms = [TEINames.Form(words: Array("Freeland Ministry of Transport"), kind: .organization("fmt"), lines: []),
                     TEINames.Form(words: Array("Ivo Marsh"), kind: .person("ivo-marsh"), lines: [])]
        #expect(Self.marked("The Director of the Pier Office of the Freeland Ministry of Transport, Ivo Marsh, met Japan.", forms) == [
            "body: Pier Office", #"organization("fmt"): Freeland Ministry of Transport"#, #"person("ivo-marsh"): Ivo Marsh"#,
            "country: Japan",
        ])
    }

    static let summary = """
        Forum on Harbour Safety
        12 May 2019
        Lenton Harbour Hall

        Moderator: Dr. Ana Ruiz, Director, Coast Institute

        Dr. Ana Ruiz opened the forum, which the Trust Fund for Harbour Safety supported, and thanked Thailand and the Lentish Government.

        """

    /// The TEI marks them without a pointer, lists neither, is valid (TEI All's grammar and rules,
    /// the profile) and reads back to the same bytes.
    @Test func theTEIMarksThemListsNeitherAndReadsBack() throws {
        let result = PlainTextImporter.importRecord(Array(Self.summary.utf8), fileName: "2019-05-12_harbour-safety.txt")
        let record = try #require(result.record, "\(result.findings)")
        let bytes = TEI.export(record)
        let tei = String(decoding: bytes, as: UTF8.self)
        #expect(tei.contains(##"which the <orgName resp="#proceedings" cert="medium">Trust Fund for Harbour Safety</orgName> supported, and thanked <placeName type="country">Thailand</placeName> and the <orgName resp="#proceedings" cert="medium">Lentish Government</orgName>.</p>"##), "\(tei)")
        #expect(!record.organizations.contains { $0.name.contains("Trust Fund") || $0.name.contains("Lentish") })
        #expect(!tei.contains("org.trust-fund") && !tei.contains("place.thailand"))

        let (back, findings) = TEI.importRecord(bytes, fileName: "prose.tei.xml")
        let read = try #require(back, "\(findings)")
        #expect(findings.isEmpty, "\(findings)")
        #expect(read.statements == record.statements)
        #expect(read.organizations == record.organizations)
        #expect(TEI.export(read) == bytes)

        try TEITools.expectAccepted(bytes, name: "prose.tei.xml")
        #expect(try SubmissionValidator().validate(bytes, name: "prose.tei.xml").status(strict: false) == .valid)
    }
}
