import Foundation
import MintedAPI

/// The order list: one page, filtered by basket type, status and date range, newest or oldest first.
public struct OrdersView: Sendable, Equatable {
    /// Orders per page.
    public static let pageSize = 10

    public var page = 1
    public var lastPage = 1
    public var total = 0
    /// The types shown; empty shows every type.
    public var types: Set<BasketType> = []
    /// The status shown (`f`); `.all` sends none.
    public var status: OrderStatusFilter = .all
    /// The date range shown (`r`).
    public var range: OrderDateRange = .allTime
    /// The range's days as sent (`YYYY-MM-DD`, UTC), worked out from the clock by the reducer at each load.
    public var startDate: String?
    public var endDate: String?
    /// Oldest first instead of newest first (`S`).
    public var oldestFirst = false
    public var orders: [Basket] = []
    public var selection = 0
    /// True while the page in view is being fetched.
    public var loading = false

    public init() {}

    /// The query for the page in view.
    public func query(customer: String) -> OrderQuery {
        OrderQuery(page: page, perPage: Self.pageSize, sortBy: "order_at", sortType: oldestFirst ? "asc" : "desc",
                   statusIds: status.statusIds, startDate: startDate, endDate: endDate,
                   types: BasketType.allCases.filter(types.contains), customerExternalId: customer)
    }

    /// The order under the cursor.
    public var selectedOrder: Basket? {
        orders.indices.contains(selection) ? orders[selection] : nil
    }

    /// The status, range and sort as the title line shows them, short: e.g. "Shipped · 7 days · oldest";
    /// a status or range left at "all" is not shown.
    public var filterTitle: String {
        [status == .all ? nil : status.label, range.shortLabel, oldestFirst ? "oldest" : "newest"].compactMap { $0 }
            .joined(separator: " · ")
    }
}

/// The order statuses the list can show, cycled by `f`.
public enum OrderStatusFilter: Int, Sendable, Equatable, CaseIterable {
    case all = 0
    case completed = 5
    case preparing = 6
    case packed = 7
    case shipped = 8

    public var statusIds: [Int] { self == .all ? [] : [rawValue] }

    public var label: String {
        switch self {
        case .all: "any status"
        case .completed: "Completed"
        case .preparing: "Preparing"
        case .packed: "Packed"
        case .shipped: "Shipped"
        }
    }

    /// The next filter, wrapping round to `.all`.
    public var next: OrderStatusFilter {
        let all = Self.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }
}

/// The date ranges the list can show, cycled by `r`.
public enum OrderDateRange: Sendable, Equatable, CaseIterable {
    case allTime, lastDay, lastWeek, lastMonth

    /// How far back the range reaches; nil for all time.
    public var span: TimeInterval? {
        switch self {
        case .allTime: nil
        case .lastDay: 86_400
        case .lastWeek: 7 * 86_400
        case .lastMonth: 30 * 86_400
        }
    }

    public var label: String {
        switch self {
        case .allTime: "all time"
        case .lastDay: "last 24 h"
        case .lastWeek: "last 7 days"
        case .lastMonth: "last 30 days"
        }
    }

    /// The label in the title line; nil for all time.
    public var shortLabel: String? {
        switch self {
        case .allTime: nil
        case .lastDay: "24 h"
        case .lastWeek: "7 days"
        case .lastMonth: "30 days"
        }
    }

    public var next: OrderDateRange {
        let all = Self.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }

    /// The first and last day (`YYYY-MM-DD`, UTC, both inclusive) of the range ending at `now`; nils for all time.
    /// The API takes whole days, so "last 24 h" is yesterday and today.
    public func days(endingAt now: Date) -> (start: String?, end: String?) {
        guard let span else { return (nil, nil) }
        return (Self.day(now.addingTimeInterval(-span)), Self.day(now))
    }

    /// `date` as `YYYY-MM-DD` in UTC.
    public static func day(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
