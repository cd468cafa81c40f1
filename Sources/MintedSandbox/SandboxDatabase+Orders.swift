import Foundation
import MintedAPI
import MintedSQLite

/// Completed orders: one row each, written on completion and read by Get Orders, Receipt and Get Order Invoice.
extension SandboxDatabase {
    /// A completed order as a row yields it: the record (with its frozen order) and its status now.
    struct OrderRow {
        var record: BasketRecord
        var status: OrderStatus
    }

    /// The filters and order of one Get Orders page, already validated.
    struct OrderFilter {
        var customerId: String?
        var types: [BasketType]
        var statuses: [OrderStatus]
        var start: Date?
        var end: Date?
        var orderId: String?
        var sortBy: String
        var ascending: Bool
    }

    /// Adds the completed `record`.
    func insertOrder(_ record: BasketRecord) throws {
        guard let order = record.order, let completedAt = record.completedAt else { return }
        let body = try JSONEncoder().encode(record)
        try connection.run("""
            INSERT INTO orders (id, guid, token, increment_id, customer_id, type, completed_at, order_at, total, paid_total, delivery)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [
                .integer(Int64(record.id)), .text(record.guid), .text(record.token), .text(order.incrementId ?? record.incrementId),
                .text(record.customerId), .text(record.type.rawValue), .real(completedAt.timeIntervalSinceReferenceDate),
                .text(order.orderAt ?? ""), .real(Self.number(order.total)), .real(Self.number(order.paidTotal)),
                .integer(record.type == .delivery ? 1 : 0),
            ])
        try connection.run("INSERT INTO order_records (id, record) VALUES (?, ?)", [.integer(Int64(record.id)), .blob(body)])
    }

    /// True when the customer's basket `token` became an order.
    func hasOrder(token: String, customerId: String) throws -> Bool {
        try connection.integer("SELECT 1 FROM orders WHERE token = ? AND customer_id = ? LIMIT 1",
                               [.text(token), .text(customerId)]) != nil
    }

    /// The number of orders matching `filter` at `now`. Without filters it is SQLite's count of a whole table, a walk
    /// over its smallest index's pages; so with a status filter alone, the orders that are not deliveries (status 5)
    /// are every order minus the deliveries, and only deliveries are counted one by one.
    func countOrders(_ filter: OrderFilter, now: Date, stageSeconds: TimeInterval) throws -> Int {
        let (clause, values) = Self.whereClause(filter, now: now, stageSeconds: stageSeconds)
        guard filter.customerId == nil, filter.types.isEmpty, filter.start == nil, filter.end == nil, filter.orderId == nil,
              !filter.statuses.isEmpty else {
            return try count("SELECT COUNT(*) FROM orders\(clause)", values)
        }
        let statuses = Set(filter.statuses.map(\.rawValue)), time = Array(values.prefix(2))
        let completed = OrderStatus.completed.rawValue
        let delivered = statuses.contains(completed) ? Set(Self.deliveryStatuses).subtracting(statuses) : statuses
        let deliveries = delivered.isEmpty ? 0 : try count(
            "SELECT COUNT(*) FROM orders WHERE delivery = 1 AND \(Self.statusExpression) IN (\(delivered.sorted().map(String.init).joined(separator: ", ")))",
            time)
        return statuses.contains(completed) ? try count("SELECT COUNT(*) FROM orders", []) - deliveries : deliveries
    }

    /// The statuses a delivery moves through; every other order is `completed` (5).
    static let deliveryStatuses = [OrderStatus.preparing, .packed, .shipped].map(\.rawValue)

    /// `COUNT(*)` of `sql` with `values` bound (those past its last parameter left out).
    private func count(_ sql: String, _ values: [SQLiteValue]) throws -> Int {
        let statement = try query(sql, values)
        defer { try? statement.run() }
        return try statement.step() ? statement.int(0) : 0
    }

    /// `sql` prepared with `values` bound to its parameters: a clause's values always start with now and the stage
    /// length, which a statement without a status term does not name.
    private func query(_ sql: String, _ values: [SQLiteValue]) throws -> SQLiteStatement {
        let statement = try connection.prepare(sql)
        return try statement.bind(Array(values.prefix(statement.parameterCount)))
    }

    /// Orders matching `filter` in its order, `limit` of them from `offset`.
    func orders(_ filter: OrderFilter, now: Date, stageSeconds: TimeInterval, offset: Int, limit: Int) throws -> [OrderRow] {
        let (clause, values) = Self.whereClause(filter, now: now, stageSeconds: stageSeconds)
        let key = switch filter.sortBy {
        case "total": "total"
        case "paid_total": "paid_total"
        case "status_id": Self.statusExpression
        case "id": "id"
        default: "order_at"
        }
        let direction = filter.ascending ? "ASC" : "DESC"
        let order = key == "id" ? "id \(direction)" : "\(key) \(direction), id \(direction)"
        // The page's ids first, from a covering index where there is one; then each record by its id.
        let page: [Int64]
        if key == Self.statusExpression {
            page = try statusPage(clause: clause, values: values, ascending: filter.ascending, offset: offset, limit: limit)
        } else {
            let ids = try query("SELECT id FROM orders\(clause) ORDER BY \(order) LIMIT ?\(values.count + 1) OFFSET ?\(values.count + 2)",
                                values + [.integer(Int64(limit)), .integer(Int64(offset))])
            var found: [Int64] = []
            while try ids.step() { found.append(ids.int64(0)) }
            page = found
        }
        let now = SQLiteValue.real(now.timeIntervalSinceReferenceDate), stage = SQLiteValue.real(stageSeconds)
        return try page.flatMap { id in
            try rows("SELECT record, \(Self.statusExpression) FROM orders JOIN order_records USING (id) WHERE id = ?3", [now, stage, .integer(id)])
        }
    }

    /// The ids of a page sorted by status, then id: each status in turn is a segment of `orders_by_status` walked in id
    /// order (status 5 is every order but a delivery's; 6, 7 and 8 are deliveries by the time since completion), so no
    /// sort of every matching order is needed; a segment before the page is only counted.
    private func statusPage(clause: String, values: [SQLiteValue], ascending: Bool, offset: Int, limit: Int) throws -> [Int64] {
        var skip = offset
        var page: [Int64] = []
        for status in ascending ? [5, 6, 7, 8] : [8, 7, 6, 5] where page.count < limit {
            let sql = Self.statusSegmentSQL(clause: clause, status: status, ascending: ascending, parameters: values.count)
            if skip > 0 {
                // Without filters, the orders that are not deliveries are every order minus the deliveries (see `countOrders`).
                let segmentCount = clause.isEmpty && status == OrderStatus.completed.rawValue
                    ? try count("SELECT COUNT(*) FROM orders", []) - count("SELECT COUNT(*) FROM orders WHERE delivery = 1", [])
                    : try count("SELECT COUNT(*) FROM orders\(Self.clause(clause, and: Self.segment(status)))", values)
                if skip >= segmentCount {
                    skip -= segmentCount
                    continue
                }
            }
            let ids = try query(sql, values + [.integer(Int64(limit - page.count)), .integer(Int64(skip))])
            while try ids.step() { page.append(ids.int64(0)) }
            skip = 0
        }
        return page
    }

    /// The orders of `status` among those of `clause`: the delivery flag, then for a delivery its time-bound status.
    static func segment(_ status: Int) -> String {
        status == OrderStatus.completed.rawValue ? "delivery = 0" : "delivery = 1 AND \(statusExpression) = \(status)"
    }

    /// One status segment's page of ids, by id; its limit and offset are the parameters after `clause`'s `parameters`.
    static func statusSegmentSQL(clause: String, status: Int, ascending: Bool, parameters: Int) -> String {
        let direction = ascending ? "ASC" : "DESC"
        return "SELECT id FROM orders\(Self.clause(clause, and: segment(status))) ORDER BY delivery \(direction), id \(direction) "
            + "LIMIT ?\(parameters + 1) OFFSET ?\(parameters + 2)"
    }

    /// The customer's order `guid`, or nil.
    func order(guid: String, customerId: String, now: Date, stageSeconds: TimeInterval) throws -> OrderRow? {
        try rows("SELECT record, \(Self.statusExpression) FROM orders JOIN order_records USING (id) WHERE guid = ?3 AND customer_id = ?4",
                 [.real(now.timeIntervalSinceReferenceDate), .real(stageSeconds), .text(guid), .text(customerId)]).first
    }

    /// The order whose `increment_id`, `guid` or `id` is `orderId`, or nil.
    func order(anyId orderId: String, now: Date, stageSeconds: TimeInterval) throws -> OrderRow? {
        let (clause, values) = Self.idClause(orderId, firstParameter: 3)
        return try rows("SELECT record, \(Self.statusExpression) FROM orders JOIN order_records USING (id) WHERE \(clause) ORDER BY id LIMIT 1",
                        [.real(now.timeIntervalSinceReferenceDate), .real(stageSeconds)] + values).first
    }

    /// Every completed order, oldest first.
    func allOrders(now: Date, stageSeconds: TimeInterval) throws -> [OrderRow] {
        try rows("SELECT record, \(Self.statusExpression) FROM orders JOIN order_records USING (id) ORDER BY id",
                 [.real(now.timeIntervalSinceReferenceDate), .real(stageSeconds)])
    }

    private func rows(_ sql: String, _ values: [SQLiteValue]) throws -> [OrderRow] {
        let statement = try connection.prepare(sql).bind(values)
        var rows: [OrderRow] = []
        let decoder = JSONDecoder()
        while try statement.step() {
            guard let body = statement.blob(0) else { continue }
            let record = try decoder.decode(BasketRecord.self, from: body)
            rows.append(OrderRow(record: record, status: OrderStatus(rawValue: statement.int(1)) ?? .completed))
        }
        return rows
    }

    /// An order's status from `?1` (now, seconds since 2001) and `?2` (`deliveryStageSeconds`): the same arithmetic as
    /// `SandboxEngine.status(_:now:)`, so that status filters and sorts are exact.
    static let statusExpression = """
        (CASE WHEN type <> 'delivery' THEN 5 WHEN ?2 <= 0 THEN 8 WHEN (?1 - completed_at) / ?2 < 1 THEN 6 \
        WHEN (?1 - completed_at) / ?2 < 2 THEN 7 ELSE 8 END)
        """

    /// ` WHERE …` for `filter` (empty without filters) and its values; parameters 1 and 2 are now and the stage length.
    static func whereClause(_ filter: OrderFilter, now: Date, stageSeconds: TimeInterval) -> (String, [SQLiteValue]) {
        var values: [SQLiteValue] = [.real(now.timeIntervalSinceReferenceDate), .real(stageSeconds)]
        var terms: [String] = []
        func parameter(_ value: SQLiteValue) -> String {
            values.append(value)
            return "?\(values.count)"
        }
        if let customer = filter.customerId { terms.append("customer_id = \(parameter(.text(customer)))") }
        if !filter.types.isEmpty {
            terms.append("type IN (\(filter.types.map { parameter(.text($0.rawValue)) }.joined(separator: ", ")))")
        }
        if !filter.statuses.isEmpty {
            terms.append("\(statusExpression) IN (\(filter.statuses.map { parameter(.integer(Int64($0.rawValue))) }.joined(separator: ", ")))")
        }
        if let start = filter.start { terms.append("completed_at >= \(parameter(.real(start.timeIntervalSinceReferenceDate)))") }
        if let end = filter.end { terms.append("completed_at < \(parameter(.real(end.timeIntervalSinceReferenceDate)))") }
        if let orderId = filter.orderId {
            let (clause, idValues) = idClause(orderId, firstParameter: values.count + 1)
            values.append(contentsOf: idValues)
            terms.append(clause)
        }
        // Parameters 1 and 2 come first even when no term names them: bind with `query`, which leaves out values past a
        // statement's last parameter. No filter, no clause: SQLite counts a whole table by its pages.
        return (terms.isEmpty ? "" : " WHERE " + terms.joined(separator: " AND "), values)
    }

    /// `clause` (empty or ` WHERE …`) with `term` added.
    static func clause(_ clause: String, and term: String) -> String {
        clause.isEmpty ? " WHERE \(term)" : "\(clause) AND \(term)"
    }

    /// `(increment_id = … OR guid = … OR id = …)`; the id only when `orderId` is a canonical integer, as `String(id)` is.
    static func idClause(_ orderId: String, firstParameter: Int) -> (String, [SQLiteValue]) {
        var clause = "(increment_id = ?\(firstParameter) OR guid = ?\(firstParameter)"
        var values: [SQLiteValue] = [.text(orderId)]
        if let id = Int64(orderId), String(id) == orderId {
            clause += " OR id = ?\(firstParameter + 1)"
            values.append(.integer(id))
        }
        return (clause + ")", values)
    }

    /// A money amount as a sortable number.
    static func number(_ amount: Decimal) -> Double {
        NSDecimalNumber(decimal: amount).doubleValue
    }
}
