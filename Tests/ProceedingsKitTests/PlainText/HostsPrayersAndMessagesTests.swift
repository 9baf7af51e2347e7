import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A webinar's host, who presides over it, and a host body, which organised it; an opening prayer and the honorifics of
/// faiths and peoples ("Matua", "Bhante", "Pandita"); a message sent by the holder of an office; a range whose days both
/// print their weekday. Invented lines.
@Suite struct HostsPrayersAndMessagesTests {
    @Test func aPersonWhoHostsPresidesABodyThatHostsOrganised() throws {
        let person = try Invented.record(body: "Host: Associate Professor Luke Mercer (VUW)")
        #expect(person.roleLines == ["Luke Mercer chair"])
        #expect(person.organizers.isEmpty)
        let body = try Invented.record(body: "Host: Ministry of Health")
        #expect(body.organizers == ["Ministry of Health"])
    }

    @Test func anOpeningPrayerAndTheHonorificsOfFaiths() throws {
        let record = try Invented.record(body: """
            The workshop opened with a karakia by Matua Hemi Parata. A prayer for peace was led by Bhante Sri Pannyavaro and \
            Pandita Ida Bagus Wiryana.
            """)
        #expect(record.roles.map(\.name) == ["Hemi Parata", "Sri Pannyavaro", "Ida Bagus Wiryana"])
        #expect(record.roleLines.first == "Hemi Parata opening-speaker")
    }

    @Test func aMessageFromTheHolderOfAnOffice() throws {
        let record = try Invented.record(body: """
            A message from the UN Special Rapporteur on freedom of religion, Prof. Heiner Bielefeldt, was read out by the \
            moderator, Ms. Lily Purba (Ministry of Foreign Affairs).
            """)
        #expect(record.roleLines == ["Heiner Bielefeldt message-author", "Lily Purba moderator"])
    }

    @Test func aRangeWhoseDaysPrintTheirWeekdays() throws {
        let record = try Invented.record("""
            Regional Interfaith Dialogue

            Jakarta, Indonesia
            Tuesday, 4 June 2013 – Wednesday, 5 June 2013

            The dialogue was held at the Hotel Borobudur.
            """)
        #expect(record.event.startDate == "2013-06-04")
        #expect(record.event.endDate == "2013-06-05")
    }

    /// Two offices before a name, one after the other, are both its title: the cue before them touches the name.
    @Test func twoOfficesBeforeTheName() throws {
        let record = try Invented.record(body: """
            The conference was opened by Deputy Prime Minister, Minister of Foreign Affairs and European Integration, \
            Nicu Popescu, who stated that energy matters.
            """)
        #expect(record.roleLines == ["Nicu Popescu opening-speaker"])
    }

    /// South Asian programmes name a chief guest, who addresses the meeting.
    @Test func theChiefGuest() throws {
        let record = try Invented.record(body: """
            Vice Chancellor Prof. Dr. Khalid Chaudhry was the chief guest, while Chairperson Dr. Syed Ali presided.
            """)
        #expect(record.roleLines == ["Khalid Chaudhry speaker", "Syed Ali chair"])
    }

    @Test func theRightHonourable() throws {
        let record = try Invented.record(body: "Keynote: Rt Hon John Smith MP")
        #expect(record.roleLines == ["John Smith keynote-speaker"])
    }

    /// In the opening session, who reads out another's message speaks; the opening words were the author's.
    @Test func aMessageReadOutInTheOpeningSession() {
        let facts = Invented.explain("""
            Regional Meeting of Hepatitis Programme Managers

            Meeting report

            1. Opening session

            Dr Shanti Karki, Secretary, Ministry of Health, welcomed the participants. The message of the Regional Director was delivered by Dr Hendrik Visser, WHO Representative to Nepal.

            Message from H.E. Mariam Keita, Minister of Youth (read by Mr Oumar Sangare, Deputy Permanent Representative)

            2. Technical session

            Dr Ana Ruiz presented the regional strategy.
            """)
        #expect(facts.contains { $0.hasPrefix("7: opening-speaker \"Shanti Karki\" in opening") })
        #expect(facts.contains { $0.hasPrefix("7: speaker \"Hendrik Visser\" in opening by cue role.speaker.delivered-message") })
        #expect(facts.contains { $0.hasPrefix("9: message-author \"Mariam Keita\" in opening") })
        #expect(facts.contains { $0.hasPrefix("9: speaker \"Oumar Sangare\" in opening") })
    }
}
