/// What every record's TEI declares alike: the application, the editorial policy and the
/// taxonomies. A file of its own declares them in its header; a `teiCorpus` declares them once, in
/// the corpus's header, which TEI makes apply to every `TEI` in it (Guidelines 15.1).
enum TEIEncodingDecl {
    typealias P = TEI.Prefix

    static func write(_ writer: XMLWriter) {
        writer.element("appInfo") {
            writer.element("application", ["xml:id": TEI.applicationId, "ident": "proceedings", "version": version]) {
                writer.element("label", text: "proceedings")
                writer.element("desc", text: "Converted the printed summary into this file: read the text, its"
                    + " structure and its facts, and encoded them as editorialDecl says.")
            }
        }
        editorialDecl(writer)
        writer.element("tagsDecl") {
            // What @rendition points at on a list whose items print their numbers (label): CSS that a
            // renderer applies (the TEI Stylesheets do), so that it does not number them again.
            writer.element("rendition", ["xml:id": TEI.printedNumbersRendition, "scheme": "css"], text: "list-style-type: none;")
        }
        writer.element("classDecl") {
            taxonomy(writer, "roles", "Roles held at the event or in one of its parts; the target of @ana on each"
                     + " relation of standOff/listRelation[@type='roles'], whose @name is the category's name."
                     + " Each category corresponds to a concept of the project's SKOS scheme of roles.",
                     P.role, Role.allCases.map { ($0.rawValue, LinkedData.roleIRI($0)) })
            taxonomy(writer, "statement-kinds", "Kinds of statement; the target of @ana on paragraphs and items.",
                     P.kind, StatementKind.allCases.map { ($0.rawValue, nil) })
            taxonomy(writer, "speech", "How a paragraph reports speech; the target of @ana on paragraphs and items, after"
                     + " the statement's kind.", P.speech, [("narrated", nil)],
                     glosses: ["narrated": "the paragraph is no one's statement: it narrates what people of the record said,"
                        + " each in a sentence whose verb of saying has that person for subject (questions and answers);"
                        + " each said has its speaker's @who, and none of them is the paragraph's speaker, though one"
                        + " person alone speaks in it"])
            taxonomy(writer, "event-kinds", "Kinds of event; the target of catRef in textClass and the value of the event's @type.",
                     P.eventKind, EventKind.allCases.map { ($0.rawValue, nil) })
            taxonomy(writer, "affiliation-roles", "What a position makes a person in the organisation of an affiliation:"
                     + " the closed list of values of @role on listPerson/person/affiliation, each the name of a category"
                     + " here (its xml:id without \"\(P.affiliationRole)\"), read from the position as printed (roleName);"
                     + " a position whose words say none of them has no @role.",
                     P.affiliationRole, AffiliationRole.allCases.map { ($0.rawValue, nil) },
                     glosses: Dictionary(uniqueKeysWithValues: AffiliationRole.allCases.map { ($0.rawValue, $0.gloss) }))
        }
    }

