/// A Laravel-style paginated list, as the API returns for products and orders.
public struct Page<Element: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
    public var currentPage: Int
    public var data: [Element]
    public var lastPage: Int
    public var perPage: Int
    public var total: Int
    /// The 1-based position of the first element shown; nil (`null`) on an empty page.
    public var from: Int?
    /// The 1-based position of the last element shown; nil (`null`) on an empty page.
    public var to: Int?
    /// The list's URL without a query.
    public var path: String?
    /// The URL of page 1.
    public var firstPageURL: String?
    /// The URL of the last page.
    public var lastPageURL: String?
    /// The URL of the next page; nil on the last page.
    public var nextPageURL: String?
    /// The URL of the previous page; nil on the first page.
    public var prevPageURL: String?
    /// Laravel's pager: "« Previous", each page, "Next »".
    public var links: [PageLink]?

    public init(currentPage: Int, data: [Element], lastPage: Int, perPage: Int, total: Int, from: Int? = nil, to: Int? = nil) {
        self.currentPage = currentPage
        self.data = data
        self.lastPage = lastPage
        self.perPage = perPage
        self.total = total
        self.from = from
        self.to = to
    }

    /// Decodes the required counts strictly and every link field tolerantly: a missing or odd one is nil.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        currentPage = try container.decode(Int.self, forKey: .currentPage)
        data = try container.decode([Element].self, forKey: .data)
        lastPage = try container.decode(Int.self, forKey: .lastPage)
        perPage = try container.decode(Int.self, forKey: .perPage)
        total = try container.decode(Int.self, forKey: .total)
        from = try? container.decodeIfPresent(Int.self, forKey: .from)
        to = try? container.decodeIfPresent(Int.self, forKey: .to)
        path = try? container.decodeIfPresent(String.self, forKey: .path)
        firstPageURL = try? container.decodeIfPresent(String.self, forKey: .firstPageURL)
        lastPageURL = try? container.decodeIfPresent(String.self, forKey: .lastPageURL)
        nextPageURL = try? container.decodeIfPresent(String.self, forKey: .nextPageURL)
        prevPageURL = try? container.decodeIfPresent(String.self, forKey: .prevPageURL)
        links = try? container.decodeIfPresent([PageLink].self, forKey: .links)
    }

    /// Encodes as Laravel does: `from`, `to`, `next_page_url` and `prev_page_url` are `null` rather than absent;
    /// the other link fields appear once set.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(currentPage, forKey: .currentPage)
        try container.encode(data, forKey: .data)
        try container.encodeIfPresent(firstPageURL, forKey: .firstPageURL)
        try container.encode(from, forKey: .from)
        try container.encode(lastPage, forKey: .lastPage)
        try container.encodeIfPresent(lastPageURL, forKey: .lastPageURL)
        try container.encodeIfPresent(links, forKey: .links)
        try container.encode(nextPageURL, forKey: .nextPageURL)
        try container.encodeIfPresent(path, forKey: .path)
        try container.encode(perPage, forKey: .perPage)
        try container.encode(prevPageURL, forKey: .prevPageURL)
        try container.encode(to, forKey: .to)
        try container.encode(total, forKey: .total)
    }

    enum CodingKeys: String, CodingKey {
        case currentPage = "current_page", data, lastPage = "last_page", perPage = "per_page", total, from, to, path
        case firstPageURL = "first_page_url", lastPageURL = "last_page_url", nextPageURL = "next_page_url"
        case prevPageURL = "prev_page_url", links
    }
}

/// One entry of a page's `links`: a URL (nil when it leads nowhere), its label and whether it is the current page.
public struct PageLink: Codable, Sendable, Equatable {
    public var url: String?
    public var label: String
    public var active: Bool

    public init(url: String?, label: String, active: Bool) {
        self.url = url
        self.label = label
        self.active = active
    }

    /// Tolerant: a missing label reads as empty, a missing `active` as false.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        url = try? container.decodeIfPresent(String.self, forKey: .url)
        label = (try? container.decodeIfPresent(String.self, forKey: .label)) ?? ""
        active = (try? container.decodeIfPresent(Bool.self, forKey: .active)) ?? false
    }

    /// Always writes `url`, `null` included, as Laravel does.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(url, forKey: .url)
        try container.encode(label, forKey: .label)
        try container.encode(active, forKey: .active)
    }

    enum CodingKeys: String, CodingKey { case url, label, active }
}
