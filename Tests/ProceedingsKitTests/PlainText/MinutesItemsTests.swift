import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Minutes of a meeting: when and where, printed under the title in lower case; who was present, with a dash before where they come from; the apologies on one line; and the
/// numbered items, in sentence case as minutes print them, each a part of the meeting. Invented lines.
@Suite struct MinutesItemsTests {
    static let page = """
        MINUTES OF THE ANNUAL GENERAL MEETING
        held on Saturday 12 October 2024 at 11.00 am
        in the Lecture Theatre, Harris Museum, Preston

        Approved at the Board meeting of 14 November 2024

        Present:
        Ms Judith Crowther (Chair)
        Mr Colin Fairclough - Bolton Museum Services
        Ms Rachel Ng - Museum of Lancashire Mills

        Apologies:
        Cllr Margaret Hindle (County Council); Mr Stuart Kenyon; Dr Frances Lomax

        1. Welcome and apologies
        The Chair welcomed members to the 52nd Annual General Meeting.

        2. Chair's annual report
        Ms Crowther presented the annual report for 2023-24.

        3. Guest talk
        Ms Sofia Delgado, Head of Collections at the Science Museum, gave a talk on collections care.

        """

    /// "held on ..." / "in the ..." under the title: when and where the meeting was; the later approval is not.
    @Test func whenAndWhereUnderTheTitle() throws {
        let record = try Invented.record(Self.page)
        #expect(record.event.startDate == "2024-10-12")
        #expect(record.event.venue == "Lecture Theatre, Harris Museum, Preston")
        #expect(record.document.documentType == "MINUTES")
    }

    @Test func theNumberedItemsAreTheMeetingsParts() throws {
        let record = try Invented.record(Self.page)
        #expect(record.parts.map(\.label) == ["1. Welcome and apologies", "2. Chair's annual report", "3. Guest talk"])
        let delgado = try #require(record.participations.first { $0.personId == "sofia-delgado" })
        #expect(delgado.partId == record.parts.last?.id)
    }

    @Test func presentWithADashAndApologiesOnOneLine() throws {
        let record = try Invented.record(Self.page)
        let names = record.roles.map(\.name)
        #expect(names.contains("Colin Fairclough") && names.contains("Rachel Ng"))
        #expect(record.roles.first { $0.name == "Colin Fairclough" }?.affiliation == "Bolton Museum Services")
        #expect(!names.contains { ["Margaret Hindle", "Stuart Kenyon", "Frances Lomax"].contains($0) })
    }

    /// "MEMBERS EXCUSED: Rep. A, Rep. B": the label of those not there, with them on its line.
    @Test func excusedOnTheLabelsLine() throws {
        let record = try Invented.record(body: """
            The committee met in Room 5 to hear testimony on farm helplines.

            MEMBERS PRESENT: Rep. Karen Lindahl, Rep. Marcus Obi
            MEMBERS EXCUSED: Rep. Gregory Halvorson, Rep. Samuel Tietz
            Apologies: Mr Stuart Kenyon; Dr Frances Lomax
            """)
        #expect(record.roles.map(\.name) == ["Karen Lindahl", "Marcus Obi"])
    }

    /// Outside minutes, a numbered line in sentence case is a point of the text, not a part.
    @Test func numberedPointsOfAReportAreNoParts() throws {
        let record = try Invented.record("""
            Seminar on Coastal Towns

            12 May 2022

            1. Opening of the seminar
            Dr. Ana Ruiz welcomed the participants.

            2. Key findings on erosion
            The sea has risen.
            """)
        #expect(!record.parts.contains { $0.label.contains("Key findings") })
    }

    /// A parliament's committee: members listed by house on a page hard-wrapped at a width, a name cut at the line's end;
    /// a deputy who takes the chair in the chairman's absence; apologies in a sentence, for each person it names.
    @Test func membersByHouseAndApologiesInASentence() throws {
        let record = try Invented.record(body: """
            The Joint Committee met in public session at 5.30 p.m. in Committee Room 2,
            with the members listed below present, to hear evidence on the harvest season.

            Deputies: Ciara Lynch, Eoin Madden, Niamh Gallagher, Brendan Tully, Pádraig Ó
            Súilleabháin.
            Senators: Orla Heffernan, Tadhg Crowley.

            In the absence of the Chairman, Deputy Niamh Gallagher took the Chair and
            welcomed the witnesses from the farming organisations to the meeting.

            Apologies were received from Deputy Rory Fitzgerald (Chairman) and Senator
            Aine Keogh, who were both abroad on committee business in Brussels.

            The Joint Committee noted the correspondence received since the last meeting
            and agreed to publish the submissions received on the harvest season online.
            """)
        let names = record.roles.map(\.name)
        for member in ["Ciara Lynch", "Eoin Madden", "Pádraig Ó Súilleabháin", "Orla Heffernan", "Tadhg Crowley"] {
            #expect(names.contains(member), "\(member)")
        }
        #expect(!names.contains("Pádraig Ó"))
        #expect(record.roles.first { $0.name == "Niamh Gallagher" }?.role == .chair)
        #expect(!names.contains("Rory Fitzgerald") && !names.contains("Aine Keogh"))
    }

