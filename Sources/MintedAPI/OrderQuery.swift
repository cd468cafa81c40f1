import Foundation

/// The filters, sort and paging of Get Orders.
public struct OrderQuery: Sendable, Equatable {
    public var page: Int
    public var perPage: Int
    public var sortBy: String?
    /// `asc` or `desc`.
    public var sortType: String?
    public var statusIds: [Int]
    public var startDate: String?
    public var endDate: String?
    public var types: [BasketType]
    public var customerExternalId: String?
    public var orderId: String?

    public init(page: Int = 1, perPage: Int = 20, sortBy: String? = nil, sortType: String? = nil, statusIds: [Int] = [],
                startDate: String? = nil, endDate: String? = nil, types: [BasketType] = [], customerExternalId: String? = nil,
                orderId: String? = nil) {
        self.page = page
        self.perPage = perPage
        self.sortBy = sortBy
        self.sortType = sortType
        self.statusIds = statusIds
        self.startDate = startDate
        self.endDate = endDate
        self.types = types
        self.customerExternalId = customerExternalId
        self.orderId = orderId
    }

    /// The query items as the API names them [doc]: note `customer_external_id`, unlike the bodies' `external_customer_id`.
    public var items: [URLQueryItem] {
        var items = [URLQueryItem(name: "page", value: String(page)), URLQueryItem(name: "total", value: String(perPage))]
        if let sortBy { items.append(URLQueryItem(name: "sortBy", value: sortBy)) }
        if let sortType { items.append(URLQueryItem(name: "sortType", value: sortType)) }
        if !statusIds.isEmpty { items.append(URLQueryItem(name: "status", value: statusIds.map(String.init).joined(separator: ","))) }
        if let startDate { items.append(URLQueryItem(name: "startDate", value: startDate)) }
        if let endDate { items.append(URLQueryItem(name: "endDate", value: endDate)) }
        if !types.isEmpty { items.append(URLQueryItem(name: "tx_type", value: types.map(\.rawValue).joined(separator: ","))) }
        if let customerExternalId { items.append(URLQueryItem(name: "customer_external_id", value: customerExternalId)) }
        if let orderId { items.append(URLQueryItem(name: "orderId", value: orderId)) }
        return items
    }
}

/// Order status ids [ours] and names [sibling].
public enum OrderStatus: Int, Sendable, CaseIterable, Codable {
    case created = 1, pending, processing, cancelled, completed, preparing, packed, shipped, transferring, refunding, refunded, paymentConfirmed

    /// The name the API sends as `status_name`.
    public var name: String {
        switch self {
        case .created: "Created"
        case .pending: "Pending"
        case .processing: "Processing"
        case .cancelled: "Cancelled"
        case .completed: "Completed"
        case .preparing: "Preparing"
        case .packed: "Packed"
        case .shipped: "Shipped"
        case .transferring: "Transferring"
        case .refunding: "Refunding"
        case .refunded: "Refunded"
        case .paymentConfirmed: "Payment Confirmed"
        }
    }
}
