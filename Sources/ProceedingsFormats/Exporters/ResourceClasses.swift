/// The classes the linked data gives the agents and places a document names, in one place: the
/// graph types its resources with them, and `classes.csv` repeats them, so that a CSVW converter
/// types the same resources as the Turtle does, whether an authority identifies them or not.
enum ResourceClasses {
    static let person = [NS.schema + "Person", NS.foaf + "Person", NS.conf + "Person"]
    /// Also a foaf:Organization, so that each is the foaf:Agent proceedings:mentionOf's range says, as a person is.
    static let organization = [NS.schema + "Organization", NS.foaf + "Organization", NS.conf + "Organisation"]
    static let place = [NS.schema + "Place"]
    /// Where a meeting held online met: no place, as schema.org says.
    static let virtualLocation = [NS.schema + "VirtualLocation"]

    static func venue(of event: Event) -> [String] { event.isOnline ? virtualLocation : place }
    /// An organisation, and an agent in the sense of `dcterms:publisher`'s range and of FOAF.
    static let issuer = [NS.foaf + "Organization", NS.dcterms + "Agent", NS.schema + "Organization", NS.conf + "Organisation"]
    /// A document's note, its page residue and a line kept as printed, which `notes.csv` holds alike
    /// and tells apart by kind.
    static let note = NS.pro + "Note", residue = NS.pro + "Residue", printedLine = NS.pro + "PrintedLine"
}
