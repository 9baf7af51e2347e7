import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Affiliations as ParlaMint encodes them: one `affiliation` per printed position, a former one
/// dated `@notAfter` the event and without `@role`, `@ref` to the unit the position prints nested
/// in its organisation, and the printed words kept. Names, positions and lines invented.
@Suite(.serialized) struct TEIAffiliationsTests {
    @Test(arguments: [
        ("member of Parliament, Former Minister of Transport of Freeland", ["member of Parliament", "Former Minister of Transport of Freeland"]),
        ("Historian, Former Foreign Minister of Freeland", ["Historian", "Former Foreign Minister of Freeland"]),
        ("Former Director General of the Coast Union, Chairman, Lenton Shipping Company",
         ["Former Director General of the Coast Union", "Chairman, Lenton Shipping Company"]),
        ("Former Minister, Ministry of Transport", ["Former Minister, Ministry of Transport"]),
        ("Officer-in-Charge and Deputy Regional Representative, Coast Regional Office",
         ["Officer-in-Charge", "Deputy Regional Representative, Coast Regional Office"]),
        ("Professor and Director, Port Planning Bureau, Lenton University", ["Professor", "Director, Port Planning Bureau, Lenton University"]),
        // Not two positions: a unit after its position, "and" inside a name, one role's words.
        ("Director, Center for Trade and Ports, Lenton University", ["Director, Center for Trade and Ports, Lenton University"]),
        ("Regional Director, Regional Bureau for Europe and the North, Coast Union", ["Regional Director, Regional Bureau for Europe and the North, Coast Union"]),
        ("Minister of Trade and Industry", ["Minister of Trade and Industry"]),
        ("Former Minister and Ambassador", ["Former Minister and Ambassador"]),
        ("Senator, ex-Minister of Trade", ["Senator", "ex-Minister of Trade"]),
        ("Ex officio Member, Harbour Board", ["Ex officio Member, Harbour Board"]),
        // Two affiliations a slash parts, each cut as any; a slash inside a name parts nothing.
        ("Professor, Lenton University/ Head, Pier Laboratory", ["Professor, Lenton University", "Head, Pier Laboratory"]),
        ("Professor and Director, Pier Unit, Lenton University/ Former Editor, The Harbour Post/ Writer",
         ["Professor", "Director, Pier Unit, Lenton University", "Former Editor, The Harbour Post", "Writer"]),
        ("Former Director General of GATT/HTO", ["Former Director General of GATT/HTO"]),
        ("Director, Coast/ harbour planning", ["Director, Coast/ harbour planning"]),
    ])
    func positionsAreCutWhereTheyCanBePutBack(printed: String, positions: [String]) {
        let split = PrintedPositions.split(printed)
        #expect(split.map(\.text) == positions)
        #expect(PrintedPositions.joined(split.map(\.printed)) == printed)
    }

    /// "Professor, Unit of Design, Center ..., Kyoto University/ Head, SRA Inc. ...": a second
    /// affiliation after a slash is one of its own, with its own organisation, and the first keeps its
    /// units nested; the slash stays in the printed words.
    @Test func aSlashPartsTwoAffiliationsOfOnePerson() throws {
        let page = """
            Forum on Harbour Safety
            12 May 2019
            Lenton Harbour Hall

            The panel included Ana Ruiz (Professor, Pier Unit, Coast Research Center, Lenton University/ Head, Harbour Works Laboratory) and Ivo Marsh (Former Editor, Science Desk, The Harbour Post/ Science Writer), who served as coordinator.

            """
        let result = PlainTextImporter.importRecord(Array(page.utf8), fileName: "2019-05-12_harbour-panel.txt")
        let record = try #require(result.record, "\(result.findings)")
        let bytes = TEI.export(record)
        let tei = String(decoding: bytes, as: UTF8.self)
        #expect(tei.contains(##"<affiliation xml:id="aff.ana-ruiz.1" role="researcher" ref="#org.lenton-university.coast-research-center.pier-unit" when="2019-05-12" source="text:4,5"><roleName>Professor</roleName>, <orgName ref="#org.lenton-university.coast-research-center.pier-unit">Pier Unit</orgName>, <orgName ref="#org.lenton-university.coast-research-center">Coast Research Center</orgName>, <orgName ref="#org.lenton-university">Lenton University</orgName>/</affiliation>"##), "\(tei)")
        #expect(tei.contains(##"<affiliation xml:id="aff.ana-ruiz.1.2" role="head" ref="#org.harbour-works-laboratory" when="2019-05-12" source="text:4,5"><roleName>Head</roleName>, <orgName ref="#org.harbour-works-laboratory">Harbour Works Laboratory</orgName></affiliation>"##))
        #expect(tei.contains(##"<affiliation xml:id="aff.ivo-marsh.1" ref="#org.the-harbour-post" notAfter="2019-05-12" source="text:4,5"><roleName>Former Editor, Science Desk</roleName>, <orgName ref="#org.the-harbour-post">The Harbour Post</orgName>/</affiliation>"##))
        // A position printing no body points at none, not at the first affiliation's.
        #expect(tei.contains(##"<affiliation xml:id="aff.ivo-marsh.1.2" when="2019-05-12" source="text:4,5"><roleName>Science Writer</roleName></affiliation>"##))

        let (back, findings) = TEI.importRecord(bytes, fileName: "panel.tei.xml")
        let read = try #require(back, "\(findings)")
        #expect(findings.isEmpty, "\(findings)")
        #expect(read.participations.map(\.affiliation) == record.participations.map(\.affiliation))
        #expect(read.participations.map(\.organizationId) == record.participations.map(\.organizationId))
        #expect(TEI.export(read) == bytes)
        try TEITools.expectAccepted(bytes, name: "panel.tei.xml")
    }

