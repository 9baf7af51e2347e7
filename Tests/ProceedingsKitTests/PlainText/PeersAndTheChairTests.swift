import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A Lords committee's minutes: the member "(in the Chair)", and peers known by the title alone ("The Earl of Mowbray").
@Suite struct PeersAndTheChairTests {

    @Test func membersPresentWithTheChairAndAnEarl() throws {
        let record = try Invented.record("""
            Select Committee on Defence

            MINUTES OF PROCEEDINGS

            Tuesday 5 March 2024

            Members present:
            Lord Ashworth of Kelby (in the Chair)
            Baroness Fenwick of Alnmouth
            The Earl of Mowbray
            Countess of Dunmore
            """)
        #expect(record.roles.map(\.description) == [
            "Ashworth of Kelby chair in the Chair [-]", "Fenwick of Alnmouth participant Members present [-]",
            "Mowbray participant Members present [-]", "Dunmore participant Members present [-]",
        ])
    }
}
