import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// What quotation marks enclose inside a statement, told apart by the words before them and by
/// the quoted words alone; the marks stay outside the element, as printed. Sentences invented.
@Suite struct TEIQuotationTests {
    typealias Q = TEIQuotation.Segment

    @Test func aCueThatNamesATitleMakesATitleWithTheLevelItSays() {
        #expect(TEIQuotation.segments("The panel discussed the report \"Forests After the Flood\" at length.") == [
            .text("The panel discussed the report \""), .marked(.title(level: "m"), "Forests After the Flood"),
            .text("\" at length."),
        ])
        #expect(TEIQuotation.segments("She read a paper entitled “Rivers and Roads”.") == [
            .text("She read a paper entitled “"), .marked(.title(level: nil), "Rivers and Roads"), .text("”."),
        ])
        #expect(TEIQuotation.segments("Their article \"Salt and Silt in the Delta\" was cited.")[1]
            == .marked(.title(level: "a"), "Salt and Silt in the Delta"))
        // A noun of a work names it only after a determiner: "report" here is a verb's object, no cue.
        #expect(TEIQuotation.segments("They report \"good harvests\" this year.")[1] == .marked(.soCalled, "good harvests"))
    }

    /// The themes a meeting discussed are titles (expert review L6): after "discussed", a second joined
    /// to the first by "and" even with a space after its opening mark (kept outside the title), and a
    /// title opened by a straight mark and closed by a curly one.
    @Test func themesDiscussedAndTitlesWithMixedMarksAreTitles() {
        #expect(TEIQuotation.segments("We discussed \"Rivers and the role of the towns\" and \" Roads in the delta.\" It went well.") == [
            .text("We discussed \""), .marked(.title(level: nil), "Rivers and the role of the towns"), .text("\" and \" "),
            .marked(.title(level: nil), "Roads in the delta"), .text(".\" It went well."),
        ])
        #expect(TEIQuotation.segments("A dialogue titled \"Rivers + Roads - from the field (IDPs).” The overview follows.") == [
            .text("A dialogue titled \""), .marked(.title(level: nil), "Rivers + Roads - from the field (IDPs)"),
            .text(".” The overview follows."),
        ])
        // "and" after a quotation that is no title joins nothing.
        #expect(TEIQuotation.segments("She said: \"We will act now and at once.\" and \" later\" too.").last == .text("\" and \" later\" too."))
    }

    /// The comma or full stop printed inside the closing mark is the sentence's, not the title's.
    @Test func punctuationInsideTheClosingMarkStaysOutsideATitleOrATerm() {
        #expect(TEIQuotation.segments("Under the theme of \"Water for Towns,\" the mayor spoke.") == [
            .text("Under the theme of \""), .marked(.title(level: nil), "Water for Towns"), .text(",\" the mayor spoke."),
        ])
        #expect(TEIQuotation.segments("The aim was to achieve \"One Port.\"") == [
            .text("The aim was to achieve \""), .marked(.soCalled, "One Port"), .text(".\""),
        ])
    }

    @Test func aQuotedClauseOrWhatFollowsAVerbOfSayingIsAQuotation() {
        #expect(TEIQuotation.segments("The villagers said: \"We have waited for the road long enough.\"") == [
            .text("The villagers said: \""), .marked(.quotation, "We have waited for the road long enough."), .text("\""),
        ])
        #expect(TEIQuotation.segments("Guests left remarks such as \"the market opened too late for farmers\" and more.")[1]
            == .marked(.quotation, "the market opened too late for farmers"))
        #expect(TEIQuotation.segments("The chair replied \"No\" to that.")[1] == .marked(.quotation, "No"))
    }

    @Test func aWordOrTwoWithNoCueIsASoCalledTerm() {
        #expect(TEIQuotation.segments("He described the plan as a \"bridge\" between towns.") == [
            .text("He described the plan as a \""), .marked(.soCalled, "bridge"), .text("\" between towns."),
        ])
        // A curly single mark closes only where no letter follows: "people’s" is an apostrophe.
        #expect(TEIQuotation.segments("the people’s ‘new deal’ idea") == [
            .text("the people’s ‘"), .marked(.soCalled, "new deal"), .text("’ idea"),
        ])
    }

    /// A name is quoted, but neither title, quotation nor term: it stays text.
    @Test func aQuotedNameStaysText() {
        for text in ["The association co-hosted \"Regional Forum on Coastal Fisheries and Ports\" in May.",
                     "They supported the Project \"Clean water for small towns in the hills\".",
                     "He said \"yes and then left the room",
                     "It's the harbour's 'old quay' again."] {
            #expect(TEIQuotation.segments(text) == [.text(text)], "\(text)")
        }
    }

    /// In the TEI: the marks are text outside the element; a `q` inside a speaker's `said` is that
    /// speaker's; the text reads back unchanged.
    @Test func theTEIMarksThemAndReadsBack() throws {
        var record = RecordFixture.rich
        record.statements[0].text = "Sadako Ōgata stressed that the town needed \"a second harbour for the winter boats.\""
            + " She recalled the book \"Tides of the North\" and the \"quiet\" years."
        record.statements[0].reportedSpeech = true
        let tei = String(decoding: TEI.export(record), as: UTF8.self)
        #expect(tei.contains(##"needed &quot;<q who="#person.sadako-ogata">a second harbour for the winter boats.</q>&quot;</said>"##), "\(tei)")
        #expect(tei.contains(#"the book &quot;<title level="m">Tides of the North</title>&quot; and the &quot;<soCalled>quiet</soCalled>&quot; years."#))
        let (back, findings) = TEI.importRecord(TEI.export(record), fileName: "r.tei.xml")
        #expect(back?.statements[0].text == record.statements[0].text)
        #expect(!findings.contains { $0.message.contains("<q>") || $0.message.contains("<soCalled>") || $0.message.contains("<title>") },
                "\(findings)")
        #expect(TEI.export(try #require(back)) == TEI.export(record))
    }

    /// A title, a term or words in title case that "by" and a person's name follow: a cited work,
    /// `bibl` with its `title` and `author`. "By" and a body, a country or words in lower case cite no one.
    @Test func aWorkByItsAuthorIsACitation() {
        #expect(TEIQuotation.segments("Quoting \"Tides and Towns: Boon or Bane?\" by Mara Lento, former professor, she spoke.") == [
            .text("Quoting "),
            .cited(.init(open: "\"", title: "Tides and Towns: Boon or Bane?", level: nil, by: "\" by ", author: "Mara Lento")),
            .text(", former professor, she spoke."),
        ])
        #expect(TEIQuotation.segments("She cited the book “Salt Roads” by Dr. Ivo van Marsh.") == [
            .text("She cited the book "),
            .cited(.init(open: "“", title: "Salt Roads", level: "m", by: "” by ", author: "Dr. Ivo van Marsh")),
            .text("."),
        ])
        for text in ["The \"Harbour Plan\" by the Lenton Port Authority, adopted.", "The \"Harbour Plan\" by Japan, adopted.",
                     "The \"Harbour Plan\" by far the best.", "He said \"we must act now on the piers\" by Mara Lento."] {
            #expect(!TEIQuotation.segments(text).contains { if case .cited = $0 { true } else { false } }, "\(text)")
        }
    }

    /// In the TEI, the citation is `bibl`, its author `persName`, pointing at a person of the record
    /// or at no one; read back, the text is the same.
    @Test func aCitationInTheTEIReadsBack() throws {
        var record = RecordFixture.rich
        record.statements[0].text = "Quoting \"Tides and Towns: Boon or Bane?\" by Mara Lento, the town read \"Salt Roads\" by Sadako Ōgata."
        (record.statements[0].speakerId, record.statements[0].reportedSpeech) = (nil, false)
        let bytes = TEI.export(record)
        let tei = String(decoding: bytes, as: UTF8.self)
        #expect(tei.contains(##"Quoting <bibl>&quot;<title>Tides and Towns: Boon or Bane?</title>&quot; by <author><persName>Mara Lento</persName></author></bibl>, the town read <bibl>&quot;<title>Salt Roads</title>&quot; by <author><persName ref="#person.sadako-ogata">Sadako Ōgata</persName></author></bibl>."##), "\(tei)")
        let (back, findings) = TEI.importRecord(bytes, fileName: "c.tei.xml")
        #expect(back?.statements[0].text == record.statements[0].text)
        #expect(!findings.contains { $0.message.contains("<bibl>") }, "\(findings)")
        #expect(TEI.export(try #require(back)) == bytes)
        try TEITools.expectAccepted(bytes, name: "c.tei.xml")
        #expect(try SubmissionValidator().validate(bytes, name: "c.tei.xml").status(strict: false) == .valid)
    }

    /// A reporting clause that cuts a quotation leaves one quotation in two parts; two quotations
    /// that a sentence ends between stay two.
    @Test func aQuotationCutByAReportingClauseIsOneInParts() {
        #expect(TEIQuotation.segments("“We must dredge the port,” she said, “and before the rains.”") == [
            .text("“"), .marked(.quotationPart(first: true, last: false), "We must dredge the port,"),
            .text("” she said, “"), .marked(.quotationPart(first: false, last: true), "and before the rains."), .text("”"),
        ])
        #expect(TEIQuotation.segments(#"Later "the ferries," said Mr. Okafor, "must run," he added, "all winter.""#).map {
            if case .marked(let kind, _) = $0 { "\(kind)" } else { "text" }
        } == ["text", "quotationPart(first: true, last: false)", "text", "quotationPart(first: false, last: false)", "text",
              "quotationPart(first: false, last: true)", "text"])
        for text in ["“We waited long enough,” she said. “The road never came.”",
                     "“We waited long enough,” she said, “The road never came.”",
                     "“Harbours and roads,” in her view, “are one budget.”"] {
            #expect(!TEIQuotation.segments(text).contains { if case .marked(.quotationPart, _) = $0 { true } else { false } }, "\(text)")
        }
    }

    /// In the TEI the parts are `q`s that point at each other, ids scoped by the statement; the text
    /// reads back unchanged and the file is valid for TEI All and the profile.
    @Test func thePartsOfAQuotationPointAtEachOther() throws {
        var record = RecordFixture.rich
        record.statements[0].text = "“We must dredge the port,” she said, “and before the rains.”"
        record.statements[0].speakerId = nil
        record.statements[0].reportedSpeech = false
        let bytes = TEI.export(record)
        let tei = String(decoding: bytes, as: UTF8.self)
        let id = record.statements[0].id
        #expect(tei.contains(##"“<q xml:id="q.\##(id).1" next="#q.\##(id).2">We must dredge the port,</q>” she said, “<q xml:id="q.\##(id).2" prev="#q.\##(id).1">and before the rains.</q>”"##), "\(tei)")
        let (back, findings) = TEI.importRecord(bytes, fileName: "q.tei.xml")
        #expect(back?.statements[0].text == record.statements[0].text, "\(findings)")
        #expect(TEI.export(try #require(back)) == bytes)
        let (directory, files) = try TEITools.write([("quotation-parts.tei.xml", bytes)])
        defer { try? FileManager.default.removeItem(at: directory) }
        let jing = try TEITools.jing(files)
        #expect(jing.status == 0 && jing.output.isEmpty, "\(jing.output)")
        #expect(try SubmissionValidator().validate(bytes, name: "q.tei.xml").findings.filter { $0.severity == .error } == [])
    }
}
