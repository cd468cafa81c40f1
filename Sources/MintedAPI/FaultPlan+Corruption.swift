import Foundation

extension FaultPlan {
    /// One field of a route's successful JSON answers replaced with `value` after the request ran: the answer a host
    /// with a bug would give, for checking that clients and `minted conformance` notice.
    public struct Corruption: Codable, Sendable, Equatable {
        /// The method to match (`GET`, …); nil matches any.
        public var method: String?
        /// The exact path to match, e.g. `/partner/walletable/basket`.
        public var path: String
        /// The field replaced, dotted with array indices: `data.paid_total`, `data.items[0].total`.
        public var field: String
        /// The JSON value put there (an absent value is `null`).
        public var value: JSONValue
        /// How many more answers it applies to; nil: until removed.
        public var times: Int?

        /// A corruption.
        public init(method: String? = nil, path: String, field: String, value: JSONValue, times: Int? = nil) {
            self.method = method
            self.path = path
            self.field = field
            self.value = value
            self.times = times
        }

        /// Reads `value` as any JSON, `null` included, which `decodeIfPresent` would take for absent.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            method = try c.decodeIfPresent(String.self, forKey: .method)
            path = try c.decode(String.self, forKey: .path)
            field = try c.decode(String.self, forKey: .field)
            value = c.contains(.value) ? try c.decode(JSONValue.self, forKey: .value) : .null
            times = try c.decodeIfPresent(Int.self, forKey: .times)
        }

        enum CodingKeys: String, CodingKey { case method, path, field, value, times }
    }
}