    @Test func unitsArePrintedBetweenTheRoleAndTheOrganisation() throws {
        let units = try #require(PrintedPositions.units("Director, Harbour Works Division, Port Planning Bureau"))
        #expect(units.role == "Director" && units.units.map(\.name) == ["Harbour Works Division", "Port Planning Bureau"])
        let of = try #require(PrintedPositions.units("Director-General of the Multilateral Cooperation Department"))
        #expect(of.role == "Director-General" && of.units.map(\.joint) == [" of the "] && of.units.map(\.name) == ["Multilateral Cooperation Department"])
        // Words that are no unit's name, and a role alone.
        #expect(PrintedPositions.units("President of the Board of Directors") == nil)
        #expect(PrintedPositions.units("Senior Officer, coastal planning") == nil)
        #expect(PrintedPositions.units("Director") == nil)
    }

    static let page = """
        Forum on Harbour Safety
        12 May 2019
        Lenton Harbour Hall

        Session 1: Piers

        Moderator: Ana Ruiz, Director, Coast Safety Department, Freeland Ministry of Transport
        Lead-off: Rita Vale, Officer-in-Charge and Deputy Regional Representative, Coast Regional Office
        Kenji Odaka, member of Parliament, Former Minister of Transport of Freeland
        Panelists: Ivan Lindqvist, Historian, Former Foreign Minister of Freeland
        Thomas Reedman, Managing Director and Executive Vice President of the Lenton Port Authority
        Evelyn Holmes, Director of Harbour Works Division, Port Planning Bureau
        Marta Lund, Former Director General of the Coast Union, Chairman, Lenton Shipping Company
        Nora Falk, Press Secretary, Freland Ministry of Transport

        Mr. Bruner, Professor and Director, Port Planning Bureau, Lenton University, spoke on the history of the piers.

        """

