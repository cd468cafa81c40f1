/// One check that failed: the endpoint, the check, the field it looked at, what the contract or the model expects
/// and what the host answered.
public struct Drift: Sendable, Equatable, Codable {
    /// Method and path template: `POST /partner/walletable/basket`.
    public var endpoint: String
    /// The check group: `schema`, `fees`, `paid_total`, `payment`, `pricefix`, `pagination`, `order_status`, `http_status`, `envelope`, …
    public var check: String
    /// The field looked at (`data.items[0].total`), empty when the check is about the whole answer.
    public var field: String
    /// What the contract or the model expects.
    public var expected: String
    /// What the host answered.
    public var got: String
}