    /// What the converter did to the text, and which of its values are readings rather than print.
    static func editorialDecl(_ writer: XMLWriter) {
        writer.element("editorialDecl") {
            writer.element("normalization") {
                writer.element("p", text: "The lines of a paragraph or point, which the page may wrap anywhere, are"
                    + " joined with one space. Bullets are not kept as characters: a bulleted or numbered point is"
                    + " an item of a list whose @rend says which, and the number printed before a point (\"(1)\","
                    + " \"1.\") is its first child, label, as printed, and its @n without the punctuation (\"1\");"
                    + " a numbered list whose points all print their numbers has @rendition pointing at"
                    + " tagsDecl/rendition, which says that a renderer adds no numbers of its own. Lists nest by"
                    + " the indentation the page gives them, and bullets printed under a numbered point, even at"
                    + " its indentation, are its sub-points, a list inside its item. The reading order is the"
                    + " order of the lines in @source."
                    + " Lines the page prints that are neither paragraph nor point (the title block, role lines)"
                    + " are ab, in the page's order; a speaker's heading over the speaker's paragraphs or points"
                    + " is the head of a div of type contribution that holds them, unless it prints a number right"
                    + " under a numbered point: it is then an item of a list inside that point's item, its ab the"
                    + " heading, followed by the speaker's statements. A question-and-answer paragraph is a paragraph"
                    + " like the others. A programme part that the page names only"
                    + " in prose has no head, since the page prints none: its label and title are its event's in"
                    + " standOff, which the div's @corresp points at. A section's @n is the number its heading prints"
                    + " (\"3. Theme\" is 3), none where it prints none. A part's @n, on its div and on its event in"
                    + " standOff, is the number its heading prints (\"(2) Session One\" is 2, \"Session 1:\" is 1),"
                    + " and a part whose heading prints none has none; the event's @sortKey is the converter's place"
                    + " for the part in the programme (the session's number, else its place among the parts). Page residue"
                    + " (navigation, a site's labels, a contact line) is fw where the page prints it, in the front"
                    + " or between paragraphs and divisions (residue printed below a division's last line follows"
                    + " the division); a photo's caption (\"(Photo) ...\") is the head of a figure there, the"
                    + " picture not being kept. The title block is one titlePage; the page's date printed alone"
                    + " is its docDate, and printed with a place or other words a dateline in which only the date"
                    + " is a date. A date printed at the head of the title line in the basic format (\"19960919\")"
                    + " is a docDate of the titlePage, beside the title.")
            }
            // Every mark the page prints is kept as a character (@marks="all"), so that a renderer (the
            // TEI Stylesheets' makeQuote) adds none around q or said.
            writer.element("quotation", ["marks": "all"]) {
                writer.element("p", text: "A summary reports speech in the summariser's words. Only the content of"
                    + " what was said, the clause after a verb of saying, is said, with @direct=\"false\" and @who;"
                    + " the reporting clause stays prose, with the speaker's name as persName/@ref. A speaker's"
                    + " points printed as a list are each said whole, with @direct=\"unknown\": the summary gives"
                    + " them in the speaker's voice or in its own, and does not say which. A paragraph that is no one's statement but"
                    + " reports what people said (questions and answers) has a said for each sentence whose verb"
                    + " of saying has for subject one person of the record, named (\"Dr. A replied that\"), with"
                    + " that person's @who and the name as persName/@ref, and its @ana points, after its kind, at"
                    + " the category speech.narrated, which says that none of them is the paragraph's speaker, though"
                    + " one person alone speaks in it; a sentence whose subject is \"he\" or"
                    + " \"she\", or names two people, stays prose, since the paragraph gives no speaker to resolve it"
                    + " to. Every quotation mark the page prints is kept (@marks=\"all\"), as a character outside the element that"
                    + " holds what they enclose; a full stop or comma printed inside the closing mark stays outside"
                    + " a title or a term. What they enclose is title after words that name a title (\"entitled\","
                    + " \"titled\", \"under the theme of\", a theme \"discussed\", and a second title that \"and\" joins to one; @level m after \"the book\", \"the report\" or \"the study\","
                    + " a after \"the paper\" or \"the article\", j after \"the journal\"); q after a verb of saying"
                    + " or a colon, and for a clause of four words or more that is not a name in title case (with"
                    + " @who when it stands inside a speaker's said); soCalled for one to three words. A name quoted"
                    + " after \"project\" or \"programme\", or in title case with none of these cues, stays text,"
                    + " unless \" by \" and a person's name follow it: the marks, the title, \"by\" and the author, a"
                    + " persName (with @ref when the record lists the person), are then a bibl, a work the text cites."
                    + " A quotation that a reporting clause cuts in two (\"We must act,\" she said, \"and now.\") is"
                    + " one quotation in parts: a q for each, linked by @next and @prev."
                    + " Straight single marks, which are apostrophes as often, are not read as quotation marks.")
            }
            writer.element("interpretation") {
                writer.element("p", text: "Who held which role where (standOff/listRelation), the kind of each statement"
                    + " and section (@ana, @subtype), the speaker of a point that names none (the last speaker named"
                    + " before it), the event's kind, dates and place, and the persons' and organisations'"
                    + " identities are the converter's reading of the text; @source gives the lines each was read"
                    + " from. Dates are normalised to ISO 8601 as precisely as printed. Where a said's speaker is"
                    + " not named in its paragraph or point, @resp=\"#proceedings\" names the converter as the one"
                    + " who inferred it and @cert says how surely: high inside a contribution whose heading names"
                    + " the speaker, medium elsewhere (the last speaker named before it). A role read from a"
                    + " paragraph or point (\"X chaired the session\"), not from a line that labels it"
                    + " (\"Moderator: X\"), has @cert=\"medium\" on its relation."
                    + " In the running text of paragraphs, points and said, the words that print a name of a person"
                    + " or organisation of the record (its name, its name as printed, a variant the converter found, with"
                    + " a title printed before a person's name; a person's family name alone only in a statement on the"
                    + " lines the person was read from; an organisation's name in full or its abbreviation, or in its"
                    + " other spelling, British or American: Programme or Program, Centre or Center) are"
                    + " persName type=\"mention\" or orgName with @ref; the venue's words are placeName with @ref to the"
                    + " listed place; a date printed with its year is date with @when (a day or a month) or @from and"
                    + " @to (a range); a day printed without its year, in an event that begins and ends in one year,"
                    + " has that year, the converter's reading: @resp=\"#proceedings\", @cert=\"high\" and"
                    + " @evidence=\"internal\", as the setting's date has when its words leave the year out; one that would"
                    + " fall after both the event's last day and the page's own date in that year, which a summary may"
                    + " report as past (of a year before) or to come, is a date without a value, since its year would"
                    + " be a guess. Only whole words are marked, the longest form first; a form two of them share is"
                    + " left as text, and so is a shorter form inside it, and an organisation's name of more words that a"
                    + " capitalised word continues (the start of a longer name). In the words no such name covers,"
                    + " capitalised words of which one names an institution in the singular (Ministry, University,"
                    + " Commission, Fund, Government, ...; not Programme, which names programmes of work as often), with"
                    + " the small words inside a name (of, for, the, and), are orgName with @resp=\"#proceedings\" and"
                    + " @cert=\"medium\" and no @ref: the converter reads them as the name of a body, and does not say"
                    + " which: none is listed for them, and they point at none. Such a name begins after the position or office"
                    + " printed before it (\"Director-General of the\", \"the Presidency of the\") and ends before a"
                    + " person's title and name, and a run that names an event, a document or a project (Symposium,"
                    + " Report, Resolution, Project, ...) is none. The name of a country in the converter's list of"
                    + " countries, printed with its capitals and continued by no capitalised word, is placeName"
                    + " type=\"country\" without @ref, and so are a region of its list of regions (the United Nations'"
                    + " geographic regions and their usual names: Southeast Asia, the Middle East) with type=\"region\""
                    + " and a capital of a listed country with type=\"settlement\"; other towns and regions stay text."
                    + " None is marked inside quotation marks left as text. A body of the record named by a country's"
                    + " name alone (a state that hosts or co-hosts the event) is an org with type=\"state\"."
                    + " An organisation the text names as part of another the record lists (its name ends with the"
                    + " other's after \"of\", or the text prints the two so joined) is an org inside that one's, and"
                    + " every organisation then has @sortKey, its place in the record's list. An organisation keeps one"
                    + " name here (with its abbreviation when printed with it, @full): another form the page prints"
                    + " for it (\"Human Security Commission\" for the Commission on Human Security, a misspelling) is"
                    + " not listed as its name, and such words in running text are an orgName without @ref, as any"
                    + " body the converter does not identify, which may be a listed organisation under another name."
                    + " Nothing is marked inside a q, title or"
                    + " soCalled or across the edge of a said; the elements only wrap the printed words. The speaker's"
                    + " name in a reporting clause is persName without @type; type=\"mention\" says that the person is"
                    + " named, not speaking. An affiliation's @role says what the"
                    + " position as printed (roleName) makes the person in the organisation, from the closed list of"
                    + " the taxonomy affiliation-roles; a position whose words say none of them has no @role; a"
                    + " university's managing director is a member, not its head. Each"
                    + " position printed is an affiliation of its own (\"member of Parliament\" and \"Former Minister of"
                    + " Foreign Affairs\"; \"Professor\" and \"Director\"; the two affiliations a slash parts, \"Professor,"
                    + " X University/ Head, Y Laboratory\", each with the organisation it prints, the slash kept after the"
                    + " first's words); one printed as former has no @role, no @ref"
                    + " unless it prints the organisation's name, and @notAfter the event's first day instead of its date.")
            }
        }
    }

    /// A taxonomy of `values`, each a category whose catDesc is the value, and its gloss where given.
    static func taxonomy(_ writer: XMLWriter, _ id: String, _ description: String, _ prefix: String, _ values: [(String, String?)],
                         glosses: [String: String] = [:]) {
        writer.element("taxonomy", ["xml:id": id]) {
            writer.element("desc", text: description)
            for (value, concept) in values {
                writer.element("category", ["xml:id": prefix + value, "corresp": concept]) {
                    writer.element("catDesc", text: value + (glosses[value].map { ": " + $0 } ?? ""))
                }
            }
        }
    }
}
