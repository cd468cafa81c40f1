import Foundation

/// The payment block of a basket (seed 004).
public struct Payment: Codable, Sendable, Equatable {
    public var redirectUrl: String?
    public var token: String?
    public var is3d: Bool?
    public var authMode: String?
    public var amount: Decimal?
    public var state: String?
    /// Spelled as the vendor spells it.
    public var comission: Decimal?
    public var total: Decimal?
    /// The payment provider's details once paid; `null` before (seed 004). Shape undocumented, so kept as raw JSON.
    public var details: JSONValue?

    public init(amount: Decimal?, state: String?, comission: Decimal?, total: Decimal?) {
        self.redirectUrl = ""
        self.token = ""
        self.is3d = false
        self.authMode = ""
        self.amount = amount
        self.state = state
        self.comission = comission
        self.total = total
    }

    enum CodingKeys: String, CodingKey {
        case redirectUrl = "redirect_url", token, is3d = "is_3d", authMode = "auth_mode", amount, state, comission, total
        case details
    }

    /// Encodes as seed 004 does: `details` is an explicit null until there are details.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(redirectUrl, forKey: .redirectUrl)
        try c.encodeIfPresent(token, forKey: .token)
        try c.encodeIfPresent(is3d, forKey: .is3d)
        try c.encodeIfPresent(authMode, forKey: .authMode)
        try c.encodeIfPresent(amount, forKey: .amount)
        try c.encodeIfPresent(state, forKey: .state)
        try c.encodeIfPresent(comission, forKey: .comission)
        try c.encodeIfPresent(total, forKey: .total)
        try c.encode(details ?? .null, forKey: .details)
    }
}
