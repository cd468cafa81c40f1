import Foundation

/// Direct access to the store, as a request has it: for benchmarks and tests that fill or inspect a sandbox without HTTP.
extension SandboxServer {
    /// Runs `operation` on the engine as one request would: one transaction, the state row written when it changed.
    public func perform<Result: Sendable>(_ operation: @Sendable (inout SandboxEngine, Date) throws -> Result) async throws -> Result {
        try await store.perform(operation)
    }

    /// State rows written since the start; a read adds none.
    public var stateWrites: Int {
        get async { await store.stateWrites }
    }
}
