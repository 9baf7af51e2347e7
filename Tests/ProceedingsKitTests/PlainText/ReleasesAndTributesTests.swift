import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A government release prints the department that issued it ("From: ...") and its type on lines of their own under the
/// headline, and signs its quotations with a dash; an "inaugural address" opens a meeting; a minister paid tribute to "the
/// late" someone who took no part, whatever the relative clause says the person once did.
@Suite struct ReleasesAndTributesTests {

    static let release = """
        Global Affairs Canada
        News

        Canada hosts forum on trade

        From: Global Affairs Canada

        News release

        November 7, 2024 - Vancouver, British Columbia - Global Affairs Canada

        Today, the Honourable Ann Lee, Minister of International Trade, delivered closing remarks at the Trade Forum, a two-day event held on November 6 and 7 at the Vancouver Convention Centre.

        Minister of State Shri Ravi Kumar delivered the inaugural address.

        Ministers paid tribute to the late Hon. Sione Vake, former Minister for Trade of Tonga, who chaired the First Ministerial Meeting in 2021.

        Quotes

        "Women entrepreneurs are the future of trade in the region. This forum has shown what happens when we remove the barriers."
        - The Honourable Ann Lee, Minister of International Trade

        "Lasting prosperity must be shared, and investing in women's economic leadership is one of the surest ways to build it."
        - The Honourable Marie Roy, Minister of Foreign Affairs
        """

    @Test func theIssuerAndTheTypeUnderTheHeadline() {
        let read = Invented.read(Self.release)
        #expect(read.record?.document.issuer?.printed == TextLine(text: "Global Affairs Canada", line: 6))
        // The type printed under the headline says more than the site's section "News".
        #expect(Invented.explain(Self.release).contains("8: document-type \"News release\" by cue document-type.line"))
        #expect(!read.findings.contains { $0.line == 6 || $0.line == 8 })
        // "From: someone@example.org" heads a message, not a release.
        #expect(SourceLines.fact("From: ann.lee@example.org") == nil)
    }

    @Test func anInauguralAddressOpens() {
        #expect(Invented.explain(Self.release).contains("14: opening-speaker \"Ravi Kumar\" by cue role.opening.noun (\"inaugural address\")"))
    }

    @Test func theLateTookNoPart() {
        let facts = Invented.explain(Self.release)
        #expect(facts.contains("16: not-a-participant \"Sione Vake\" by cue mention.recalled"))
        #expect(!facts.contains { $0.hasPrefix("16: chair") })
        // A relative clause of someone alive still gives the role.
        let alive = Invented.explain(Self.release.replacing("paid tribute to the late Hon. Sione Vake", with: "thanked Hon. Sione Vake"))
        #expect(alive.contains { $0.hasPrefix("16: chair \"Sione Vake\"") })
    }

    @Test func aQuotationSignedWithADash() {
        let facts = Invented.explain(Self.release)
        // Quoted, and named nowhere else: not present. The minister who spoke at the forum is quoted too, and was there.
        #expect(facts.contains("24: not-a-participant \"Marie Roy\" by cue mention.quoted"))
        #expect(facts.contains { $0.hasPrefix("12: closing-speaker \"Ann Lee\"") })
        let people = Invented.read(Self.release).record?.persons.map(\.name) ?? []
        #expect(!people.contains { $0.contains("Roy") })
    }
}
