import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// The TEI says what the page says the way an encoder would: reported speech is `said` only around
/// what was said, the reporting clause stays prose with the speaker's name in it, and who held which
/// role is stand-off, never text the page did not print.
@Suite struct TEIEncodingTests {
    typealias S = TEISpeech.Segment

    @Test func onlyTheThatClauseOfAVerbOfSayingIsReported() {
        let text = "Dr. Surin, Secretary General of the league, pointed out that state and human security were not at odds. "
            + "He added that the league would act. The hall was full."
        #expect(TEISpeech.segments(text, speakerNames: ["Surin"]) == [
            .speaker("Dr. Surin"), .prose(", Secretary General of the league, pointed out that "),
            .reported("state and human security were not at odds."), .prose(" He added that "),
            .reported("the league would act."), .prose(" The hall was full."),
        ])
    }

    /// "In this regard, he concluded that": the speaker again after a phrase set off by a comma, as
    /// "He pointed out that" is (expert review M2: one reading of every verb of saying); a name after
    /// such a phrase that is not the speaker's stays prose.
    @Test func aPhraseBeforeThePronounKeepsTheSpeaker() {
        #expect(TEISpeech.segments("Dr. Surin spoke. In this regard, he concluded that aid must go on.", speakerNames: ["Surin"]) == [
            .speaker("Dr. Surin"), .prose(" spoke. In this regard, he concluded that "), .reported("aid must go on."),
        ])
        #expect(TEISpeech.segments("In this regard, the hall concluded that aid must go on.", speakerNames: ["Surin"])
            == [.prose("In this regard, the hall concluded that aid must go on.")])
    }

    /// "... analyzed that there were two reasons. One was that ... The other was that ...": the sentences
    /// that give what was just announced are the report's (expert review M2); a sentence of narration
    /// after them, or one that follows no report, is not.
    @Test func theReportRunsOnThroughTheSentencesThatGiveWhatItAnnounced() {
        #expect(TEISpeech.segments("Dr. Surin analyzed that there were two reasons. One was that aid came late. The other was that roads were cut. The hall was full.",
                                   speakerNames: ["Surin"]) == [
            .speaker("Dr. Surin"), .prose(" analyzed that "),
            .reported("there were two reasons. One was that aid came late. The other was that roads were cut."), .prose(" The hall was full."),
        ])
        #expect(TEISpeech.segments("Dr. Surin spoke. One was that aid came late.", speakerNames: ["Surin"])
            == [.speaker("Dr. Surin"), .prose(" spoke. One was that aid came late.")])
    }

    /// "..., and he expressed ...": the summary's own clause about the speaker ends the report (review 15b, N10);
    /// "and he would ..." is still what was said.
    @Test func theReportEndsWhereTheSummaryGoesOnAboutTheSpeaker() {
        #expect(TEISpeech.segments("Dr. Surin stated that aid was late, and he expressed his hope for roads.", speakerNames: ["Surin"]) == [
            .speaker("Dr. Surin"), .prose(" stated that "), .reported("aid was late"), .prose(", and he expressed his hope for roads."),
        ])
        #expect(TEISpeech.segments("Dr. Surin stated that aid was late and he would ask for more.", speakerNames: ["Surin"]) == [
            .speaker("Dr. Surin"), .prose(" stated that "), .reported("aid was late and he would ask for more."),
        ])
    }

    @Test func narrationHasTheSpeakerButNothingReported() {
        #expect(TEISpeech.segments("Sadako Ogata, Co-Chair of the Commission, made a lead-off presentation.",
                                   speakerNames: ["Sadako Ogata", "Ogata", "Sadako"])
            == [.speaker("Sadako Ogata"), .prose(", Co-Chair of the Commission, made a lead-off presentation.")])
        #expect(TEISpeech.segments("Co-Chair Ogata summarised the discussions as follows:", speakerNames: ["Ogata"])
            == [.prose("Co-Chair "), .speaker("Ogata"), .prose(" summarised the discussions as follows:")])
    }

    /// A bullet of someone's points names no speaker and has no clause of saying: it is not cut,
    /// and the exporter wraps it whole in `said`.
    @Test func pointsWithoutTheSpeakersNameAreNotCut() {
        let bullet = "Global coordination is necessary, as Ogata's report says that states cannot act alone."
        #expect(TEISpeech.segments("Coordination is necessary.", speakerNames: ["Ogata"]) == [.prose("Coordination is necessary.")])
        #expect(TEISpeech.segments(bullet, speakerNames: ["Tanaka"]) == [
            .prose("Global coordination is necessary, as Ogata's report says that states cannot act alone."),
        ])
    }

    @Test func abbreviationsAndInitialsDoNotEndASentence() {
        let text = "Mr. J. Okafor of the U.N. said that Mr. Bello was right. She agreed."
        #expect(TEISpeech.sentenceRanges(Array(text)).count == 2)
        #expect(TEISpeech.segments(text, speakerNames: ["J. Okafor", "Okafor"]) == [
            .speaker("Mr. J. Okafor"), .prose(" of the U.N. said that "), .reported("Mr. Bello was right."), .prose(" She agreed."),
        ])
    }

    @Test func aCommaAfterThatOpensTheContent() {
        #expect(TEISpeech.segments("He pointed out that, although aid mattered, trade mattered more.", speakerNames: ["Ito"])
            == [.prose("He pointed out that, "), .reported("although aid mattered, trade mattered more.")])
    }

    @Test func aSecondClauseEndsTheFirst() {
        #expect(TEISpeech.segments("Mr. Katori reaffirmed that the concept was pragmatic and pointed out that it helped people.",
                                   speakerNames: ["Katori"]) == [
            .speaker("Mr. Katori"), .prose(" reaffirmed that "), .reported("the concept was pragmatic"),
            .prose(" and pointed out that "), .reported("it helped people."),
        ])
        #expect(TEISpeech.segments("Ms. Ito noted that dams were old, and she concluded that they must go.", speakerNames: ["Ito"]) == [
            .speaker("Ms. Ito"), .prose(" noted that "), .reported("dams were old"), .prose(", and she concluded that "),
            .reported("they must go."),
        ])
        // A quotation that closes a sentence ends it: "… Thailand." He explained that …
        #expect(TEISpeech.segments(#"Mr. Ono introduced the project "Water for All." He explained that, as a rule, wells last."#,
                                   speakerNames: ["Ono"]).last == .reported("as a rule, wells last."))
        // A that-clause inside the content is the content's own.
        #expect(TEISpeech.segments("She said that the report noted that water was scarce.", speakerNames: ["Diallo"])
            == [.prose("She said that "), .reported("the report noted that water was scarce.")])
    }

    /// A point that quotes someone else is not cut: the verb's subject is not the speaker.
    @Test func aClauseWhoseSubjectIsNotTheSpeakerIsNotTheSpeakers() {
        let point = "Even though it has been pointed out that NGOs are not elected, they are reliable partners."
        #expect(TEISpeech.segments(point, speakerNames: ["Surin Pitsuwan", "Pitsuwan"]) == [.prose(point)])
    }

    @Test func aClauseMustFollowItsVerb() {
        #expect(TEISpeech.segments("Ms. Diallo noted, however, that the fund was small.", speakerNames: ["Diallo"])
            == [.speaker("Ms. Diallo"), .prose(" noted, however, that the fund was small.")])
    }

    /// A speaker's paragraph and bullets, as a summary prints them, through TEI and back.
    @Test func speechIsEncodedAndReadBack() throws {
        let text = Invented.header + """
            Dr. Amara Diallo, Director of the Water Institute, stressed that rivers cross borders. She presented the institute's atlas.

            Mr. Ken Ito, Professor, made a presentation.
            - Dams need common rules.
            - [Slides shown] Data should be shared.

            """
        let record = try Invented.record(text)
        let tei = String(decoding: TEI.export(record), as: UTF8.self)
        let diallo = try #require(record.persons.first { $0.familyName == "Diallo" })
        #expect(tei.contains(##"<persName ref="#person.\##(diallo.id)">Dr. Amara Diallo</persName>, Director of the <orgName ref="#org.water-institute">Water Institute</orgName>, stressed that <said who="#person.\##(diallo.id)" direct="false">rivers cross borders.</said> She presented the institute's atlas.</p>"##))
        let ito = try #require(record.persons.first { $0.familyName == "Ito" })
        #expect(tei.contains(##"<persName ref="#person.\##(ito.id)">Mr. Ken Ito</persName>, Professor, made a presentation.</p>"##))
        // The bullets do not name Mr. Ito: their speaker is the converter's inference, under no heading of his.
        #expect(tei.contains(##"<said who="#person.\##(ito.id)" direct="unknown" resp="#proceedings" cert="medium">Dams need common rules.</said>"##))
        #expect(tei.contains(##">[Slides shown] <said who="#person.\##(ito.id)" direct="unknown" resp="#proceedings" cert="medium">Data should be shared.</said>"##))
        let (back, findings) = TEI.importRecord(Array(tei.utf8), fileName: "invented.tei.xml")
        #expect(findings.isEmpty, "\(findings)")
        #expect(back == record)
    }

    /// Read as a renderer reads `<text>`, each seed's TEI shows every line the page prints, in the
    /// page's order, page residue included, and nothing else.
    @Test func theTextShowsEveryPrintedLineInOrder() throws {
        for record in try SeedExportTests.seedRun().records {
            let tei = String(decoding: TEI.export(record), as: UTF8.self)
            let text = try #require(tei.firstRange(of: "<text>")).lowerBound
            // Phrase-level elements run on with the text around them; blocks are apart.
            let rendered = String(tei[text...]).replacing(/<\/?(persName|orgName|placeName|date|said|q|title|soCalled|bibl|author)(\s[^>]*)?>/, with: "").replacing(/<[^>]+>/, with: " ")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
                .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let source = try String(contentsOf: Paths.sample(record.document.sourceFile), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false)
            var position = rendered.startIndex
            var words = 0
            for (index, line) in source.enumerated() {
                // Bullets are normalised away, as editorialDecl says; enumerators are kept, as labels.
                var tokens = line.split(whereSeparator: \.isWhitespace)
                let count = tokens.filter { $0.contains { $0.isLetter || $0.isNumber } }.count
                while let first = tokens.first, !first.contains(where: \.isLetter) || first.wholeMatch(of: /\(?[0-9a-zA-Z]\)|[0-9]+\./) != nil {
                    tokens.removeFirst()
                }
                if let first = tokens.first, let letter = first.firstIndex(where: { !"-•*–—·".contains($0) }), letter != first.startIndex {
                    tokens[0] = first[letter...]
                }
                guard !tokens.isEmpty else { continue }
                let expected = tokens.joined(separator: " ")
                words += count
                let found = rendered.range(of: expected, range: position..<rendered.endIndex)
                #expect(found != nil, "line \(index + 1) not found in order: \(expected)")
                if let found { position = found.upperBound }
            }
            // Nothing the page does not print: the rendering has as many words as the page.
            #expect(rendered.split(separator: " ").filter { $0.contains { $0.isLetter || $0.isNumber } }.count <= words, "\(record.id)")
        }
    }

    /// Authority identifiers are URIs as the authority publishes them; one without @subtype is known by its address.
    @Test func authorityIdentifiersAreURIs() throws {
        let record = try #require(try SeedExportTests.seedRun().records.first { $0.persons.contains { !$0.authorities.isEmpty } })
        let tei = String(decoding: TEI.export(record), as: UTF8.self)
        #expect(tei.contains(#"<idno type="URI" subtype="wikidata">http://www.wikidata.org/entity/Q1254</idno>"#))
        #expect(!tei.contains(#"<idno type="wikidata">"#))
        let bare = tei.replacingOccurrences(of: #" subtype="wikidata""#, with: "")
        let (back, findings) = TEI.importRecord(Array(bare.utf8), fileName: "bare.tei.xml")
        #expect(findings.isEmpty, "\(findings)")
        #expect(back == record)
    }

    /// An affiliation keeps its printed text, with the position as roleName, the organisation as
    /// orgName, and the event's date: what held then.
    @Test func affiliationsAsParlaMintGivesThem() throws {
        let record = try #require(try SeedExportTests.seedRun().records.first { $0.id.hasPrefix("2003") })
        let tei = String(decoding: TEI.export(record), as: UTF8.self)
        #expect(tei.contains(##"<affiliation xml:id="aff.yozo-yokota.1" role="researcher" ref="#org.chuo-university" when="2003-02-25" source="text:23,24"><roleName>Professor</roleName>, <orgName ref="#org.chuo-university">Chuo University</orgName></affiliation>"##))
        // Two positions, the former one not held at the event: it ended before it.
        #expect(tei.contains(##"<affiliation xml:id="aff.bronislaw-geremek.1" role="researcher" when="2003-02-25" source="text:25,26"><roleName>Historian</roleName></affiliation>"##))
        #expect(tei.contains(##"<affiliation xml:id="aff.bronislaw-geremek.1.2" notAfter="2003-02-25" source="text:25,26"><roleName>Former Foreign Minister of Poland</roleName></affiliation>"##))
        // The unit a position prints, nested in its organisation.
        #expect(tei.contains(##"<affiliation xml:id="aff.kaoru-ishikawa.1" role="head" ref="#org.ministry-of-foreign-affairs.multilateral-cooperation-department""##))
        #expect(tei.contains(##"<roleName>President of the Board of Directors</roleName> of the <orgName ref="#org.inter-american-institute-of-human-rights">"##))
        // A commissioner of the one commission the page names.
        #expect(tei.contains(##"<affiliation xml:id="aff.bronislaw-geremek.2" role="member" ref="#org.commission-on-human-security" when="2003-02-25" source="text:78,79"><roleName>commissioner</roleName></affiliation>"##))
    }

    /// The time of conversion only when asked for (`--timestamp`); otherwise the same record gives the same bytes.
    @Test func theTimeOfConversionOnlyWhenAskedFor() throws {
        let record = RecordFixture.minimal
        let plain = String(decoding: TEI.export(record), as: UTF8.self)
        #expect(plain.contains("<change>Converted from the source file with SHA-256 "))
        let stamped = String(decoding: TEI.export(record, convertedAt: Date(timeIntervalSince1970: 1_796_342_400)), as: UTF8.self)
        #expect(stamped.contains(#"<change when="2026-12-04T00:00:00Z">Converted from the source file"#))
        #expect(TEI.importRecord(Array(stamped.utf8), fileName: "r.tei.xml").0 == record)
    }

    /// "Name (ABBR)" is the name in full and its abbreviation, and reads back as printed.
    @Test func abbreviationsOfOrganisations() throws {
        #expect(OrganizationName.abbreviated("United Nations Development Programme (UNDP)")! == ("United Nations Development Programme", "UNDP"))
        #expect(OrganizationName.abbreviated("Japan Center for International Exchange (JCIE)")! == ("Japan Center for International Exchange", "JCIE"))
        for name in ["Ministry of Foreign Affairs", "Harvard (Kennedy School)", "Office (Geneva)", "(UNDP)", "Bank (A)"] {
            #expect(OrganizationName.abbreviated(name) == nil, "\(name)")
        }
        let record = try #require(try SeedExportTests.seedRun().records.first { $0.id.hasPrefix("2003") })
        let tei = String(decoding: TEI.export(record), as: UTF8.self)
        #expect(tei.contains(#"<orgName full="yes">United Nations Development Programme</orgName>"#))
        #expect(tei.contains(#"<orgName full="abb">UNDP</orgName>"#))
        #expect(TEI.importRecord(Array(tei.utf8), fileName: "r.tei.xml").0 == record)
    }

    /// The number printed before a point is kept as printed, in every format, and in TEI as the point's label.
    @Test func enumeratorsAsPrinted() throws {
        let record = try Invented.record(body: """
            (1) The panel opened with a film.

            (2) The chair thanked the hosts.
            """)
        #expect(record.statements.map(\.enumerator) == ["(1)", "(2)"])
        #expect(record.statements.map(\.text) == ["The panel opened with a film.", "The chair thanked the hosts."])
        let tei = String(decoding: TEI.export(record), as: UTF8.self)
        #expect(tei.contains(#"source="text:6,7"><label>(1)</label> The panel opened with a film.</item>"#))
        #expect(TEI.importRecord(Array(tei.utf8), fileName: "r.tei.xml").0 == record)
        #expect(InterchangeXML.importRecord(InterchangeXML.export(record), fileName: "r.xml").0 == record)
    }

    /// No `said` of the seeds starts with its speaker's name or wraps narration, and every role is a
    /// relation in stand-off that points into the roles taxonomy.
    @Test func theSeedsSpeechAndRoles() throws {
        for record in try SeedExportTests.seedRun().records {
            let tei = String(decoding: TEI.export(record), as: UTF8.self)
            let text = try #require(tei.firstRange(of: "<text>")).lowerBound
            #expect(!tei[text...].contains("type=\"participants\""))
            #expect(!tei[text...].contains(" role=\""))
            for said in tei.matches(of: /<said who="#person\.([^"]+)" direct="false">([^<]*)<\/said>/) {
                let person = try #require(record.person(String(said.1)))
                #expect(!said.2.hasPrefix(person.name), "\(said.2)")
                #expect(!said.2.contains("made a lead-off presentation"), "\(said.2)")
            }
            let relations = tei.matches(of: /<relation name="([a-z-]+)" ana="#role\.([a-z-]+)"/)
            #expect(relations.count == record.participations.count)
            #expect(relations.allSatisfy { $0.1 == $0.2 })
            #expect(tei.contains(##"<category xml:id="role.moderator" corresp="https://w3id.org/proceedings/ns/roles/moderator">"##))
        }
    }
}
