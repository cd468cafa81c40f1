import MintedAPI

/// The order list: one page, newest first, filtered by basket type.
public struct OrdersView: Sendable, Equatable {
    /// Orders per page.
    public static let pageSize = 10

    public var page = 1
    public var lastPage = 1
    public var total = 0
    /// The types shown; empty shows every type.
    public var types: Set<BasketType> = []
    public var orders: [Basket] = []
    public var selection = 0
    /// True while the page in view is being fetched.
    public var loading = false

    public init() {}

    /// The query for the page in view.
    public func query(customer: String) -> OrderQuery {
        OrderQuery(page: page, perPage: Self.pageSize, sortBy: "order_at", sortType: "desc",
                   types: BasketType.allCases.filter(types.contains), customerExternalId: customer)
    }

    /// The order under the cursor.
    public var selectedOrder: Basket? {
        orders.indices.contains(selection) ? orders[selection] : nil
    }
}
