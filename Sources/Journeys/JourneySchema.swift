import TOMLKit

/// The words a journey file may use, checked before decoding: a mistyped action or key is named with its line and
/// the words that are valid, rather than failing on a coding path or, for a key, being ignored.
enum JourneySchema {
    static let journeyKeys = Journey.CodingKeys.allCases.map(\.stringValue).sorted()
    static let stepKeys = JourneyStep.CodingKeys.allCases.map(\.stringValue).sorted()
    static let expectKeys = Expectation.CodingKeys.allCases.map(\.stringValue).sorted()
    static let actions = JourneyStep.Action.allCases.map(\.rawValue).sorted()

    /// Throws `JourneyError.unreadable` for the first unknown action or key in `table`, parsed from `text`.
    static func check(_ table: TOMLTable, text: String, file: String) throws {
        let source = JourneySource(text)
        for key in table.keys.sorted() where !journeyKeys.contains(key) {
            throw unknown("unknown key '\(key)'", valid: journeyKeys, "keys", at: source.topLevelLine(of: key), file)
        }
        guard let steps = table["steps"]?.array else { return }
        for (index, element) in steps.enumerated() {
            guard let step = element.table else { continue }
            let prefix = "step \(index + 1): "
            if let action = step["action"]?.string, JourneyStep.Action(rawValue: action) == nil {
                throw unknown(prefix + "unknown action '\(action)'", valid: actions, "actions",
                              at: source.stepLine(index, key: "action", value: action), file)
            }
            for key in step.keys.sorted() where !stepKeys.contains(key) {
                throw unknown(prefix + "unknown key '\(key)'", valid: stepKeys, "keys", at: source.stepLine(index, key: key), file)
            }
            for key in (step["expect"]?.table?.keys ?? []).sorted() where !expectKeys.contains(key) {
                throw unknown(prefix + "unknown key '\(key)' in expect", valid: expectKeys, "expect keys",
                              at: source.stepLine(index, key: key) ?? source.stepLine(index, key: "expect"), file)
            }
        }
    }

    private static func unknown(_ what: String, valid: [String], _ kind: String, at line: Int?, _ file: String) -> JourneyError {
        .unreadable("\(file)\(line.map { ":\($0)" } ?? ""): \(what); valid \(kind): \(valid.joined(separator: ", "))")
    }
}

/// A journey file's lines, to say where a key is: TOMLKit gives positions for syntax errors only.
struct JourneySource {
    let lines: [Substring]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The 1-based line that sets `key` before the first table header.
    func topLevelLine(of key: String) -> Int? {
        let end = lines.firstIndex { $0.trimmingPrefix(while: \.isWhitespace).hasPrefix("[") } ?? lines.endIndex
        return line(of: key, in: 0..<end)
    }

    /// The 1-based line that sets `key` (to a value containing `value`, when given) in the `index`th `[[steps]]`
    /// table; the table's header when the key is not on a line of its own; nil when the steps are not tables of their own.
    func stepLine(_ index: Int, key: String, value: String? = nil) -> Int? {
        let headers = lines.indices.filter { lines[$0].filter { !$0.isWhitespace } .hasPrefix("[[steps]]") }
        guard index < headers.count else { return line(of: key, in: lines.indices, value: value) }
        let start = headers[index]
        let end = index + 1 < headers.count ? headers[index + 1] : lines.endIndex
        return line(of: key, in: (start + 1)..<end, value: value) ?? start + 1
    }

    private func line(of key: String, in range: Range<Int>, value: String? = nil) -> Int? {
        range.first { number in
            let text = lines[number].prefix { $0 != "#" }
            guard value.map({ text.contains("\"\($0)\"") || text.contains("'\($0)'") }) ?? true else { return false }
            return Self.assigns(key, in: text)
        }.map { $0 + 1 }
    }

    /// True when `text` has `key =` (bare or quoted), at its start or after `{`, `,` or a space.
    static func assigns(_ key: String, in text: Substring) -> Bool {
        var rest = text[...]
        while let found = rest.firstRange(of: key) {
            let before = text[..<found.lowerBound].last
            let after = text[found.upperBound...].drop { $0 == "\"" || $0 == "'" || $0.isWhitespace }
            if before.map({ " \t{,\"'".contains($0) }) ?? true, after.first == "=" { return true }
            rest = text[found.upperBound...]
        }
        return false
    }
}
