extension Format {
    /// A summary as published, the toolkit's reason to be; what no other format recognises is read
    /// as one, and its importer says what it cannot read.
    public static let plainText = Format(
        name: "text", title: "plain text", mediaType: "text/plain", fileExtension: "txt",
        recognition: Recognition(isFallback: true),
        importer: .file(FileReader { bytes, fileName, options in
            let result = PlainTextImporter.importRecord(bytes, fileName: fileName, strict: options.strict, lexicon: options.lexicon)
            return (result.record, result.findings)
        }))
}
