import Foundation
import MintedAPI

/// Orders: Get Orders (filters, sort, paging), Receipt and Get Order Invoice.
extension SandboxEngine {
    /// The sort keys Get Orders accepts.
    static let orderSortKeys = ["order_at", "created_at", "id", "total", "paid_total", "status_id"]

    /// One page of completed orders matching `query`; newest first unless sorted otherwise.
    /// 422 for a bad page, page size, sort, date or status; 404 for an unknown `customer_external_id`.
    public mutating func orders(_ query: OrderQuery, now: Date) throws -> Page<Basket> {
        var errors: [String: [SandboxMessage]] = [:]
        if query.page < 1 { errors["page", default: []].append(.atLeast("page", 1)) }
        if !(1...100).contains(query.perPage) { errors["total", default: []].append(.between("total", 1, 100)) }
        let sortBy = query.sortBy ?? "order_at"
        if !Self.orderSortKeys.contains(sortBy) { errors["sortBy", default: []].append(.selectedInvalid("sortBy")) }
        let sortType = query.sortType?.lowercased() ?? "desc"
        if !["asc", "desc"].contains(sortType) { errors["sortType", default: []].append(.selectedInvalid("sortType")) }
        let statuses = query.statusIds.compactMap(OrderStatus.init(rawValue:))
        if statuses.count != query.statusIds.count { errors["status", default: []].append(.selectedInvalid("status")) }
        let start = query.startDate.flatMap { Self.day($0, end: false) }
        if query.startDate != nil, start == nil { errors["startDate", default: []].append(.invalidDate("startDate")) }
        let end = query.endDate.flatMap { Self.day($0, end: true) }
        if query.endDate != nil, end == nil { errors["endDate", default: []].append(.invalidDate("endDate")) }
        guard errors.isEmpty else { throw SandboxError.fields(errors) }
        if let customer = query.customerExternalId { _ = try account(customer) }
        advance(to: now)
        let filter = SandboxDatabase.OrderFilter(
            customerId: query.customerExternalId, types: query.types, statuses: statuses, start: start, end: end,
            orderId: query.orderId, sortBy: sortBy, ascending: sortType == "asc"
        )
        let stage = configuration.deliveryStageSeconds
        let total = try database.countOrders(filter, now: now, stageSeconds: stage)
        let first = Self.pageStart(page: query.page, perPage: query.perPage, count: total)
        let slice = first < total
            ? try database.orders(filter, now: now, stageSeconds: stage, offset: first, limit: query.perPage).map(Self.order)
            : []
        return Page(
            currentPage: query.page, data: slice, lastPage: max(1, (total + query.perPage - 1) / query.perPage),
            perPage: query.perPage, total: total, from: slice.isEmpty ? nil : first + 1,
            to: slice.isEmpty ? nil : first + slice.count
        )
    }

    /// The receipt of the customer's order `guid`; 404 for an unknown customer or an order that is not theirs.
    public mutating func receipt(customer id: String, guid: String, now: Date) throws -> Receipt {
        _ = try account(id)
        advance(to: now)
        guard let row = try database.order(guid: guid, customerId: id, now: now, stageSeconds: configuration.deliveryStageSeconds) else {
            throw SandboxError.notFound(.customerOrderNotFound(guid: guid, customer: id))
        }
        let record = row.record
        let order = Self.order(row)
        return Receipt(
            guid: record.guid, orderId: order.incrementId ?? record.incrementId, type: record.type.rawValue, externalCustomerId: id,
            statusName: order.statusName, items: order.items, total: order.total, chargeFee: order.chargeFee,
            chargeFeeRate: order.chargeFeeRate, mintingFee: order.mintingFee, storageFee: order.storageFee,
            storageFeeRate: order.storageFeeRate, deliveryCost: order.deliveryCost, chargesVat: order.chargesVat,
            vatRate: order.vatRate, paidTotal: order.paidTotal, currencyCode: order.currencyCode, issuedAt: order.orderAt
        )
    }

    /// The invoice of the order whose `increment_id`, `guid` or `id` is `orderId`; 404 when there is none.
    public func invoice(orderId: String) throws -> Invoice {
        guard let row = try database.order(anyId: orderId, now: Date(), stageSeconds: configuration.deliveryStageSeconds),
              let order = row.record.order else {
            throw SandboxError.notFound(.orderNotFound(orderId))
        }
        let record = row.record
        return Invoice(
            guid: record.guid, orderCode: order.incrementId ?? record.incrementId, issuedAt: order.orderAt, total: order.paidTotal,
            currencyCode: order.currencyCode
        )
    }

    /// The frozen order of a completed row, with its status as of the row's reading.
    static func order(_ row: SandboxDatabase.OrderRow) -> Basket {
        var order = row.record.order ?? Basket(token: row.record.token, type: row.record.type, total: 0, paidTotal: 0, items: [])
        order.statusId = row.status.rawValue
        order.statusName = row.status.name
        return order
    }

    /// True when `lhs` sorts before `rhs` ascending by `key`; ties fall back to the id.
    static func precedes(_ lhs: Basket, _ rhs: Basket, by key: String) -> Bool {
        func tie() -> Bool { (lhs.id ?? 0) < (rhs.id ?? 0) }
        switch key {
        case "total": return lhs.total == rhs.total ? tie() : lhs.total < rhs.total
        case "paid_total": return lhs.paidTotal == rhs.paidTotal ? tie() : lhs.paidTotal < rhs.paidTotal
        case "status_id": return lhs.statusId == rhs.statusId ? tie() : (lhs.statusId ?? 0) < (rhs.statusId ?? 0)
        case "id": return tie()
        default:
            let left = lhs.orderAt ?? "", right = rhs.orderAt ?? ""
            return left == right ? tie() : left < right
        }
    }

    /// A `startDate` / `endDate`: `YYYY-MM-DD` (UTC; as an end it includes the whole day) or a full timestamp.
    static func day(_ text: String, end: Bool) -> Date? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
           let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
            let components = DateComponents(year: year, month: month, day: day)
            guard components.isValidDate(in: calendar), let date = calendar.date(from: components) else { return nil }
            return end ? date.addingTimeInterval(86_400) : date
        }
        guard let date = Timestamp.parse(text) else { return nil }
        return end ? date.addingTimeInterval(0.000_001) : date
    }
}
