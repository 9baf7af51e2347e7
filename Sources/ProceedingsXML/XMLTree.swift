/// An attribute of a parsed element; `namespace` is nil for unprefixed attributes.
public struct XMLAttribute: Sendable, Hashable {
    public var localName: String
    public var namespace: String?
    public var value: String

    public init(localName: String, namespace: String? = nil, value: String) {
        self.localName = localName
        self.namespace = namespace
        self.value = value
    }
}

/// A child of an element. Comments and processing instructions are not kept: nothing reads them.
public enum XMLNode: Sendable, Hashable {
    case element(XMLElement)
    case text(String)
}

/// An immutable element of a parsed document, detached from libxml2.
public struct XMLElement: Sendable, Hashable {
    /// The local name, without prefix.
    public var name: String
    public var namespace: String?
    public var attributes: [XMLAttribute]
    public var children: [XMLNode]
    /// 1-based line of the start tag.
    public var line: Int

    public init(name: String, namespace: String? = nil, attributes: [XMLAttribute] = [],
                children: [XMLNode] = [], line: Int) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.children = children
        self.line = line
    }

    /// The value of the attribute with this local name and namespace (nil: unprefixed).
    public func attribute(_ localName: String, namespace: String? = nil) -> String? {
        attributes.first { $0.localName == localName && $0.namespace == namespace }?.value
    }

    public var elements: [XMLElement] {
        children.compactMap {
            if case .element(let element) = $0 { element } else { nil }
        }
    }

    /// Child elements with this local name, in document order; `namespace` nil matches any.
    public func elements(named name: String, namespace: String? = nil) -> [XMLElement] {
        var found: [XMLElement] = []
        for case .element(let element) in children where element.name == name && (namespace == nil || element.namespace == namespace) {
            found.append(element)
        }
        return found
    }

    public func firstElement(named name: String, namespace: String? = nil) -> XMLElement? {
        for case .element(let element) in children where element.name == name && (namespace == nil || element.namespace == namespace) {
            return element
        }
        return nil
    }

    /// All descendant text concatenated in document order.
    public var textContent: String {
        children.map {
            switch $0 {
            case .element(let element): element.textContent
            case .text(let text): text
            }
        }.joined()
    }
}
