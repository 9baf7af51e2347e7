import Testing
@testable import ProceedingsKit

@Suite struct IdsTests {
    @Test func slugFoldsAccentsAndMacrons() {
        #expect(Ids.slug("Ōgata Sadako") == "ogata-sadako")
        #expect(Ids.slug("Juan Manuel Gómez Robledo") == "juan-manuel-gomez-robledo")
        #expect(Ids.slug("Chair's Summary – \"Friends\"") == "chairs-summary-friends")
    }

    @Test func recordIdJoinsDateAndTitle() {
        #expect(Ids.record(date: "2003-02-25", title: "International Symposium on Human Security")
            == "2003-02-25-international-symposium-on-human-security")
        #expect(Ids.unique("sen", in: ["sen", "sen-2"]) == "sen-3")
    }

    /// Keys repeated in a list are told apart as `unique` tells an id from taken ones, with the mark.
    @Test func distinctKeysCountTheirRepeatsInOrder() {
        #expect(Ids.unique("s-1", in: ["s-1"], mark: "n") == "s-1-n2")
        #expect(Ids.distinct(["s-1", "s-1", "s-2", "s-1", "s-1-n2"]) == ["s-1", "s-1-n2", "s-2", "s-1-n3", "s-1-n2-n2"])
    }
}
