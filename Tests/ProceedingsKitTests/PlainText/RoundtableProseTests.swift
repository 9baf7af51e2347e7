import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A think tank's summary of discussions: the page's own date among its section and actions, a
/// director who opened and chaired, and speakers described at length before their verb. Invented lines.
@Suite struct RoundtableProseTests {
    static let page = """
        Roundtable on Energy in the Baltic Sea Region
        Summary of Discussions
        Posted 19 June 2019 · Energy & Climate Programme · Print · Share

        On 6 June 2019 the Riga Centre for Northern Studies convened a roundtable on the region's electricity links.

        Dr. Ilze Kalna, Director of the Centre, opened the meeting and chaired the discussion throughout.

        Prof. Ruta Zemaite of the Vilnius Institute of Energy and Climate Policy took up the point on trust.

        Ms. Annika Lehto, a policy adviser with the Finnish Association of Grid Operators, commented that planning was slow.
        """

    @Test func summaryOfDiscussions() throws {
        let record = try Invented.record(Self.page)
        #expect(record.document.issued == "2019-06-19")
        #expect(record.event.venue == nil)
        let roles = record.roles.map { "\($0.name) \($0.role.rawValue) [\($0.affiliation ?? "-")]" }
        #expect(roles == ["Ilze Kalna chair [Director of the Centre]",
                          "Ruta Zemaite speaker [the Vilnius Institute of Energy and Climate Policy]",
                          "Annika Lehto speaker [a policy adviser with the Finnish Association of Grid Operators]"])
    }

    /// Opening and then presiding gives the presiding role; opening alone stays opening.
    @Test func openedAndChaired() throws {
        let roles = try Invented.record(body: "Dr. Ann Lee opened the meeting. Mr. Tom Hale opened the session and moderated the debate.\n").roles
        #expect(roles.map { "\($0.name) \($0.role.rawValue)" } == ["Ann Lee opening-speaker", "Tom Hale moderator"])
    }
}
