/// One step of a dotted JSON path such as `data.items[0].total`: an object key or an array index.
public enum JSONPathStep: Sendable, Equatable {
    case key(String)
    case index(Int)

    /// The steps of `path` (`data.items[0].total`), or nil when it is empty or malformed (an empty key, a bad index).
    public static func parse(_ path: String) -> [JSONPathStep]? {
        var steps: [JSONPathStep] = []
        for part in path.split(separator: ".", omittingEmptySubsequences: false) {
            var rest = Substring(part)
            let key = rest.prefix { $0 != "[" }
            guard !key.isEmpty, !key.contains("]") else { return nil }
            steps.append(.key(String(key)))
            rest = rest.dropFirst(key.count)
            while !rest.isEmpty {
                guard rest.first == "[", let close = rest.firstIndex(of: "]") else { return nil }
                let digits = rest[rest.index(after: rest.startIndex)..<close]
                guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), let index = Int(digits) else { return nil }
                steps.append(.index(index))
                rest = rest[rest.index(after: close)...]
            }
        }
        return steps.isEmpty ? nil : steps
    }
}

extension JSONValue {
    /// The value at `steps`, or nil when the path leads nowhere.
    public func value(at steps: some Collection<JSONPathStep>) -> JSONValue? {
        guard let step = steps.first else { return self }
        switch (step, self) {
        case (.key(let key), .object(let object)): return object[key]?.value(at: steps.dropFirst())
        case (.index(let index), .array(let array)) where array.indices.contains(index): return array[index].value(at: steps.dropFirst())
        default: return nil
        }
    }

    /// A copy with the value at `steps` replaced by `value` (a missing last key is added), or nil when the path
    /// leads nowhere.
    public func replacing(at steps: some Collection<JSONPathStep>, with value: JSONValue) -> JSONValue? {
        guard let step = steps.first else { return value }
        switch (step, self) {
        case (.key(let key), .object(var object)):
            if steps.count == 1 { object[key] = value; return .object(object) }
            guard let child = object[key]?.replacing(at: steps.dropFirst(), with: value) else { return nil }
            object[key] = child
            return .object(object)
        case (.index(let index), .array(var array)) where array.indices.contains(index):
            guard let child = array[index].replacing(at: steps.dropFirst(), with: value) else { return nil }
            array[index] = child
            return .array(array)
        default: return nil
        }
    }
}
