import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

@Suite struct IdsTests {
    @Test func slugFoldsAccentsAndMacrons() {
        #expect(Ids.slug("Ōgata Sadako") == "ogata-sadako")
        #expect(Ids.slug("Juan Manuel Gómez Robledo") == "juan-manuel-gomez-robledo")
        #expect(Ids.slug("Chair's Summary – \"Friends\"") == "chairs-summary-friends")
    }

    @Test func recordIdJoinsDateAndTitle() {
        #expect(Ids.record(date: "2003-02-25", title: "International Symposium on Human Security")
            == "2003-02-25-international-symposium-on-human-security")
    }

    /// A repeated id is counted with a mark (`-n2`), and an id whose words end like a count is kept apart
    /// from the counts (`-n1`), so that no id is read two ways (review L10: the second "Session 1" was
    /// `session-1-2`, which a part printed "Session 1-2" is too).
    @Test func aRepeatIsCountedApartFromWhatTheWordsGive() {
        #expect(Ids.unique("sen", in: ["sen"]) == "sen-n2")
        #expect(Ids.unique("sen", in: ["sen", "sen-n2"]) == "sen-n3")
        #expect(Ids.unique("session-1-2", in: ["session-1"]) == "session-1-2")
        #expect(Ids.unique("hall-n2", in: ["hall", "hall-n2"]) == "hall-n2-n1")
        #expect(Ids.unique("hall-n2-n1", in: ["hall-n2-n1"]) == "hall-n2-n1-n1")
        #expect(Ids.unique("hall-n1", in: []) == "hall-n1-n1")
        #expect(Ids.unique("hall-n2", in: ["hall-n2-n1"]) == "hall-n2-n1-n2")
        // Every id of labels that meet in all those ways is distinct, and each count ends in -n and a number from 2.
        var taken: Set<String> = []
        for base in ["hall", "hall", "hall-n2", "hall-n2", "hall-n2-n1", "hall-n1", "hall", "hall-n3"] {
            let id = Ids.unique(base, in: taken)
            #expect(!taken.contains(id), "\(base) gave the taken \(id)")
            taken.insert(id)
        }
        #expect(taken.count == 8)
    }

    /// Keys repeated in a list are told apart as `unique` tells an id from taken ones, with the mark.
    @Test func distinctKeysCountTheirRepeatsInOrder() {
        #expect(Ids.unique("s-1", in: ["s-1"], mark: "n") == "s-1-n2")
        #expect(Ids.distinct(["s-1", "s-1", "s-2", "s-1", "s-1-n2"]) == ["s-1", "s-1-n2", "s-2", "s-1-n3", "s-1-n2-n1"])
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
