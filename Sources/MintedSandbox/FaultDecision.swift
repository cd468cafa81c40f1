/// What the fault plan does to one request.
enum FaultDecision: Sendable, Equatable {
    /// Serve it normally.
    case pass
    /// Answer this status with the error envelope, without running.
    case status(Int)
    /// Answer 200 with a truncated JSON body, without running.
    case malformed
    /// Close the connection without answering.
    case drop
}
