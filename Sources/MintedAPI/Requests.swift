/// The body of Create Basket / Add Basket Item.
public struct BasketItemAddition: Codable, Sendable, Equatable {
    public var externalCustomerId: String
    public var sku: String
    public var qty: Int
    public var type: BasketType
    /// Absent: open a new basket of that type.
    public var cartToken: String?

    public init(externalCustomerId: String, sku: String, qty: Int, type: BasketType, cartToken: String?) {
        self.externalCustomerId = externalCustomerId
        self.sku = sku
        self.qty = qty
        self.type = type
        self.cartToken = cartToken
    }

    enum CodingKeys: String, CodingKey {
        case externalCustomerId = "external_customer_id", sku, qty, type, cartToken = "cart_token"
    }
}

/// The body of Update Basket Item: `qty` is the absolute quantity.
public struct BasketItemUpdate: Codable, Sendable, Equatable {
    public var externalCustomerId: String
    public var cartToken: String
    public var sku: String
    public var qty: Int

    public init(externalCustomerId: String, cartToken: String, sku: String, qty: Int) {
        self.externalCustomerId = externalCustomerId
        self.cartToken = cartToken
        self.sku = sku
        self.qty = qty
    }

    enum CodingKeys: String, CodingKey {
        case externalCustomerId = "external_customer_id", cartToken = "cart_token", sku, qty
    }
}

/// The body of Delete Basket Item.
public struct BasketItemRemoval: Codable, Sendable, Equatable {
    public var externalCustomerId: String
    public var cartToken: String
    public var sku: String

    public init(externalCustomerId: String, cartToken: String, sku: String) {
        self.externalCustomerId = externalCustomerId
        self.cartToken = cartToken
        self.sku = sku
    }

    enum CodingKeys: String, CodingKey {
        case externalCustomerId = "external_customer_id", cartToken = "cart_token", sku
    }
}

/// The body of Clear Basket and of the three Complete calls.
public struct BasketReference: Codable, Sendable, Equatable {
    public var externalCustomerId: String
    public var cartToken: String
    /// Delivery only.
    public var shippingAddress: Address?

    public init(externalCustomerId: String, cartToken: String, shippingAddress: Address? = nil) {
        self.externalCustomerId = externalCustomerId
        self.cartToken = cartToken
        self.shippingAddress = shippingAddress
    }

    enum CodingKeys: String, CodingKey {
        case externalCustomerId = "external_customer_id", cartToken = "cart_token", shippingAddress = "shipping_address"
    }
}
