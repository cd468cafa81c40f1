/// Range checks on counts read from the network, before any arithmetic sees them.
extension KeyedDecodingContainer {
    /// The most units a count from the network may be: far beyond any stock, and sums of many stay inside `Int`.
    static var maximumUnits: Int { 1_000_000_000 }

    /// A unit count in `0...maximumUnits`; anything else is a decoding error naming the field, not a later trap in
    /// `amount + 1`.
    func decodeUnits(forKey key: Key) throws -> Int {
        let value = try decode(Int.self, forKey: key)
        guard (0...Self.maximumUnits).contains(value) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "\(value) units is out of range")
        }
        return value
    }
}
