import Foundation

/// The price lock on a basket: prices hold until `nextUpdate`.
public struct Pricefix: Codable, Sendable, Equatable {
    /// Whole seconds left when the server answered; negative once expired. Informational only.
    public var remaining: Int
    /// The instant the lock ends; clients count down against this, not `remaining`.
    public var nextUpdate: Date
    /// True on the first answer after the server re-priced an expired lock.
    public var updated: Bool?

    public init(remaining: Int, nextUpdate: Date, updated: Bool? = nil) {
        self.remaining = remaining
        self.nextUpdate = nextUpdate
        self.updated = updated
    }

    /// Seconds left on the lock at `now`, never negative.
    public func secondsLeft(at now: Date) -> Int {
        max(0, Int(nextUpdate.timeIntervalSince(now).rounded(.up)))
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        remaining = try container.decodeIfPresent(Int.self, forKey: .remaining) ?? 0
        nextUpdate = try container.decodeTimestamp(forKey: .nextUpdate)
        updated = try container.decodeIfPresent(Bool.self, forKey: .updated)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(remaining, forKey: .remaining)
        try container.encode(Timestamp.offsetString(nextUpdate), forKey: .nextUpdate)
        try container.encodeIfPresent(updated, forKey: .updated)
    }

    enum CodingKeys: String, CodingKey { case remaining, nextUpdate, updated }
}
