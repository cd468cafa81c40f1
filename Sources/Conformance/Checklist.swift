import Foundation
import MintedAPI

/// Where a run's checks are counted: groups by endpoint and check, in the order first met.
final class Checklist {
    private(set) var groups: [CheckGroup] = []
    private var positions: [String: Int] = [:]
    /// HTTP calls made.
    var calls = 0

    private func position(_ endpoint: String, _ check: String) -> Int {
        let key = endpoint + "\u{1F}" + check
        if let index = positions[key] { return index }
        groups.append(CheckGroup(endpoint: endpoint, check: check, passed: 0, drift: []))
        positions[key] = groups.count - 1
        return groups.count - 1
    }

    /// Counts a check that held.
    func pass(_ endpoint: String, _ check: String) {
        groups[position(endpoint, check)].passed += 1
    }

    /// Records a check that did not hold.
    func drift(_ endpoint: String, _ check: String, field: String = "", expected: String, got: String) {
        groups[position(endpoint, check)].drift.append(Drift(endpoint: endpoint, check: check, field: field, expected: expected, got: got))
    }

    /// Passes when `holds`, else records the drift.
    func expect(_ holds: Bool, _ endpoint: String, _ check: String, field: String = "", expected: @autoclosure () -> String,
                got: @autoclosure () -> String) {
        if holds { pass(endpoint, check) } else { drift(endpoint, check, field: field, expected: expected(), got: got()) }
    }

    /// An amount checked to the cent: `expected` (already computed from the answer's own figures) against what was stated.
    func money(_ endpoint: String, _ check: String, field: String, expected: Decimal, got: JSONValue?, how: String = "") {
        guard let stated = got?.decimal else {
            drift(endpoint, check, field: field, expected: "\(expected.rounded())\(how)", got: got?.brief ?? "absent")
            return
        }
        expect(stated == expected.rounded(), endpoint, check, field: field, expected: "\(expected.rounded())\(how)", got: "\(stated)")
    }
}
