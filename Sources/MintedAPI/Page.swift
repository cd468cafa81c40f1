/// A Laravel-style paginated list, as the API returns for products and orders.
public struct Page<Element: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
    public var currentPage: Int
    public var data: [Element]
    public var lastPage: Int
    public var perPage: Int
    public var total: Int
    public var from: Int?
    public var to: Int?

    public init(currentPage: Int, data: [Element], lastPage: Int, perPage: Int, total: Int, from: Int? = nil, to: Int? = nil) {
        self.currentPage = currentPage
        self.data = data
        self.lastPage = lastPage
        self.perPage = perPage
        self.total = total
        self.from = from
        self.to = to
    }

    enum CodingKeys: String, CodingKey {
        case currentPage = "current_page", data, lastPage = "last_page", perPage = "per_page", total, from, to
    }
}
