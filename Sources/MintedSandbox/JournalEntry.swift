import Foundation

/// One request the sandbox received, as `GET /_sandbox/journal` lists it.
public struct JournalEntry: Codable, Sendable, Equatable {
    /// Its place in arrival order, from 1.
    public var sequence: Int
    /// When it arrived, on the sandbox's clock (order timestamp shape).
    public var at: String
    public var method: String
    /// Path and query as sent.
    public var uri: String
    /// The status answered; nil when the connection was dropped.
    public var status: Int?
    /// The fault injected, if any: `status`, `malformed` or `drop`.
    public var fault: String?
}
