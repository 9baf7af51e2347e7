/// One input of a run: its name as the user gave it, and its bytes.
public struct BatchInput: Sendable {
    public var name: String
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}

public struct BatchResult: Sendable {
    /// The records that could be read, in input order.
    public var records: [Record]
    public var findings: [Finding]
    /// Inputs that gave no record.
    public var failed: [String]
    /// With an authority table: what it matched and what it did not.
    public var authorityReport: AuthorityReport? = nil
}

/// A run over several inputs: each is imported on its own, a bad one never stops the others, and
/// ids are made to mean one thing across the run so that the run's tables can share them.
public enum Batch {
    /// With `authorities`, persons and organisations named in the table carry its identifiers, and
    /// all mentions of one table entry share one id; see `Identity`. With `strict`, an input with a
    /// line that could not be classified fails. Each input is read as `format`, or as the format
    /// its name and content show when `format` is nil.
    /// Inputs are read `jobs` at a time; ids are made to agree afterwards in input order, so the
    /// result is the same whatever the number of jobs.
    public static func importAll(_ inputs: [BatchInput], authorities: AuthorityTable? = nil,
                                 strict: Bool = false, format: InputFormat? = nil, jobs: Int = 1,
                                 progress: (@Sendable () -> Void)? = nil) -> BatchResult {
        var records: [Record] = []
        var findings: [Finding] = []
        var failed: [String] = []
        let results = Parallel.map(inputs, jobs: jobs) { input in
            let result = (format ?? InputFormat.detect(input.bytes, fileName: input.name))
                .importRecord(input.bytes, fileName: input.name, strict: strict)
            progress?()
            return result
        }
        for (input, result) in zip(inputs, results) {
            findings += result.findings
            if let record = result.record {
                records.append(record)
            } else {
                failed.append(input.name)
            }
        }
        let identity = Identity.resolve(reconcile(records), authorities: authorities)
        return BatchResult(records: identity.records, findings: findings + identity.findings, failed: failed,
                           authorityReport: identity.report)
    }

    /// Within a run an id names one person and one organisation. The same id with the same full
    /// name is the same entity; a different name, or a surname alone ("Dr. Tanaka" in two
    /// summaries may be two people), is kept apart under a new id rather than merged by guess.
    /// Record ids that collide are numbered.
    /// Names compare as `AuthorityTable.key`: "Sadako Ōgata" and "Sadako Ogata" are one name.
    static func reconcile(_ records: [Record]) -> [Record] {
        var personNames: [String: String] = [:]
        var organizationNames: [String: String] = [:]
        var recordIds: Set<String> = []
        return records.map { original in
            var record = original
            record.id = Ids.unique(record.id, in: recordIds)
            recordIds.insert(record.id)
            for person in original.persons {
                let key = AuthorityTable.key(person.name)
                if let known = personNames[person.id], known != key || !key.contains(" ") {
                    var taken = Set(personNames.keys).union(record.persons.map(\.id))
                    taken.formUnion(organizationNames.keys)
                    let fresh = Ids.unique(person.id, in: taken)
                    record = record.renamingPerson(person.id, to: fresh)
                    personNames[fresh] = key
                } else {
                    personNames[person.id] = key
                }
            }
            for organization in original.organizations {
                let key = AuthorityTable.key(organization.name)
                if let known = organizationNames[organization.id], known != key {
                    var taken = Set(organizationNames.keys).union(record.organizations.map(\.id))
                    taken.formUnion(personNames.keys)
                    let fresh = Ids.unique(organization.id, in: taken)
                    record = record.renamingOrganization(organization.id, to: fresh)
                    organizationNames[fresh] = key
                } else {
                    organizationNames[organization.id] = key
                }
            }
            return record
        }
    }
}
