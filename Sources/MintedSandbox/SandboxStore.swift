import Foundation
import MintedAPI

/// The sandbox's state behind one actor, so that concurrent requests are served one at a time:
/// the engine, the Digest gate, and the clock both read. Each operation is one transaction of the database (a file
/// with `--state`, in memory otherwise): the orders it completes and, when the engine's state moved, its state row.
actor SandboxStore {
    private var engine: SandboxEngine
    private var gate: DigestGate
    private let clock: @Sendable () -> Date
    private let database: SandboxDatabase
    /// True with a state file: the state row is written; in memory only the orders are kept in the database.
    private let persistent: Bool
    /// `engine.revision` as last written, so that an operation that changed nothing writes nothing.
    private var savedRevision: Int
    /// Live minutes written per market.
    private var savedMinutes: [Int: Range<Int>] = [:]
    /// State rows written since the start: what a read must not add to.
    private(set) var stateWrites = 0
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
        gate = DigestGate(configuration: configuration, seed: nonceSeed)
        faults = configuration.faults
        faultRandom = SplitMix64(seed: configuration.seed ^ 0x5EED_FA17)
        let database = try stateFile?.open(configuration: configuration) ?? SandboxDatabase.inMemory()
        self.database = database
        persistent = stateFile != nil
        var savedMinutes: [Int: Range<Int>] = [:]
        let path = stateFile?.url.path ?? ":memory:"
        let snapshot: SandboxSnapshot?
        do {
            snapshot = try database.loadState(savedMinutes: &savedMinutes)
        } catch {
            throw SandboxStateFile.Failure.damaged(path: path, reason: "unreadable state: \(error)")
        }
        if let snapshot {
            let loaded: SandboxEngine
            do {
                loaded = try SandboxEngine(configuration: configuration, snapshot: snapshot, database: database)
            } catch let mismatch as SandboxEngine.SnapshotMismatch {
                throw SandboxStateFile.Failure.damaged(path: path, reason: mismatch.reason)
            }
            engine = loaded
            savedRevision = loaded.revision
        } else {
            let fresh = SandboxEngine(configuration: configuration, now: clock(), database: database)
            engine = fresh
            savedRevision = fresh.revision
            if stateFile != nil {
                do {
                    try database.connection.transaction { try database.saveState(of: fresh, savedMinutes: &savedMinutes) }
                } catch {
                    throw SandboxStateFile.Failure.unwritable(path: path, reason: "\(error)")
                }
            }
        }
        self.savedMinutes = savedMinutes
    }

    /// Runs `operation` on the engine at the clock's current time in one transaction, writing the state row when the
    /// engine's state moved. When the transaction fails the engine goes back to what the database holds.
    func perform<Result: Sendable>(_ operation: @Sendable (inout SandboxEngine, Date) throws -> Result) throws -> Result {
        let now = clock()
        let outcome: Swift.Result<Result, any Error>
        do {
            outcome = try database.connection.transaction {
                let outcome = Swift.Result { try operation(&engine, now) }
                if !persistent {
                    engine.pruneLiveMinutes()
                } else if engine.revision != savedRevision {
                    engine.pruneLiveMinutes()
                    try database.saveState(of: engine, savedMinutes: &savedMinutes)
                    stateWrites += 1
                }
                return outcome
            }
            savedRevision = engine.revision
        } catch {
            database.forgetSaved()
            reload()
            throw error
        }
        return try outcome.get()
    }

    /// The engine as the database last committed it, after a failed transaction.
    private func reload() {
        var minutes: [Int: Range<Int>] = [:]
        guard persistent, let snapshot = try? database.loadState(savedMinutes: &minutes),
              let engine = try? SandboxEngine(configuration: engine.configuration, snapshot: snapshot, database: database)
        else { return }
        self.engine = engine
        savedMinutes = minutes
        savedRevision = engine.revision
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
