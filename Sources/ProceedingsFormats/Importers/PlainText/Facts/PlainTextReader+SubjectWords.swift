import Foundation

/// The words around the subject of a sentence that says who held the meeting ("The Institute on 5 May held ..."): what is
/// no part of the subject's name, and what only a person, never a body, is called.
extension PlainTextReader {
    nonisolated(unsafe) static let dateLead = /(?:\s+(?:on|last|this))?[\s,]*$/
    nonisolated(unsafe) static let trailingWhen =
        /,?\s+(?:(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}+)[^,]*(?:,\s*\d{4})?|yesterday|today|recently)\s*,?$/

    /// The words of an office only a person holds, which no body's name begins with.
    static let personalOffices: Set<String> = ["minister", "president", "secretary", "director", "ambassador", "professor", "governor",
                                               "mayor", "chairman", "chairperson", "chairwoman", "commissioner", "senator", "rector", "dean",
                                               "senators", "representative", "representatives", "councillor", "councillors", "ministers"]

    nonisolated(unsafe) static let parentBody = /\s+under (?:the )?[A-Z][\w’'.-]*(?: (?:of|for|on|the|&|[A-Z][\w’'.-]*|\([A-Z]{2,}\)))*/
    nonisolated(unsafe) static let ordinal = /(?i)\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|annual|\d+(?:st|nd|rd|th))\b/

    static let subjectTails = [" jointly", " together", " successfully", " also", " once again", " again", " recently", " today",
                               " yesterday", " this week", " last week", " this morning", " have", " has", " had"]

    /// "The Standing Committee on Foreign Affairs met", "The Foreign Affairs, Defence and Trade Committee met": a body that sits
    /// as a committee holds the meeting it meets in; "Members of the Committee met" names no body.
    nonisolated(unsafe) static let sittingBody =
        #/^(?:The )?(?:\p{Lu}[\p{L}’'-]*,? (?:and )?)*(?:Committee|Subcommittee|Sub-Committee|Commission|Board|Council|Caucus)(?: (?:on|of|for) [^,]*)?$/#

    /// "The Committee on Political Affairs, meeting in Paris on 20 March, held": a participle set off by commas after the
    /// subject says where or when, and is no part of its name.
    nonisolated(unsafe) static let participleAfterSubject = #/, (?:meeting|sitting|gathered|gathering|convening|working) (?:in|at|on|for|from|during)\b.*$/#

    static let monthNames: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                                          "november", "december"]

    nonisolated(unsafe) static let parentAfterAcronym = /(\([A-Z]{2,}\))\s+of\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of|for|the|and|&|[A-Z][\w’'.-]*))*/

    /// "(KIEP, President PARK Seon-ju)": the body's short name, then its head by office, in the brackets after its name; only the
    /// short name is the body's.
    nonisolated(unsafe) static let headInBrackets =
        /\((\p{Lu}[\p{L}&-]{1,11}), (?:President|Director|Executive Director|Director-General|Secretary-General|Chair|Chairman|Chairperson|Rector|Dean|Head|CEO)\b[^()]{1,60}\)/
}
