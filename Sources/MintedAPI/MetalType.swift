/// The metal a product or currency is made of.
public enum MetalType: String, Codable, Sendable, CaseIterable {
    case gold, silver
}

/// The three basket kinds of the walletable flow.
public enum BasketType: String, Codable, Sendable, CaseIterable {
    case buy, sell, delivery
}
