import Foundation

enum HeaderReader {
    static func read(_ lines: [SourceLine], _ lexicon: GenreLexicon) -> Header {
        let (lines, fieldLabels) = StackedFields.joined(withTitleFieldsRead(lines))
        var header = Header()
        header.fieldLabels = fieldLabels
        var index = startAtTheBodyOverItsMinutes(lines, &header)
        var (furniture, deck) = furnitureAboveHeadline(lines, lexicon)
        furniture.formUnion(openingChrome(lines, lexicon))
        while index < lines.count {
            let line = lines[index]
            let text = LabelledFact.withoutBareNumber(withoutReadingTime(line.text))
            let shape = LineShape(line)
            if line.isBlank {
                index += 1
                continue
            }
            if bodyOverItsRecord(&index, lines, &header, lexicon) { continue }
            if setAside(text, line: line.number, into: &header, lexicon) || readMinutesTitle(text, line: line.number, into: &header)
                || readInquiryOfItsCommittee(text, line: line.number, into: &header) || addressUnderMasthead(text, line: line.number, into: &header) {
                index += 1
                continue
            }
            if header.title != nil, header.eventDate == nil, header.facts.isEmpty, isKindOverItsDate(text, at: index, in: lines, lexicon) {
                header.residue.append(TextLine(text: text, line: line.number))
                index += 1
                continue
            }
            if readMastheadColumns(text, at: index, in: lines, into: &header, lexicon) {
                index += 1
                continue
            }
            // The masthead's lines go on right under it; one it printed already may come again after a blank.
            if header.title == nil, header.masthead != nil, header.symbol == nil,
               header.residue.last?.line == line.number - 1 || header.residue.contains(where: { $0.text == text }),
               continuesMasthead(text, at: index, in: lines, lexicon) {
                header.residue.append(TextLine(text: text, line: line.number))
                index += 1
                continue
            }
            if line.number == deck, header.title != nil, header.subtitle == nil, text.prefixMatch(of: Self.supportedBy) == nil {
                // The deck under the page's facts: "Expert Group Meeting Recommends ...".
                header.subtitle = unquoted(text)
                header.subtitleLines.append(line.number)
                header.lastHeaderLine = line.number
                index += 1
                continue
            }
            if furniture.contains(line.number) {
                // "Mission to Skopje | Press release": the section's cells may say what the page is.
                if header.documentType == nil,
                   let type = text.components(separatedBy: " | ").lazy.compactMap({ DocumentTypes.line($0, lexicon, beforeTitle: true) }).first {
                    header.documentType = type
                    header.documentTypeLine = line.number
                } else if header.masthead == nil, header.residue.isEmpty, isInstitutionName(text, lexicon) {
                    header.masthead = TextLine(text: text, line: line.number)
                }
                header.residue.append(TextLine(text: text, line: line.number))
                index += 1
                continue
            }
            // A trail leads to the page, so it stands above the title block, never under its labelled facts.
            if let title = header.title, header.dateline == nil, header.documentType == nil, header.facts.isEmpty,
               Residue.isTrail(text) && (!namesMeeting(title, lexicon) || namesBodyForMeetings(title, lexicon) || opensThePage(header.titleSpan.first, lines) && text.hasPrefix("Home"))
                || Residue.isMenu(text) && !Residue.isLanguageChoice(text) && opensThePage(header.titleSpan.first, lines) || leadsToTrail(from: index, lines) && opensThePage(header, lines) {
                // "UN-Habitat" / "For a better urban future" / "News › Events": what stood above the site's
                // trail of sections was its masthead, not the title.
                demoteTitle(&header, lines)
                header.residue.append(TextLine(text: text, line: line.number))
            } else if Residue.matches(text) || Residue.isMasthead(text) || Residue.isMenu(text) || header.title == nil && Residue.isBreadcrumb(text)
                        || isByline(text) || header.title == nil && repeatsLastCrumb(text, header.residue) && DocumentTypes.line(text, lexicon, beforeTitle: true) == nil
                            && titleFollows(after: index, in: lines, lexicon) {
                header.residue.append(TextLine(text: text, line: line.number))
            } else if header.title == nil, header.dateline == nil || header.symbol != nil,
                      titleFollows(after: index, in: lines, lexicon),
                      header.documentType == nil && isMasthead(text, lexicon) || isInstitutionName(text, lexicon) && headsMore(after: index, in: lines, lexicon, chrome: furniture)
                        // "Economic and Social Commission for Asia and the Pacific" over "Expert Group Meeting on ...".
                        || text.wordCount >= 2 && DocumentTypes.line(text, lexicon, beforeTitle: true) == nil
                            && isInstitutionName(text, lexicon) && lines[(index + 1)...].first(where: { !$0.isBlank })
                            .map({ namesMeeting($0.text, lexicon) && $0.text.wordCount >= 3 && !isProse($0.text) && !isInstitutionName($0.text, lexicon) }) ?? false
                        // "Continental Early Warning System (CEWS)" under "AFRICAN UNION COMMISSION" / "Department of ...".
                        // "Net Zero Committee" / "Official Report": a type under the body is no more of its name.
                        || header.residue.last?.line == line.number - 1 && !namesMeeting(text, lexicon) && isShortLine(text)
                            && PlainTextReader.isOrganizationShape(text) && headsMore(after: index, in: lines, lexicon)
                            && DocumentTypes.line(text, lexicon, beforeTitle: true) == nil {
                // "Ministry of Foreign Affairs of Peru", "REPUBLIC OF GHANA" over the page: the site's masthead,
                // kept as printed; only an "Issued by" line says who issued the text.
                header.residue.append(TextLine(text: text, line: line.number))
                if header.masthead == nil { header.masthead = TextLine(text: text, line: line.number) }
            } else if header.title == nil, header.documentType.map({ isMinutes($0) }) == true, RosterLines.label(text, lexicon) != nil {
                // "MINUTES" / the date / "MEMBERS PRESENT:": minutes name the body that met over them, and list who was there.
                break
            } else if header.title == nil || header.symbol == nil && header.facts.isEmpty,
                      text.wholeMatch(of: symbol) != nil || isNumbered(text) {
                // "PKO/186", "No. 07/NCMA/PR/IX/2017": the document's symbol or number.
                header.symbol = TextLine(text: text, line: line.number)
            } else if let fact = SourceLines.fact(text) {
                switch fact {
                case .url(let url): header.urls.append(TextLine(text: url, line: line.number))
                case .issuer(let issuer): header.issuers.append(TextLine(text: issuer, line: line.number))
                }
            } else if isRule(text) {
                // "-----" under a masthead or over the body: a rule drawn across the page.
                header.residue.append(TextLine(text: text, line: line.number))
            } else if header.title == nil, isSectionName(text) || isSectionCells(text) || isSectionWithDate(text)
                        // "05/03/2015" alone under "Press Releases": a date that cannot be told day from month.
                        || text.wholeMatch(of: numericDate) != nil && Dates.all(in: text).isEmpty
                        || isEventCategory(text, lexicon) && titleFollows(after: index, in: lines, lexicon) || isTopicOverHeadline(text, at: index, in: lines, lexicon) {
                // "News", "Events" over the headline: the part of the site it is filed in.
                header.residue.append(TextLine(text: text, line: line.number))
            } else if header.dateline == nil, let cells = datedCells(text, lexicon) {
                // "Press release | 18 October 2021 | Brussels", "2 March 2023 · A. Author · 4 min read".
                header.dateline = cells.date
                header.datelineLine = line.number
                if header.documentType == nil, let type = cells.type {
                    header.documentType = type
                    header.documentTypeLine = line.number
                }
                if let place = cells.place { header.place = place }
            } else if header.title != nil, header.eventDate == nil, header.dateline != nil, let cells = datedCells(text, lexicon),
                      !["published", "posted", "updated"].contains(where: text.lowercased().includes) {
                // "News | May 9, 2019" over the headline, "May 7-8, 2019 · Hotel Miraflores, Lima" under it: the
                // page's date, then the event's.
                header.eventDate = (cells.date, cells.place, line.number)
                header.eventDateCue = "under-title"
            } else if header.title != nil, header.eventDate == nil, header.dateline != nil, publishedDate(text) == nil, LabelledFact(text) == nil,
                      let (date, rest) = Dates.dateline(text), date.day != nil, isShortLine(text),
                      rest.words.allSatisfy({ $0.first?.isUppercase ?? false }) {
                if header.datelineIsEvent, date.lastIso == nil, let line = header.datelineLine, let event = header.dateline {
                    // "Hangzhou, 4-6 November 2015" under the title, then "Paris, 15 January 2016": the event's days, then the page's.
                    header.eventDate = (event, header.place, line)
                    header.place = nil
                    header.dateline = date
                    header.datelineLine = lines[index].number
                } else if rest.isEmpty, let place = header.place, header.placeLines.last == line.number - 1, line.number - 1 > header.titleSpan.last {
                    // "UNESCO Headquarters, Paris, Room XI" / "9–10 October 2024" under the title: where the days were spent.
                    header.eventDate = (date, place, line.number)
                    header.place = nil
                } else {
                    // "Released 3 May 2019" over the title, "Baku, 16-17 April 2019" under it.
                    header.eventDate = (date, rest.isEmpty ? nil : rest, line.number)
                }
                header.eventDateCue = "under-title"
            } else if let (date, _) = publishedDate(text), header.title != nil || header.dateline == nil {
                // "Last updated: 21 October 2019", "Published 17.05.2016": the page's own date; a date
                // printed plainly before it, under the title, is the event's.
                if let earlier = header.dateline, header.eventDate == nil, let line = header.datelineLine {
                    header.eventDate = (earlier, header.place, line)
                    header.eventDateCue = "under-title"
                    header.place = nil
                }
                header.dateline = date
                header.datelineLine = line.number
            } else if header.documentType == nil, let title = header.title, header.dateline == nil || header.symbol != nil,
                      // "Council of X" / "Extraordinary session" / "Paris, 9–10 October 2024" / "FINAL REPORT": a title
                      // block that said when the body met is the meeting's, over the type.
                      header.eventDate == nil, let type = DocumentTypes.line(text, lexicon, beforeTitle: true), titleFollows(after: index, in: lines, lexicon),
                      // "Advisory Committee on X" / "Minutes of the Public Meeting": minutes are the body's that met, their title.
                      !(isMinutes(type) && meetsAsABody(title)),
                      isInstitutionName(title, lexicon)
                        || Patterns.namesInstitution(title) && !namesMeeting(title, lexicon) && PlainTextReader.isOrganizationShape(title)
                        // A document with a symbol prints its bodies over the type: "Working Party of Senior Budget
                        // Officials" / "SUMMARY RECORD" / the meeting.
                        || header.symbol != nil && !namesMeeting(title, lexicon)
                        // "ASEAN Regional Forum" / "Co-Chairs' Summary Report" / "ARF Workshop on ...": a short name over the
                        // type, and a longer meeting's name under it, is the body that met.
                        || title.wordCount <= 4 && header.subtitle == nil && lines[(index + 1)...].first(where: { !$0.isBlank }).map({
                            namesMeeting($0.text, lexicon) && $0.text.wordCount >= title.wordCount + 3 && !isProse($0.text)
                        }) ?? false
                        // "Fafo" / "Institute for Labour and Social Research, Oslo" / "Workshop Report" / the title: short lines that
                        // name no meeting over the type are the publisher's.
                        || !namesMeeting(title, lexicon) && title.wordCount <= 6 && header.subtitleLines.count <= 1
                            && !(header.subtitle.map { namesMeeting($0, lexicon) } ?? false)
                            && titleCandidateIndex(after: index, in: lines, lexicon).map({ candidate in
                                lines[candidate].text.wordCount >= 3 && !isPlaceLine(LineShape(lines[candidate]), lexicon) && !isAddress(lines[candidate].text)
                            }) ?? false {
                // "United Nations Educational, Scientific and Cultural Organization" / "... Sector" / "SUMMARY
                // REPORT" / the title: the body's name above the type was the masthead.
                demoteTitle(&header, lines)
                header.documentType = type
                header.documentTypeLine = line.number
            } else if header.documentType == nil || header.documentTypeCue == "document-type.before-title" && header.documentTypeLine != line.number
                        // "Transcript - 14 February 2025 - ..." over "REPORT ON PROCEEDINGS BEFORE": the record's own type says more.
                        || header.title == nil && text.lowercased().hasSuffix(" before"),
                      let type = DocumentTypes.line(text, lexicon, beforeTitle: header.title == nil || line.number == header.titleSpan.last + 1) {
                // "Outcome of the Toyama Symposium" / "Symposium Report": a type on a line of its own says what the page is
                // more plainly than a word that leads into the title.
                header.documentType = type
                header.documentTypeLine = line.number
                header.documentTypeCue = "document-type.line"
            } else if header.documentType == nil, let match = text.firstMatch(of: symbol), match.range.upperBound == text.endIndex,
                      let type = DocumentTypes.line(String(text[..<match.range.lowerBound]), lexicon) {
                // "Press ReleasePKO/186": two cells of a page's masthead run together.
                header.documentTypeCue = "document-type.before-symbol"
                header.documentType = type
                header.documentTypeLine = line.number
            } else if header.title != nil, header.eventDate == nil, let (date, place) = bracketedDate(text) {
                // "(October 20-21, 2005 in Tokyo)" under the title: when and where the event took place.
                header.eventDate = (date, place, line.number)
            } else if let match = text.wholeMatch(of: note), header.title != nil || text.hasPrefix("*") {
                header.notes.append(TextLine(text: String(match.output.1), line: line.number))
            } else if header.dateline == nil, let date = boardDate(text) ?? stackedBoardDate(at: index, in: lines) {
                // "Date : 2019-11-08   Hit : 1342": a bulletin board's post date, the page's own.
                header.dateline = date
                header.datelineLine = line.number
            } else if var fact = LabelledFact(text) ?? (shape.markers.count == 1 ? LabelledFact(shape.body) : nil),
                      !isBoardDate(fact, at: index, in: lines) {
                // "Organizer:    A (EAIHE)," / "              jointly with B": the value runs on under itself.
                while index + 1 < lines.count, lines[index + 1].indent >= 4, lines[index + 1].indent > line.indent, !lines[index + 1].isBlank,
                      LabelledFact(lines[index + 1].text) == nil {
                    index += 1
                    fact.value += " " + lines[index].text
                    header.factContinuations.append(lines[index].number)
                }
                header.facts.append((fact, line.number))
            } else if header.title != nil, header.eventDate == nil, opensWithHolding(text),
                      let date = Dates.all(in: text).first(where: { $0.day != nil }) {
                // "Held at the Pacific Hotel, Apia, on 3 May 2019" under the title: when and where the event was.
                header.eventDate = (date, placeAfterParticiple(text), line.number)
                header.eventDateCue = "under-title"
            // "Santiago, 8 June 2018.": a dateline may end with a period.
            } else if header.dateline == nil,
                      let (date, rest) = Dates.dateline(text.hasSuffix(".") && text.wordCount <= 6 ? String(text.dropLast()) : text),
                      header.title != nil || isShortLine(text.hasSuffix(".") ? String(text.dropLast()) : text) || rest.isEmpty
                        // "For immediate release — Addis Ababa, March 5, 2015": a release note, a town and the date.
                        || text.lowercased().hasPrefix("for immediate release"),
                      header.title != nil || !namesMeeting(rest, lexicon) {
                header.dateline = date
                header.datelineLine = line.number
                if let type = DocumentTypes.line(rest.trimming(.init(charactersIn: "-–—|· ")), lexicon, beforeTitle: true) {
                    // "14.05.2019 - Article": the page's date and what the page is.
                    if header.documentType == nil {
                        header.documentType = type
                        header.documentTypeLine = line.number
                    }
                } else if !rest.isEmpty, !(rest.wordCount <= 3 && namesMeeting(rest, lexicon) && isEventCategory(rest, lexicon)) {
                    // "International conference, 6-7 March 2025": the kind of event beside its days is no place.
                    header.place = rest
                }
            } else if header.dateline != nil, let time = Times.range(text) {
                header.time = TextLine(text: time, line: line.number)
            } else if header.title == nil, let (_, rest) = Dates.dateline(text), rest.isEmpty {
                // The page's date printed twice ("4 June 2009 UN Headquarters", "June 4, 2009") is no title.
                header.otherDates.append(line.number)
            } else if header.title == nil, header.documentType != nil, header.eventDate == nil, let record = recordOf(at: index, in: lines, lexicon) {
                // "SUMMARY RECORD" / "of the meeting held in Rabat on Monday 20 March 2017," / "at the House of Councillors": which
                // meeting the record is of, when and where; the title still to come.
                header.eventDate = (record.date, record.venue, line.number)
                header.eventDateCue = "record-of"
                header.placeLines += (line.number...lines[record.last].number).filter { $0 != line.number }
                header.otherDates.append(line.number)
                index = record.last + 1
                continue
            } else if header.title == nil, let by = text.prefixMatch(of: Self.hostedByLine), !text.hasSuffix(".") || text.wordCount <= 14 {
                // "Meeting hosted by the House of Councillors" over the title: who hosted it, as a labelled line says.
                header.facts.append((LabelledFact(kinds: [.organizers], value: String(text[by.range.upperBound...])), line.number))
            } else if header.title == nil, let dated = header.datelineLine,
                      (dated == line.number - 1 || header.time?.line == line.number - 1 && dated == line.number - 2)
                        && (isAddress(withoutOnline(text)) || namesHall(withoutOnline(text), lexicon) || isVenueLine(text, lexicon))
                        || (dated == line.number - 1 || header.placeLines.last == line.number - 1) && minutesUnderTheirBody(header) {
                // "Tuesday, February 20, 2024" / "1:00 PM" / "Room 5, State Office Building, St. Paul": where, under when.
                // "ADVISORY COMMITTEE ON X" / "SUMMARY MINUTES OF THE MEETING" / the date / "National Institute of Y" /
                // "Gaithersburg, Maryland": under minutes whose body is printed over their type, the lines under the date.
                let place = withoutOnline(text)
                header.place = header.placeLines.isEmpty ? place : header.place.map { "\($0), \(place)" } ?? place
                header.placeLines.append(line.number)
            } else if header.title == nil, let end = rosterAboveTitle(at: index, in: lines, lexicon) {
                (header.rostersAbove, index) = (header.rostersAbove + [index..<end], end)
                continue
            } else if header.title == nil {
                // "Can Europe still set the rules of the digital economy?": a headline may ask.
                if !shape.markers.isEmpty || isProse(text) && !(text.hasSuffix("?") && text.wordCount <= 16) && !isMinutesTitle(text)
                    || !text.contains(where: \.isLetter) || opensContents(text) && (header.documentType != nil || header.masthead != nil) {
                    // A numbered heading or a paragraph where the title should be: there is no title. Nor is a table of contents
                    // one ("Committee" / "Official Report" / the date / "CONTENTS": the body that met is).
                    break
                } else if isCategoryLabel(at: index, in: lines, lexicon) || isTrailFromHome(text) || isSittingNumber(text) && header.masthead != nil && text.wholeMatch(of: meetingNumber) == nil {
                    // "HELLENIC PARLIAMENT" / "20th PARLIAMENTARY TERM - SESSION B": which sitting, under the house's name.
                    header.residue.append(TextLine(text: text, line: line.number))
                } else {
                    index = readTitle(at: index, lines: lines, into: &header, lexicon)
                    continue
                }
            } else if header.title != nil, shape.isBullet, Headings.partKind(shape.body) != nil,
                      lines[(index + 1)...].first(where: { !$0.isBlank }).map({ LabelledFact($0.text.trimming(.whitespaces)) == nil }) ?? true {
                // "· Opening Ceremony" under the title: the programme's first part, where the body begins.
                break
            } else if header.title != nil, headsFacts(at: index, in: lines) {
                // "Event details" over "Date: ...": the heading of the facts below it.
                header.residue.append(TextLine(text: text, line: line.number))
            } else if header.title != nil, header.place == nil, let place = placeAfterEventKind(at: index, in: lines, lexicon) {
                // "Regional Research Workshop, Japan-Pacific ICT Centre, Laucala Campus, Suva" over "11–12 July 2016": the kind of
                // meeting, then where it met.
                header.place = place
                header.placeLines.append(line.number)
            } else if header.title != nil, header.subtitle == nil, namesEventOverItsDate(at: index, in: lines, lexicon) {
                // A news headline, then the event's own name over its date and place.
                header.subtitle = text
                header.subtitleLines.append(line.number)
            } else if isRepeatedTitle(text, header) {
                // Press releases print their headline twice, the second time split over lines.
                header.repeats.append(line.number)
            } else if header.dateline != nil, index > 0, !lines[index - 1].isBlank || sitsUnderItsDate(at: index, lines, header), isPlaceLine(shape, lexicon) || isPlaceInParts(text)
                        || header.datelineLine == line.number - 1 && (isAddress(text) || namesHall(text, lexicon)) {
                // Under the dateline: "Millennium United Nations Plaza Hotel", "New York", "OECD Conference Centre, 2 rue
                // André Pascal, Paris, France"; a hall under "Montevideo, 24–26 September 2025" comes before its town.
                let place = hallOverItsAddress(&header, at: index, in: lines, lexicon) ?? withoutOnline(text)
                let hall = header.datelineLine == line.number - 1 && header.place != nil && namesHall(text, lexicon) && !isPlaceInParts(header.place!)
                header.place = hall ? "\(place), \(header.place!)" : header.place.map { "\($0), \(place)" } ?? place
                header.placeLines.append(line.number)
            } else if header.datelineLine != nil, header.placeLines.isEmpty, index > 0, lines[index - 1].isBlank,
                      lines[(header.datelineLine!)..<(index - 1)].allSatisfy(\.isBlank), let town = header.place,
                      namesHall(text, lexicon) || isAddress(text), text.lowercased().includes(town.lowercased()) {
                // "Beirut, 22-23 January 2015" / "" / "Mövenpick Hotel & Resort, Raouché, Beirut, Lebanon": the hall in the town
                // that the dateline named.
                header.place = withoutOnline(text)
                header.placeLines.append(line.number)
            } else if let event = header.eventDate, event.line == line.number - 1, header.eventDateCue == "under-title",
                      case let place = text.replacing(/^(?:in|at) (?:the )?/, with: ""),
                      isPlaceLine(LineShape(SourceLine(number: line.number, indent: line.indent, text: place)), lexicon) || isAddress(place)
                        || namesHall(place, lexicon) {
                // "Montevideo, 24–26 September 2025" / "Facultad de Ciencias Sociales, Universidad de la República": the hall
                // under the town and the days; "held on Saturday 12 October 2024" / "in the Lecture Theatre, Harris Museum".
                header.eventDate = (event.date, [withoutOnline(place), event.place].compactMap { $0 }.joined(separator: ", "), event.line)
                header.placeLines.append(line.number)
            } else if header.title != nil, header.place == nil, opensWithHolding(text), Dates.all(in: text).isEmpty,
                      let place = placeAfterParticiple(text) {
                // "Held at the Avani Resort, Gaborone, Botswana" over the days: where, on a line of its own.
                header.place = place
                header.placeLines.append(line.number)
            } else if header.title != nil, header.dateline == nil, header.place == nil, isPlaceOverDate(at: index, in: lines, lexicon) {
                // Over the dateline: "Bayview Pavilion, Pasay City, Metro Manila" / "2–4 December 2019".
                header.place = text
                header.placeLines.append(line.number)
            } else if header.title != nil, header.place == nil, isRoomAddress(text) {
                header.place = text
                header.placeLines.append(line.number)
            } else if header.title != nil, text.wordCount <= 16, text.lowercased().hasPrefix("in "), organisedByLine(text) {
                header.partners.append(TextLine(text: text, line: line.number))
            } else if startsBody(shape, lexicon) || RosterLines.label(text, lexicon) != nil || isWrappedProse(at: index, in: lines)
                        // "3 Attendees": a label numbered without a stop.
                        || LabelledFact.afterBareNumber(text).map { RosterLines.label($0, lexicon) != nil } == true
                        || organisedByLine(text) {
                break
            } else if !text.contains(where: \.isLetter) {
                break
            } else if !header.facts.isEmpty, header.eventDate != nil || header.facts.contains(where: { $0.0.kinds.contains(.date) }) || text.wordCount > 12
                        || text.contains(": ") || text.hasSuffix(".") || !(text.first?.isNumber == true || Dates.opensWithDayOrMonth(text)) || !Dates.all(in: text).contains(where: { $0.day != nil && $0.year != nil }) {
                // "Under the auspices of ..." after the labels closes the title block; the event's days no label gave do not.
                break
            } else if header.dateline != nil || header.place != nil, index > 0, lines[index - 1].isBlank, index + 1 < lines.count,
                      isProse(lines[index + 1].text) || lines[index + 1].text.wordCount >= 25 {
                // "What happened" over a paragraph, once the date and place are read: the body's first heading.
                break
            } else if header.dateline != nil, header.place != nil, header.placeLines.last == index {
                // "Free event – registration essential" under the date and the place: a note for visitors.
                header.residue.append(TextLine(text: text, line: line.number))
            } else if header.title != nil, let date = Dates.all(in: text).first(where: { $0.day != nil && $0.year != nil }),
                      PlainTextReader.organisingVerb(in: text) == nil || opensWithHolding(text) {
                // "Lima, Peru, 27–28 October 2021 (hybrid format)" under the deck: when the event was, no part of the subtitle.
                if header.eventDate == nil, header.dateline == nil || header.datelineIsEvent == false {
                    // "International research workshop, 30 August – 1 September 2016": the kind of meeting is no place.
                    // "Held online on 12 May 2021", "Held in Apia on 3 May 2019": the place after the participle's preposition.
                    let place = opensWithHolding(text) ? placeAfterParticiple(text)
                        : placeBeside(date, in: text).flatMap { isEventCategory($0, lexicon) ? nil : $0 }
                    header.eventDate = (date, place, line.number)
                    header.eventDateCue = "under-title"
                } else {
                    header.residue.append(TextLine(text: text, line: line.number))
                }
            } else if header.title != nil, header.dateline != nil || header.eventDate != nil, isNotice(text, lexicon), !opensContents(text) {
                // "Add to calendar" under the page's date: a button, no deck.
                header.residue.append(TextLine(text: text, line: line.number))
            } else if header.title != nil, text.firstMatch(of: Times.clock) != nil || text.hasPrefix("[") {
                // "14:00 - 15:30 CEST  Hybrid", "[ Watch the recording ]": the hours and the page's buttons.
                header.residue.append(TextLine(text: text, line: line.number))
            } else if header.title != nil, opensContents(text) {
                // "CONTENTS" over the report's sections: the body begins with its table of contents.
                break
            } else if header.title != nil, text.hasSuffix(":"), text.wordCount <= 4 {
                // "Convened by:" over the names: a label whose value runs on below opens the page's facts.
                break
            } else if header.title != nil, text.prefixMatch(of: Self.supportedBy) != nil {
                // "Supported by: Nordic Development Fund": who paid for the meeting, a note of the page; no organiser.
                header.notes.append(TextLine(text: text, line: line.number))
            } else if header.title != nil, text.hasPrefix("(") && text.hasSuffix(")") && text.dropFirst().first?.isLowercase == true || isFormatNote(text) {
                // "(prepared by the Secretariat; last updated 22 November 2019)": a note on the page, no subtitle; so is "Hybrid".
                header.notes.append(TextLine(text: text, line: line.number))
            } else {
                addDeck(text, line: line.number, lines: lines, to: &header, lexicon)
            }
            header.lastHeaderLine = line.number
            index += 1
        }
        header.bodyStart = index
        settleTitle(&header, lines, lexicon)
        return header
    }
}
