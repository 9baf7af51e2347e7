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

    /// `distinct` goes on counting a key from where it stopped; that must name every key as a count
    /// from 2 against all the keys taken so far would, also where a key printed earlier is one of the counts.
    @Test func distinctGoesOnCountingAsUniqueWould() {
        let keys = Array(repeating: "s-a", count: 40) + ["s-a-n45", "s-b", "s-a", "s-a-n2", "s-b"]
            + Array(repeating: "s-a", count: 10) + ["s-a-n7", "s-b-n2", "s-b"]
        var taken: Set<String> = []
        let counted = keys.map { base in
            let key = Ids.unique(base, in: taken, mark: "n")
            taken.insert(key)
            return key
        }
        #expect(Ids.distinct(keys) == counted)
        #expect(Set(counted).count == keys.count)
    }
}
