import Foundation
import MintedAPI

/// The fault plan and the journal, kept beside the engine but outside it: they are about the wire, not the domain.
extension SandboxStore {
    /// Entries the journal keeps; older ones are forgotten (their count is not).
    static let journalCapacity = 10_000

    /// Replaces the fault plan; 422 for values out of range.
    func setFaults(_ plan: FaultPlan) throws -> FaultPlan {
        let errors = plan.errors
        guard errors.isEmpty else { throw SandboxError.fields(errors) }
        faults = plan
        return plan
    }

    /// The current fault plan.
    func currentFaults() -> FaultPlan { faults }

    /// The delay before answering, in milliseconds: the fixed latency plus up to the jitter.
    func delay() -> Int {
        faults.latencyMs + (faults.jitterMs > 0 ? Int.random(in: 0...faults.jitterMs, using: &faultRandom) : 0)
    }

    /// What happens to a request of `method` to `path`: a forced status first (spending one of its `times`),
    /// then a dropped connection, a 5xx, a malformed body, each by its rate.
    func decide(method: String, path: String) -> FaultDecision {
        if let index = faults.forced.firstIndex(where: { $0.path == path && ($0.method.map { $0.uppercased() == method } ?? true) }) {
            let status = faults.forced[index].status
            if let times = faults.forced[index].times {
                if times <= 1 { faults.forced.remove(at: index) } else { faults.forced[index].times = times - 1 }
            }
            return .status(status)
        }
        if hits(faults.dropRate) { return .drop }
        if hits(faults.errorRate) { return .status([500, 502, 503][Int.random(in: 0..<3, using: &faultRandom)]) }
        if hits(faults.malformedRate) { return .malformed }
        return .pass
    }

    /// The corruption that applies to the successful answer of a request of `method` to `path`, spending one of its
    /// `times`; nil when none does.
    func corruption(method: String, path: String) -> FaultPlan.Corruption? {
        guard let index = faults.corrupt.firstIndex(where: { $0.path == path && ($0.method.map { $0.uppercased() == method } ?? true) }) else {
            return nil
        }
        let corruption = faults.corrupt[index]
        if let times = corruption.times {
            if times <= 1 { faults.corrupt.remove(at: index) } else { faults.corrupt[index].times = times - 1 }
        }
        return corruption
    }

    /// True with probability `rate`; exactly never at 0 and always at 1.
    private func hits(_ rate: Double) -> Bool {
        guard rate > 0 else { return false }
        guard rate < 1 else { return true }
        return Double(faultRandom.next() >> 11) / Double(1 << 53) < rate
    }

    /// Appends a request to the journal, on the sandbox's clock.
    func record(method: String, uri: String, status: Int?, fault: String?) {
        journalCount += 1
        journal.append(JournalEntry(
            sequence: journalCount, at: Timestamp.microsecondString(now()), method: method, uri: uri, status: status, fault: fault
        ))
        if journal.count > Self.journalCapacity { journal.removeFirst(journal.count - Self.journalCapacity) }
    }

    /// The last `limit` journal entries, oldest first.
    func journalEntries(limit: Int) -> [JournalEntry] {
        Array(journal.suffix(max(0, limit)))
    }

    /// Forgets every journal entry.
    func clearJournal() {
        journal = []
    }
}
