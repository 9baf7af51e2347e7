import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// How the prose says who sat on a panel ("took part in the panel discussion", "sat on the panel", "Panel members:"),
/// that taking part is no speech, and what a part named in the prose was about ("Session 2, chaired by X, examined ...",
/// "which focused on ...", "devoted to ..."). Invented sentences.
@Suite struct PanelPhrasesAndTopicsTests {
    /// Two people, and the role the sentence gives both.
    @Test(arguments: [
        ("Dr. Ana Ruiz and Mr. John Smith took part in the panel discussion.", "panelist"),
        ("Dr. Ana Ruiz and Mr. John Smith sat on the panel.", "panelist"),
        ("Panel members: Dr. Ana Ruiz; Mr. John Smith", "panelist"),
        ("Contributions came from Dr. Ana Ruiz (UCH) and Mr. John Smith (WB).", "speaker"),
        ("Also speaking were Dr. Ana Ruiz and Mr. John Smith.", "speaker"),
        ("Inputs were provided by Dr. Ana Ruiz and Mr. John Smith.", "speaker"),
        ("Also on the panel were Ana Ruiz and John Smith.", "panelist"),
    ])
    func twoPeopleInOneRole(_ sentence: String, _ role: String) throws {
        let record = try Invented.record(body: sentence)
        #expect(record.roleLines == ["Ana Ruiz \(role)", "John Smith \(role)"])
    }

    @Test func takingPartIsNoSpeech() throws {
        let record = try Invented.record(body: "Mr. Ali Khan took part in the workshop. Ms. Sara Lee took the floor.")
        #expect(record.roleLines == ["Ali Khan participant", "Sara Lee speaker"])
    }

    @Test func whatAPartNamedInTheProseWasAbout() throws {
        let record = try Invented.record(body: """
            Session 2, chaired by Prof. Kenji Mori (Kyoto University), examined land tenure.

            In the fourth session, which focused on data, Dr. Raj Patel presented national case studies.

            The final session, devoted to the way forward, was chaired by Ambassador Tomas Berg.
            """)
        #expect(record.parts.map { "\($0.label) | \($0.title ?? "")" } == [
            "Session 2 | land tenure", "Fourth session | data", "Final session | the way forward",
        ])
    }

    @Test func thoseCitedOrQuotedWereNotThere() throws {
        let record = try Invented.record(body: """
            Dr. Ana Ruiz cited a 2019 report by Prof. Hans Weber of the University of Bonn. As President John Kennedy once \
            said, we choose to go. Drawing on the work of economist Joseph Stiglitz, Dr. Lina Haddad argued that taxes matter.
            """)
        #expect(record.roleLines == ["Ana Ruiz speaker", "Lina Haddad speaker"])
    }

    @Test func anEventThatWasAJointInitiative() throws {
        let initiative = try Invented.record(body: "The event was a joint initiative of the University of Lagos and the British Council.")
        #expect(initiative.organizers == ["University of Lagos", "British Council"])
        let helped = try Invented.record(body: """
            It was jointly organised by the Elcano Institute and the Policy Center, with the collaboration of the Casa Arabe.
            """)
        #expect(helped.organizers == ["Elcano Institute", "Policy Center"])
    }

    @Test func theChairOfASessionByItsTitle() throws {
        let record = try Invented.record(body: """
            The chair of the session, Ambassador Tomas Berg, thanked the speakers. Panel chair Prof. Kenji Mori introduced them. \
            Dr. Ana Ruiz, Chair of the Board of the Foundation, said the plan works.
            """)
        #expect(record.roleLines == ["Tomas Berg chair", "Kenji Mori chair", "Ana Ruiz speaker"])
    }

    @Test func aFrontedPhraseWithAnApposedNameEndsAtItsComma() throws {
        let record = try Invented.record(body: "After an introduction by the moderator, Dr. Lina Haddad, Prof. Kenji Mori delivered the keynote.")
        #expect(!record.roleLines.contains("Lina Haddad keynote-speaker"))
        #expect(record.roleLines.contains("Kenji Mori keynote-speaker"))
    }

    @Test(arguments: [
        ("Prof. Ana Ruiz Lopez (UNAM) spoke first. Prof. Ruiz noted that data were scarce.", "Ana Ruiz Lopez"),
        ("Mr. John A. Smith presented. Mr. John Smith later added a point.", "John A. Smith"),
        ("Dr. María José García-Pérez spoke. Dr. García also asked a question.", "María José García-Pérez"),
        ("Mr. Nguyen Van Thanh presented. Mr. Thanh said funds were short.", "Nguyen Van Thanh"),
    ])
    func oneSurnameOfTwoOrAMiddleInitialIsTheSamePerson(_ text: String, _ name: String) throws {
        let record = try Invented.record(body: text)
        #expect(record.persons.map(\.name) == [name])
    }

    @Test func aSideEventIsAPart() throws {
        let record = try Invented.record(body: "Side event: Youth and water\n\nMs. Eva Novak spoke.")
        #expect(record.parts.map(\.label) == ["Side event"])
    }

    @Test func thoseHonouredByNameWereNotThere() throws {
        let record = try Invented.record(body: """
            The lecture series is named after Professor Anne Lindqvist, the institute's founder. The prize, named for \
            Dr. Lina Haddad, went to Ms. Eva Novak.
            """)
        #expect(record.persons.map(\.name) == ["Eva Novak"])
    }

    /// Where the speaker works, in brackets between the name and a verb of saying, vouches for a bare name; a body's name
    /// does not become a person so.
    @Test func aBareNameWithItsBodyInBrackets() throws {
        let record = try Invented.record(body: "Ana Ruiz (UCH) noted that data were scarce. Water Aid (UK) said that funding was short.")
        #expect(record.roleLines == ["Ana Ruiz speaker"])
    }

    /// One person and the role a phrasing gives them: briefing, presenting in other words, reporting what a study found,
    /// wrapping up, kicking off.
    @Test(arguments: [
        ("Dr. Ana Ruiz briefed participants on the results of the pilot.", "Ana Ruiz presenter"),
        ("Dr. Ana Ruiz took participants through the findings.", "Ana Ruiz presenter"),
        ("Dr. Ana Ruiz launched the report.", "Ana Ruiz presenter"),
        ("Dr. Ana Ruiz provided an update on the negotiations.", "Ana Ruiz presenter"),
        ("Drawing on her research, Dr. Ana Ruiz showed that wells are drying.", "Ana Ruiz speaker"),
        ("Dr. Olu Ade wrapped up the day's discussions.", "Olu Ade closing-speaker"),
        ("Dr. Ana Ruiz kicked off the event by outlining its objectives.", "Ana Ruiz opening-speaker"),
    ])
    func onePersonInOneRole(_ sentence: String, _ roleLine: String) throws {
        let record = try Invented.record(body: sentence)
        #expect(record.roleLines == [roleLine])
    }

    /// The plural of a role right before bare names names them and their role.
    @Test func theHoldersOfARoleAfterItsPlural() throws {
        let record = try Invented.record(body: "Guest speakers Ana Ruiz and John Smith shared their experience.")
        #expect(record.roleLines == ["Ana Ruiz speaker", "John Smith speaker"])
    }
}
