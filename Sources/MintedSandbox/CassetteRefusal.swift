import Foundation

/// A request a deck answers with the sandbox's error envelope: nothing recorded for it, or the host did not answer.
public struct CassetteRefusal: Error, Sendable, Equatable {
    public var status: Int
    public var message: SandboxMessage

    public init(status: Int, message: SandboxMessage) {
        self.status = status
        self.message = message
    }
}
