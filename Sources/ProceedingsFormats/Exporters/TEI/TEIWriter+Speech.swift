/// The speech inside a paragraph or point: who said what, and how sure the attribution is.
extension TEIWriter {
    /// A statement of a speaker is prose with the speaker's name as `persName` and the content of
    /// what was said as `said direct="false"` (`TEISpeech`). Where the text names the speaker
    /// nowhere and has no clause of saying (a bullet of someone's points), the whole is `said`
    /// `direct="unknown"`: a summary gives such points in the speaker's voice ("We should not only
    /// know ...") or in its own, and says not which; a speaker's own words (`reportedSpeech` false)
    /// are `said direct="true"`. A statement of no one
    /// marks the speakers it reports sentence by sentence (`TEISpeech.voices`).
    func content(of statement: Statement, contributor: String? = nil) {
        let parts = QuotationParts(statementId: statement.id, names: namesInText.forms(on: statement.span))
        guard statement.reportedSpeech || statement.speakerId != nil else {
            voices(statement.text, parts: parts)
            return
        }
        let who = statement.speakerId.map { ref(P.person + $0) }
        let speaker = statement.speakerId.flatMap { record.person($0) }
        let segments = statement.reportedSpeech && speaker != nil
            ? TEISpeech.segments(statement.text, speakerNames: names(of: speaker!)) : []
        let cert = certainty(of: statement, segments: segments, contributor: contributor)
        guard segments.contains(where: { if case .prose = $0 { false } else { true } }) else {
            // "[Introducing examples of ...] There are many ...": the bracket is the summariser's.
            var said = Substring(statement.text)
            if said.hasPrefix("["), let close = said.firstIndex(of: "]") {
                var end = said.index(after: close)
                while end < said.endIndex, said[end] == " " { end = said.index(after: end) }
                if end < said.endIndex {
                    quoted(String(said[..<end]), parts: parts)
                    said = said[end...]
                }
            }
            self.said(String(said), who: who, direct: statement.reportedSpeech ? .unknown : .own, cert: cert, parts: parts)
            return
        }
        for segment in segments {
            switch segment {
            case .prose(let text): quoted(text, parts: parts)
            case .speaker(let name): writer.element("persName", ["ref": who], text: name)
            case .reported(let text): said(text, who: who, direct: .reported, cert: cert, parts: parts)
            }
        }
    }

    /// The text of a paragraph of no one's cut into prose and the speech of each person it reports.
    func voiced(_ text: String) -> [TEISpeech.Voiced] {
        TEISpeech.voices(text, people: record.persons.map { TEISpeech.Person(id: $0.id, names: names(of: $0)) })
    }

    /// A paragraph of no one's that reports what people of the record said (`voices`), which its
    /// `@ana` says beside its kind: the `said`s in it are theirs, the paragraph none of theirs.
    func narratesSpeech(_ statement: Statement) -> Bool {
        !statement.reportedSpeech && statement.speakerId == nil && !voiced(statement.text).isEmpty
    }

    /// How sure the converter is of a reported statement's speaker when the statement does not name
    /// them (a point under a speaker, a paragraph that goes on with "He stressed that"): the reader gave
    /// it the last speaker named before it. `high` inside a contribution whose heading names that
    /// speaker, `medium` elsewhere; nil when the statement names its speaker, or gives a speaker's own
    /// words, which the model holds as given, not inferred.
    func certainty(of statement: Statement, segments: [TEISpeech.Segment], contributor: String?) -> String? {
        guard statement.reportedSpeech, let speaker = statement.speakerId,
              !segments.contains(where: { if case .speaker = $0 { true } else { false } }) else { return nil }
        return contributor == speaker ? "high" : "medium"
    }

    /// A paragraph of no one's: the speakers it reports, each in the sentence that names them as the
    /// subject of a verb of saying, or the text as it is.
    func voices(_ text: String, parts: QuotationParts) {
        let voiced = voiced(text)
        guard !voiced.isEmpty else {
            quoted(text, parts: parts)
            return
        }
        for segment in voiced {
            switch segment {
            case .prose(let text): quoted(text, parts: parts)
            case .speaker(let name, let person): writer.element("persName", ["ref": ref(P.person + person)], text: name)
            case .reported(let text, let person): said(text, who: ref(P.person + person), direct: .reported, parts: parts)
            }
        }
    }
}