    /// A person's line under a numbered item that ends in a comma over a line in lower case opens a wrapped sentence:
    /// the person did what the sentence says, and does not preside over the item.
    @Test func aWrappedSubjectUnderAnItemIsNoChair() throws {
        let record = try Invented.record(body: """
            4.1 Regional situation

            Dr Arvind Rao, Medical Officer, Vector-borne Diseases, Regional Office,
            presented an overview of the burden of the disease in the Region.
            """)
        #expect(record.roleLines == ["Arvind Rao presenter"])
    }

    /// A legislature's committee: its name over "MINUTES" is the title; members present with their offices after the
    /// name, the excused, and the staff under a label of their own; the chair calls the meeting to order.
    @Test func aCommitteesMinutesWithMembersExcusedAndStaff() throws {
        let record = try Invented.record("""
            RURAL AFFAIRS INTERIM COMMITTEE

            MINUTES

            March 12, 2024
            Room 137, State Capitol

            MEMBERS PRESENT:
            Sen. Mary Kowal, Chair
            Rep. Tom Reyes, Vice Chair
            Sen. Ann Lindqvist

            MEMBERS EXCUSED:
            Rep. Joe Black

            STAFF PRESENT:
            Pat Green, Research Analyst

            CALL TO ORDER
            Chair Kowal called the meeting to order at 9:00 a.m. The secretary noted the roll.
            """)
        #expect(record.event.title == "RURAL AFFAIRS INTERIM COMMITTEE")
        #expect(record.roles.first { $0.name == "Mary Kowal" }?.role == .chair)
        let names = record.roles.map(\.name)
        #expect(names.contains("Tom Reyes") && names.contains("Ann Lindqvist") && names.contains("Pat Green"))
        #expect(!names.contains("Joe Black") && !names.contains { $0.uppercased() == $0 })
    }

    /// "Minutes of an ordinary meeting of the Board held in ..., on <date>": the title ends before "held", and the rest
    /// says where and when; the board's offices label its members, and an apology names one who was not there.
    @Test func aBoardsMinutesOpeningSentence() throws {
        let record = try Invented.record("""
            Harbour Community Board

            MINUTES

            Minutes of an ordinary meeting of the Harbour Community Board held in the Board Room, Port Road, on Tuesday 5 March 2024, commencing at 5.30 pm

            PRESENT

            Chairperson         Ann Lee
            Deputy Chairperson  Tom Reyes
            Members             Cr Mike Fenn

            1 APOLOGIES

            An apology was received from Member Pita Rewi.
            """)
        // The board printed over the type is the title, which the opening sentence repeats after the kind of meeting.
        #expect(record.event.title == "Harbour Community Board")
        #expect(record.event.startDate == "2024-03-05")
        #expect(record.event.venue == "Board Room")
        #expect(record.roleLines == ["Ann Lee chair", "Tom Reyes participant", "Mike Fenn participant"])
    }

    /// A parliament's committee as its minutes of proceedings print it: the chair "presiding" after the room and its
    /// building, the members present, a substitute "for" the member replaced, witnesses who made statements.
    @Test func membersPresentSubstitutesAndWitnesses() throws {
        let record = try Invented.record(body: """
            The Standing Committee on Rural Affairs met at 3:30 p.m. this day, in Room 415, Elgin Building, the Chair, Kody Barlas, presiding.

            Members of the Committee present: Kody Barlas, Francine Drouet and Arnold Vierling.

            Acting Members present: Ben Lobo for John Barrow.

            Ms. Jane Doerksen and Mr. Paul Ng made statements and answered questions.
            """)
        #expect(record.roleLines == ["Kody Barlas chair", "Francine Drouet participant", "Arnold Vierling participant",
                                     "Ben Lobo participant", "Jane Doerksen speaker", "Paul Ng speaker"])
    }
}
