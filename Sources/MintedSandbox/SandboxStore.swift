import Foundation
import MintedAPI

/// The sandbox's state behind one actor, so that concurrent requests are served one at a time:
/// the engine, the Digest gate, and the clock both read.
actor SandboxStore {
    private var engine: SandboxEngine
    private var gate: DigestGate
    private let clock: @Sendable () -> Date

    /// A store whose engine starts at the clock's current time.
    init(configuration: SandboxConfiguration, clock: @escaping @Sendable () -> Date, nonceSeed: UInt64) {
        self.clock = clock
        engine = SandboxEngine(configuration: configuration, now: clock())
        gate = DigestGate(configuration: configuration, seed: nonceSeed)
    }

    /// Runs `operation` on the engine at the clock's current time.
    func perform<Result: Sendable>(_ operation: @Sendable (inout SandboxEngine, Date) throws -> Result) throws -> Result {
        try operation(&engine, clock())
    }

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
