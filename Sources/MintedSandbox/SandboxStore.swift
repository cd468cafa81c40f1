import Foundation
import MintedAPI

/// The sandbox's state behind one actor, so that concurrent requests are served one at a time:
/// the engine, the Digest gate, and the clock both read. With a state file, every change is written
/// through before the answer leaves.
actor SandboxStore {
    private var engine: SandboxEngine
    private var gate: DigestGate
    private let clock: @Sendable () -> Date
    private let stateFile: SandboxStateFile?
    /// The bytes last written, so that an operation that changed nothing writes nothing.
    private var written: Data?
    /// The faults injected into walletable requests.
    var faults: FaultPlan
    /// Decides which requests a fault rate hits; seeded, so a run with rate 1 or 0 is exact.
    var faultRandom: SplitMix64
    /// The requests received, oldest first, at most `journalCapacity`.
    var journal: [JournalEntry] = []
    /// Requests received so far, including those the journal no longer holds.
    var journalCount = 0

    /// A store whose engine starts at the clock's current time, or continues from `stateFile` when it holds a state.
    /// Throws `SandboxStateFile.Failure` for a damaged or unwritable file.
    init(configuration: SandboxConfiguration, clock: @escaping @Sendable () -> Date, nonceSeed: UInt64,
         stateFile: SandboxStateFile? = nil) throws {
        self.clock = clock
        self.stateFile = stateFile
        gate = DigestGate(configuration: configuration, seed: nonceSeed)
        faults = configuration.faults
        faultRandom = SplitMix64(seed: configuration.seed ^ 0x5EED_FA17)
        if let stateFile, let snapshot = try stateFile.load() {
            do {
                engine = try SandboxEngine(configuration: configuration, snapshot: snapshot)
            } catch let mismatch as SandboxEngine.SnapshotMismatch {
                throw SandboxStateFile.Failure.damaged(path: stateFile.url.path, reason: mismatch.reason)
            }
        } else {
            engine = SandboxEngine(configuration: configuration, now: clock())
        }
        if let stateFile {
            let data = try Self.encode(engine)
            try stateFile.save(data)
            written = data
        }
    }

    /// Runs `operation` on the engine at the clock's current time, then writes the state file if anything changed.
    func perform<Result: Sendable>(_ operation: @Sendable (inout SandboxEngine, Date) throws -> Result) throws -> Result {
        defer { persist() }
        return try operation(&engine, clock())
    }

    /// Writes the state file when the state differs from what was last written. A failed write is retried on the
    /// next change; the sandbox keeps serving.
    private func persist() {
        guard let stateFile, let data = try? Self.encode(engine), data != written else { return }
        do {
            try stateFile.save(data)
            written = data
        } catch {
            written = nil
        }
    }

    /// The state file's bytes for `engine`: sorted keys, so equal states are equal bytes.
    private static func encode(_ engine: SandboxEngine) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(engine.snapshot)
    }

    /// The sandbox's current time.
    func now() -> Date { clock() }

    /// Nil when the `Authorization` header admits the request; otherwise the `WWW-Authenticate` values of the 401.
    func challenges(authorization: String?, method: String, uri: String) -> (values: [String], stale: Bool)? {
        let now = clock()
        switch gate.verify(authorization: authorization, method: method, uri: uri, now: now) {
        case .accepted: return nil
        case .rejected: return (gate.challenges(stale: false, now: now), false)
        case .stale: return (gate.challenges(stale: true, now: now), true)
        }
    }
}
