/// A role a librarian's correction took from the record (a role or an organiser removed, a person
/// who held no role, a name that was no person's): the page still prints it, and the TEI, which
/// records what the page prints, gives it beside the change that removed it. The other formats
/// describe the record as corrected, and say what was removed in the correction's old value.
public struct RemovedRole: Sendable, Hashable, Codable {
    /// The id of the correction that removed it.
    public var correction: String
    /// The role as it was when the correction removed it.
    public var participation: Participation
    /// The name of its holder as printed, where the correction took the holder from the record too.
    public var holderName: String?

    public init(correction: String, participation: Participation, holderName: String? = nil) {
        self.correction = correction
        self.participation = participation
        self.holderName = holderName
    }
}
