import Foundation
import MintedAPI

/// What a conformance run found: every check group in the order first met, the calls made and notes on what the run
/// left behind.
public struct ConformanceReport: Sendable, Equatable, Codable {
    /// The host walked.
    public var host: String
    /// Whether buy, sell and delivery were run (`--write`).
    public var wrote: Bool
    /// HTTP calls made (a Digest challenge and its retry count once).
    public var calls: Int
    /// Every check group, in the order first met.
    public var groups: [CheckGroup]
    /// What the run created and removed, or left behind.
    public var notes: [String]

    /// Every drift, in the order found.
    public var drift: [Drift] { groups.flatMap(\.drift) }

    /// Checks made, passed or not.
    public var checks: Int { groups.reduce(0) { $0 + $1.passed + $1.drift.count } }

    /// True when no check drifted.
    public var isClean: Bool { groups.allSatisfy(\.isClean) }

    /// The drift for `endpoint` (method and template) and `check`.
    public func drift(endpoint: String, check: String) -> [Drift] {
        drift.filter { $0.endpoint == endpoint && $0.check == check }
    }

    /// One line: `conformance: 412 checks in 38 calls to http://127.0.0.1:8080 (read-only): no drift`.
    public var summary: String {
        let mode = wrote ? "read and write" : "read-only"
        let outcome = isClean ? "no drift" : "\(drift.count) drift in \(groups.filter { !$0.isClean }.count) check groups"
        return "conformance: \(checks) checks in \(calls) calls to \(host) (\(mode)): \(outcome)"
    }

    /// The drift as an aligned table (endpoint, check, expected, got), or nil without drift.
    public var table: String? {
        guard !isClean else { return nil }
        let rows = [["endpoint", "check", "expected", "got"]] + drift.map { drift in
            [drift.endpoint, drift.field.isEmpty ? drift.check : "\(drift.check) \(drift.field)", Self.cell(drift.expected), Self.cell(drift.got)]
        }
        let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            zip(row, widths).enumerated().map { index, pair in
                index == 3 ? pair.0 : pair.0.padding(toLength: pair.1, withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    /// A cell of at most 60 characters on one line.
    static func cell(_ text: String) -> String {
        let line = text.replacingOccurrences(of: "\n", with: " ")
        return line.count > 60 ? String(line.prefix(59)) + "…" : line
    }

    /// The report as JSON: host, mode, calls, checks, every group with its drift, notes.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// JUnit XML: one testcase per check group (classname the endpoint, name the check), failing with its drift.
    public func junit() -> String {
        let failures = groups.filter { !$0.isClean }.count
        var xml = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        xml += #"<testsuites name="minted conformance" tests="\#(groups.count)" failures="\#(failures)">"# + "\n"
        xml += #"  <testsuite name="\#(XMLText.attribute("conformance " + host))" tests="\#(groups.count)" failures="\#(failures)">"# + "\n"
        for group in groups {
            let name = #"classname="\#(XMLText.attribute(group.endpoint))" name="\#(XMLText.attribute(group.check))""#
            guard let first = group.drift.first else {
                xml += "    <testcase \(name)/>\n"
                continue
            }
            let message = "\(first.field.isEmpty ? group.check : first.field): expected \(first.expected), got \(first.got)"
            let detail = group.drift.map { "\($0.field.isEmpty ? $0.check : $0.field): expected \($0.expected), got \($0.got)" }
                .joined(separator: "\n")
            xml += "    <testcase \(name)>\n"
            xml += #"      <failure message="\#(XMLText.attribute(message))" type="drift">\#(XMLText.text(detail))</failure>"# + "\n"
            xml += "    </testcase>\n"
        }
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }
}
