/// What the lines above the body say about the document and the event.
struct Header {
    var title: String?
    var titleSpan = SourceSpan(1)
    /// No title line: the name was read from a sentence of the body, which stays body.
    var titleInProse = false
    var subtitle: String?
    var documentType: String?
    var documentTypeLine: Int?
    /// How the type was printed: on a line of its own, before the title, after it in brackets.
    var documentTypeCue = "document-type.line"
    var dateline: PrintedDate?
    /// "07-03-2014" alone over the story: the page's date, day and month told apart only by the event's.
    var numericDate: TextLine?
    var datelineLine: Int?
    /// A place printed on the dateline ("Tokyo, Japan, 6 October 2005").
    var place: String?
    var placeLines: [Int] = []
    var notes: [TextLine] = []
    var residue: [TextLine] = []
    /// The body whose site the page is, printed above it ("Hofvijver Institute for International Relations").
    var masthead: TextLine?
    /// A document symbol printed above the title ("PKO/186").
    var symbol: TextLine?
    /// "https://..." and "Issued by ..." lines, in order; see `SourceLines`.
    var urls: [TextLine] = []
    var issuers: [TextLine] = []
    var time: TextLine?
    /// The event's date printed on the title line or in brackets under it, and a place beside it.
    var eventDate: (date: PrintedDate, place: String?, line: Int)?
    /// How the event's date was printed: in brackets by the title, or on a line of its own above the page's date.
    var eventDateCue = "bracketed"
    /// "Date/Time: ...", "Venue: ..." lines.
    var facts: [(LabelledFact, Int)] = []
    /// Lines that carry on a labelled fact's value under it.
    var factContinuations: [Int] = []
    /// The lines of stacked fields' labels ("Date" over the date), read with the values under them.
    var fieldLabels: Set<Int> = []
    var subtitleLines: [Int] = []
    /// "Minutes of an ordinary meeting of X held in the Board Room on Tuesday 5 March 2024": where and when, cut from the title.
    var titleHeld: TextLine?
    /// The committee printed over the inquiry that is the title: it held the sitting.
    var inquiryOf: TextLine?
    /// Further lines above the title that print only a date.
    var otherDates: [Int] = []
    /// Lines that print the title again.
    var repeats: [Int] = []
    /// "In partnership with the Foundation" under the title: the body the page's publisher held the meeting with.
    var partners: [TextLine] = []
    var lastHeaderLine = 0
    /// A page is issued on one day: a dateline that spans several ("10-11 December 2014") dates the event.
    var datelineIsEvent: Bool { dateline?.lastIso != nil }
    /// Lists printed over the title (who sat, in a transcript), which the body reads before its first line.
    var rostersAbove: [Range<Int>] = []
    /// Index of the first body line.
    var bodyStart = 0
}
