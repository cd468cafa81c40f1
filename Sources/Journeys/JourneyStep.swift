import MintedAPI

/// One step of a journey: an action, its inputs, and what it must produce.
public struct JourneyStep: Decodable, Sendable, Equatable {
    /// What a step does.
    public enum Action: String, Decodable, Sendable, CaseIterable {
        case createCustomer = "create_customer"
        case useCustomer = "use_customer"
        case add, update, remove, clear
        case basket
        case waitLockExpiry = "wait_lock_expiry"
        case complete
        case balance, orders, receipt
    }

    public var action: Action
    /// A label for the report; defaults to the action and its inputs.
    public var name: String?
    public var type: BasketType?
    public var sku: String?
    public var qty: Int?
    public var customer: String?
    public var profile: CustomerProfile?
    public var address: Address?
    public var expect: Expectation?
    public var expectError: ErrorExpectation?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case action, name, type, sku, qty, customer, profile, address, expect
        case expectError = "expect_error"
    }

    /// The basket type the step works on; buy when not given.
    public var basketType: BasketType { type ?? .buy }

    /// How the report names the step.
    public var label: String {
        if let name { return name }
        return ([action.rawValue] + inputs).joined(separator: " ")
    }

    /// The step's `name`, or its inputs without the action: `sell MNTBAE0001 × 3`.
    public var summary: String { name ?? inputs.joined(separator: " ") }

    private var inputs: [String] {
        var parts: [String] = []
        if let type { parts.append(type.rawValue) }
        if let sku { parts.append(sku) }
        if let qty { parts.append("× \(qty)") }
        if let customer { parts.append(customer) }
        return parts
    }
}

/// What a successful step must show. Amounts are strings so they stay exact: `"1852.60"`.
public struct Expectation: Decodable, Sendable, Equatable {
    public var total: String?
    public var paidTotal: String?
    public var chargeFee: String?
    public var mintingFee: String?
    public var storageFee: String?
    public var chargesVat: String?
    public var deliveryCost: String?
    /// Units in the basket or order.
    public var units: Int?
    public var statusName: String?
    /// Units gained (positive) or lost per SKU across a `complete` step.
    public var walletChange: [String: Int]?
    /// Units held per SKU after a `balance` step.
    public var holdings: [String: Int]?
    /// Orders listed by an `orders` step.
    public var orderCount: Int?
    /// A `basket` or `wait_lock_expiry` step: the basket was re-priced.
    public var repriced: Bool?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case total, units, holdings, repriced
        case paidTotal = "paid_total", chargeFee = "charge_fee", mintingFee = "minting_fee", storageFee = "storage_fee"
        case chargesVat = "charges_vat", deliveryCost = "delivery_cost", statusName = "status_name"
        case walletChange = "wallet_change", orderCount = "order_count"
    }
}

/// A step that must fail: the HTTP status and, for 422, the field named.
public struct ErrorExpectation: Decodable, Sendable, Equatable {
    public var status: Int
    public var field: String?
}
