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
    }
}