    @Test func eachPositionIsAnAffiliationOfItsOwn() throws {
        let result = PlainTextImporter.importRecord(Array(Self.page.utf8), fileName: "2019-05-12_harbour-forum.txt")
        let record = try #require(result.record, "\(result.findings)")
        let bytes = TEI.export(record)
        let tei = String(decoding: bytes, as: UTF8.self)
        func affiliation(_ id: String, _ attributes: String, _ content: String) {
            #expect(tei.contains(#"<affiliation xml:id="aff.\#(id)" \#(attributes)>\#(content)</affiliation>"#), "\(id)\n\(tei)")
        }
        // A position held now and one held before, which ended before the event: no @role, no @when.
        affiliation("kenji-odaka.1", #"role="member" when="2019-05-12" source="text:8,9""#, "<roleName>member of Parliament</roleName>")
        affiliation("kenji-odaka.1.2", #"notAfter="2019-05-12" source="text:8,9""#, "<roleName>Former Minister of Transport of Freeland</roleName>")
        affiliation("ivan-lindqvist.1", #"role="researcher" when="2019-05-12" source="text:9,10""#, "<roleName>Historian</roleName>")
        // The organisation is that of the position held now; the former one points at its own.
        affiliation("marta-lund.1", ##"ref="#org.coast-union" notAfter="2019-05-12" source="text:12,13""##,
                    ##"<roleName>Former Director General</roleName> of the <orgName ref="#org.coast-union">Coast Union</orgName>"##)
        affiliation("marta-lund.1.2", ##"role="head" ref="#org.lenton-shipping-company" when="2019-05-12" source="text:12,13""##,
                    ##"<roleName>Chairman</roleName>, <orgName ref="#org.lenton-shipping-company">Lenton Shipping Company</orgName>"##)
        // Two positions held at once, each with its role, both in the organisation printed after them.
        affiliation("rita-vale.1", ##"role="head" ref="#org.coast-regional-office" when="2019-05-12" source="text:7,8""##, "<roleName>Officer-in-Charge</roleName>")
        affiliation("rita-vale.1.2", ##"role="deputyHead" ref="#org.coast-regional-office" when="2019-05-12" source="text:7,8""##,
                    ##"<roleName>Deputy Regional Representative</roleName>, <orgName ref="#org.coast-regional-office">Coast Regional Office</orgName>"##)
        affiliation("thomas-reedman.1", ##"role="head" ref="#org.lenton-port-authority" when="2019-05-12" source="text:10,11""##, "<roleName>Managing Director</roleName>")
        affiliation("thomas-reedman.1.2", ##"role="deputyHead" ref="#org.lenton-port-authority" when="2019-05-12" source="text:10,11""##,
                    ##"<roleName>Executive Vice President</roleName> of the <orgName ref="#org.lenton-port-authority">Lenton Port Authority</orgName>"##)
        // The head of a unit points at the unit, an org nested in its organisation's.
        affiliation("ana-ruiz.1", ##"role="head" ref="#org.freeland-ministry-of-transport.coast-safety-department" when="2019-05-12" source="text:6,7""##,
                    ##"<roleName>Director</roleName>, <orgName ref="#org.freeland-ministry-of-transport.coast-safety-department">Coast Safety Department</orgName>, <orgName ref="#org.freeland-ministry-of-transport">Freeland Ministry of Transport</orgName>"##)
        affiliation("evelyn-holmes.1", ##"role="head" ref="#org.port-planning-bureau.harbour-works-division" when="2019-05-12" source="text:11,12""##,
                    ##"<roleName>Director</roleName> of <orgName ref="#org.port-planning-bureau.harbour-works-division">Harbour Works Division</orgName>, <orgName ref="#org.port-planning-bureau">Port Planning Bureau</orgName>"##)
        #expect(tei.contains(#"""
                      <org xml:id="org.freeland-ministry-of-transport" source="text:6,7 text:13,14">
                        <orgName>Freeland Ministry of Transport</orgName>
                        <org xml:id="org.freeland-ministry-of-transport.coast-safety-department" source="text:6,7">
                          <orgName>Coast Safety Department</orgName>
                        </org>
                      </org>
            """#))
        // A bureau of a university is not the bureau of the same name listed on its own, in the
        // affiliation and in the paragraph that prints it.
        #expect(tei.contains(#"<org xml:id="org.lenton-university.port-planning-bureau" source="text:15,16">"#))
        #expect(tei.contains(##"Professor and Director, <orgName ref="#org.lenton-university.port-planning-bureau">Port Planning Bureau</orgName>, <orgName ref="#org.lenton-university">Lenton University</orgName>, spoke"##))
        // The organisation's name misprinted is still its name, out of the position.
        affiliation("nora-falk.1", ##"role="staff" ref="#org.freeland-ministry-of-transport" when="2019-05-12" source="text:13,14""##,
                    ##"<roleName>Press Secretary</roleName>, <orgName ref="#org.freeland-ministry-of-transport">Freland Ministry of Transport</orgName>"##)
        // A role points at every position of the affiliation it names.
        #expect(tei.contains(##"active="#person.rita-vale" passive="#part.session-1" corresp="#aff.rita-vale.1 #aff.rita-vale.1.2""##))

        let (back, findings) = TEI.importRecord(bytes, fileName: "harbour.tei.xml")
        let read = try #require(back, "\(findings)")
        #expect(findings.isEmpty, "\(findings)")
        #expect(read.participations.map(\.affiliation) == record.participations.map(\.affiliation))
        #expect(read.participations.map(\.organizationId) == record.participations.map(\.organizationId))
        #expect(read.organizations == record.organizations)
        #expect(TEI.export(read) == bytes)
        try TEITools.expectAccepted(bytes, name: "harbour.tei.xml")
    }
}
