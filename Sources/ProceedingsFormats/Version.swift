/// The toolkit's version, written into exported files so that a reader knows what produced them.
public let version = "0.1.0"
