import Foundation
import MintedAPI
@testable import MintedSandbox
import MintedSQLite
import Testing

/// Schema version 3: customers and baskets are rows of their own (in `state`), a change rewrites only its rows; a
/// version 1 or 2 file is migrated in place; the `status_id` sort walks an index instead of sorting every order.
@Suite struct SandboxStateRowsTests {
    private let address = Address(fullname: "B A", phone: "+971555123456", city: "Dubai", address: "1 Gold St")

    private func directory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("minted-rows-\(UUID().uuidString)")
    }

    @Test func aChangeRewritesOnlyItsOwnRows() async throws {
        let folder = directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = SandboxStateFile(url: folder.appendingPathComponent("sandbox.sqlite"))
        let clock = ManualClock()
        let server = try SandboxServer(configuration: SandboxFixtures.frozen, clock: clock.reading, stateFile: file)
        let tokens = try await server.perform { engine, now in
            try (0..<30).map { index in
                let id = "rows-\(index)"
                _ = try engine.createCustomer(CustomerProfile(externalId: id, firstname: "Row", lastname: id, phone: "+1", identityNumber: id), now: now)
                return try engine.addItem(customer: SandboxEngine.demoCustomerId, sku: "MNTBAE0001", qty: 1, type: .sell, cartToken: nil, now: now).token
            }
        }
        // Which rows each later change writes, as triggers of this connection see them (a replace is an insert).
        _ = try await server.perform { engine, _ in
            try engine.database.connection.execute("""
                CREATE TEMP TABLE written (what TEXT);
                CREATE TEMP TRIGGER state_written AFTER INSERT ON main.state BEGIN
                    INSERT INTO written VALUES (CASE WHEN NEW.key LIKE 'basket %' THEN 'basket' ELSE NEW.key END);
                END;
                CREATE TEMP TRIGGER state_deleted AFTER DELETE ON main.state BEGIN
                    INSERT INTO written VALUES (CASE WHEN OLD.key LIKE 'basket %' THEN 'basket gone' ELSE 'gone: ' || OLD.key END);
                END;
                """)
            return 0
        }
        let written: @Sendable (inout SandboxEngine, Date) throws -> [String] = { engine, _ in
            let statement = try engine.database.connection.prepare("SELECT what FROM written ORDER BY what").bind([])
            var rows: [String] = []
            while try statement.step() { rows.append(statement.text(0) ?? "") }
            try engine.database.connection.execute("DELETE FROM written")
            return rows
        }
        // 29 replaced baskets and 31 customers are kept; a new basket writes its row and the counters (its id, tokens).
        let bought = try await server.perform { engine, now in
            try engine.addItem(customer: "rows-7", sku: "MNTBAE0001", qty: 2, type: .buy, cartToken: nil, now: now).token
        }
        #expect(try await server.perform(written) == ["basket", "counters"])
        _ = try await server.perform { engine, now in try engine.complete(.buy, customer: "rows-7", cartToken: bought, now: now) }
        #expect(Set(try await server.perform(written)).subtracting(["counters"]) == ["basket gone", "customer rows-7", "engine"])
        _ = try await server.perform { engine, now in try engine.removeCustomer("rows-3", now: now) }
        #expect(try await server.perform(written).allSatisfy { !$0.hasPrefix("customer") })
        #expect(try await server.perform { engine, _ in
            try engine.database.connection.integer("SELECT COUNT(*) FROM state WHERE key = 'customer rows-3'")
        } == 0)

        // What was written is what a restart reads.
        let seen: @Sendable (inout SandboxEngine, Date) throws -> String = { engine, now in
            "\(engine.customers.keys.sorted()) \(try engine.balance(customer: "rows-7", now: now).map(\.amount)) "
                + "\(engine.baskets.map(\.token)) \(engine.baskets.map(\.state)) \(engine.stock.sorted { $0.key < $1.key })"
        }
        let before = try await server.perform(seen)
        #expect(before.contains(tokens.last!))
        let again = try SandboxServer(configuration: SandboxFixtures.frozen, clock: clock.reading, stateFile: file)
        #expect(try await again.perform(seen) == before)
    }

    /// A database as version 1 wrote it: the whole state in the `engine` row, orders without `delivery`.
    static let version1Schema = """
        CREATE TABLE state (key TEXT PRIMARY KEY, value BLOB NOT NULL);
        CREATE TABLE orders (
            id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE, token TEXT NOT NULL, increment_id TEXT NOT NULL,
            customer_id TEXT NOT NULL, type TEXT NOT NULL, completed_at REAL NOT NULL, order_at TEXT NOT NULL,
            total REAL NOT NULL, paid_total REAL NOT NULL
        );
        CREATE TABLE order_records (id INTEGER PRIMARY KEY, record BLOB NOT NULL);
        CREATE INDEX orders_by_customer ON orders (customer_id, order_at, id, type, completed_at);
        CREATE INDEX orders_by_type ON orders (type, order_at, id, completed_at);
        CREATE INDEX orders_by_time ON orders (order_at, id, customer_id, type, completed_at);
        CREATE INDEX orders_by_total ON orders (total, id, customer_id, type, completed_at);
        CREATE INDEX orders_by_paid_total ON orders (paid_total, id, customer_id, type, completed_at);
        CREATE INDEX orders_by_increment ON orders (increment_id);
        CREATE INDEX orders_by_token ON orders (token);
        CREATE TABLE rate_minutes (
            market INTEGER NOT NULL, position INTEGER NOT NULL, cents INTEGER NOT NULL, PRIMARY KEY (market, position)
        ) WITHOUT ROWID;
        """

    /// Writes a version 1 database at `url` holding `engine`'s state (`engineRow` instead when given) and its orders.
    private func writeVersion1(at url: URL, engine: SandboxEngine, now: Date, engineRow: Data? = nil) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let database = try SQLiteDatabase(path: url.path)
        try database.setApplicationId(SandboxDatabase.applicationId)
        try database.execute(Self.version1Schema)
        try database.setUserVersion(1)
        try database.execute("PRAGMA journal_mode = WAL")
        let row = try engineRow ?? JSONEncoder().encode(engine.snapshot(liveHistory: false))
        try database.run("INSERT INTO state (key, value) VALUES ('engine', ?)", [.blob(row)])
        for order in try engine.database.allOrders(now: now, stageSeconds: 60) {
            let record = order.record
            try database.run("""
                INSERT INTO orders (id, guid, token, increment_id, customer_id, type, completed_at, order_at, total, paid_total)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [
                    .integer(Int64(record.id)), .text(record.guid), .text(record.token), .text(record.incrementId),
                    .text(record.customerId), .text(record.type.rawValue), .real(record.completedAt!.timeIntervalSinceReferenceDate),
                    .text(record.order!.orderAt!), .real(SandboxDatabase.number(record.order!.total)),
                    .real(SandboxDatabase.number(record.order!.paidTotal)),
                ])
            try database.run("INSERT INTO order_records (id, record) VALUES (?, ?)", [.integer(Int64(record.id)), .blob(try JSONEncoder().encode(record))])
        }
        // Live minutes by position after the generated year.
        for market in engine.markets {
            for (position, cents) in market.history.dropFirst(Market.pastMinutes).enumerated() {
                try database.run("INSERT INTO rate_minutes (market, position, cents) VALUES (?, ?, ?)",
                                 [.integer(Int64(market.id)), .integer(Int64(position)), .integer(Int64(cents))])
            }
        }
    }

    @Test func aVersion1FileIsMigratedInPlace() async throws {
        let folder = directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("sandbox.sqlite")
        let configuration = SandboxConfiguration(volatility: 0.002, deliveryStageSeconds: 60)
        let start = SandboxFixtures.start
        var engine = SandboxEngine(configuration: configuration, now: start)
        let customer = SandboxFixtures.customer
        let buy = try engine.addItem(customer: customer, sku: "MNTBAE0001", qty: 2, type: .buy, cartToken: nil, now: start)
        let bought = try engine.complete(.buy, customer: customer, cartToken: buy.token, now: start)
        let send = try engine.addItem(customer: customer, sku: "MNTBAE0001", qty: 1, type: .delivery, cartToken: nil, now: start)
        let sent = try engine.complete(.delivery, customer: customer, cartToken: send.token, shippingAddress: address, now: start)
        let open = try engine.addItem(customer: customer, sku: "MNTBAE0001", qty: 1, type: .sell, cartToken: nil, now: start)
        _ = engine.currencyRates(now: start + 600)
        try writeVersion1(at: url, engine: engine, now: start + 600)
        #expect(engine.markets.allSatisfy { $0.history.count == Market.pastMinutes + 10 })

        let clock = ManualClock(start + 630)
        let server = try SandboxServer(configuration: configuration, clock: clock.reading, stateFile: SandboxStateFile(url: url))
        let answer: @Sendable (inout SandboxEngine, Date) throws -> [String] = { engine, now in
            let byStatus = try engine.orders(OrderQuery(sortBy: "status_id", sortType: "desc"), now: now).data
            return [
                "\(byStatus.map(\.guid)) \(byStatus.map(\.statusId))",
                "\(try engine.balance(customer: customer, now: now).map(\.amount))",
                "\(try engine.activeBasket(customer: customer, type: .sell, now: now)?.token ?? "none")",
            ]
        }
        let migrated = try await server.perform(answer)
        #expect(migrated[0] == "\([sent.guid, bought.guid]) \([Optional(8), Optional(5)])")
        // The live minutes kept their minutes: the day view is the one the version 1 sandbox would answer.
        var original = engine
        let day = try original.rateHistory(currencyId: 1_000_013, period: .day, now: start + 630)
        #expect(try await server.perform { engine, now in try engine.rateHistory(currencyId: 1_000_013, period: .day, now: now) } == day)
        #expect(migrated[2] == open.token)
        #expect(try SQLiteDatabase(path: url.path, create: false).userVersion == Int(SandboxDatabase.schemaVersion))
        let again = try SandboxServer(configuration: configuration, clock: clock.reading, stateFile: SandboxStateFile(url: url))
        #expect(try await again.perform(answer) == migrated)
    }

    /// Turns the version 3 database at `url` back into what version 2 wrote: `customers` and `baskets` tables, a rowid
    /// `state`, `orders_by_type`.
    private func downgradeToVersion2(at url: URL) throws {
        let database = try SQLiteDatabase(path: url.path, create: false)
        try database.transaction {
            try database.execute("""
                CREATE TABLE customers (id TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID;
                CREATE TABLE baskets (id INTEGER PRIMARY KEY, value BLOB NOT NULL);
                INSERT INTO customers SELECT substr(key, 10), value FROM state WHERE key LIKE 'customer %';
                INSERT INTO baskets SELECT CAST(substr(key, 8) AS INTEGER), value FROM state WHERE key LIKE 'basket %';
                CREATE TABLE state_v2 (key TEXT PRIMARY KEY, value BLOB NOT NULL);
                INSERT INTO state_v2 SELECT key, value FROM state WHERE key IN ('engine', 'counters');
                DROP TABLE state;
                ALTER TABLE state_v2 RENAME TO state;
                CREATE INDEX orders_by_type ON orders (type, order_at, id, completed_at);
                """)
            try database.setUserVersion(2)
        }
    }

    @Test func aVersion2FileIsMigratedInPlace() async throws {
        let folder = directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("sandbox.sqlite")
        let file = SandboxStateFile(url: url)
        let configuration = SandboxConfiguration(volatility: 0.002, deliveryStageSeconds: 60)
        let clock = ManualClock()
        let customer = SandboxFixtures.customer
        let answer: @Sendable (inout SandboxEngine, Date) throws -> [String] = { engine, now in
            let byStatus = try engine.orders(OrderQuery(sortBy: "status_id", sortType: "desc", types: [.delivery, .buy]), now: now)
            return [
                "\(byStatus.data.map(\.guid)) \(byStatus.data.map(\.statusId)) \(byStatus.total)",
                "\(try engine.balance(customer: customer, now: now).map(\.amount))",
                "\(engine.customers.keys.sorted()) \(engine.baskets.map(\.token)) \(engine.baskets.map(\.state))",
            ]
        }
        let written = try await {
            let server = try SandboxServer(configuration: configuration, clock: clock.reading, stateFile: file)
            return try await server.perform { engine, now in
                _ = try engine.createCustomer(CustomerProfile(externalId: "second", firstname: "Second", lastname: "Second", phone: "+1", identityNumber: "2"),
                                              now: now)
                let buy = try engine.addItem(customer: customer, sku: "MNTBAE0001", qty: 2, type: .buy, cartToken: nil, now: now)
                _ = try engine.complete(.buy, customer: customer, cartToken: buy.token, now: now)
                let send = try engine.addItem(customer: customer, sku: "MNTBAE0001", qty: 1, type: .delivery, cartToken: nil, now: now)
                _ = try engine.complete(.delivery, customer: customer, cartToken: send.token, shippingAddress: address, now: now)
                _ = try engine.addItem(customer: customer, sku: "MNTBAE0001", qty: 1, type: .sell, cartToken: nil, now: now)
                _ = try engine.addItem(customer: customer, sku: "MNTBAE0001", qty: 1, type: .sell, cartToken: nil, now: now)
                return try answer(&engine, now)
            }
        }()
        try downgradeToVersion2(at: url)
        #expect(try SQLiteDatabase(path: url.path, create: false).userVersion == 2)
        let server = try SandboxServer(configuration: configuration, clock: clock.reading, stateFile: file)
        #expect(try await server.perform(answer) == written)
        let database = try SQLiteDatabase(path: url.path, create: false)
        #expect(try database.userVersion == Int(SandboxDatabase.schemaVersion))
        #expect(try database.integer("SELECT COUNT(*) FROM sqlite_master WHERE name IN ('customers', 'baskets', 'orders_by_type')") == 0)
        #expect(try database.integer("SELECT COUNT(*) FROM state WHERE key LIKE 'basket %'") == 2)
    }

    @Test func aVersion1FileWithAnUnreadableStateIsReportedAndLeftAlone() throws {
        let folder = directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("sandbox.sqlite")
        let engine = SandboxEngine(configuration: SandboxFixtures.frozen, now: SandboxFixtures.start)
        try writeVersion1(at: url, engine: engine, now: SandboxFixtures.start, engineRow: Data(#"{"version": 1}"#.utf8))
        let before = StateDatabase.bytes(at: url)
        #expect {
            _ = try SandboxServer(configuration: SandboxFixtures.frozen, stateFile: SandboxStateFile(url: url))
        } throws: { error in
            guard case .damaged(let path, _) = error as? SandboxStateFile.Failure else { return false }
            return path == url.path
        }
        #expect(StateDatabase.bytes(at: url) == before)
        #expect(try SQLiteDatabase(path: url.path, create: false).userVersion == 1)
    }

    @Test(arguments: [true, false])
    func theStatusSortWalksAnIndexInsteadOfSortingEveryOrder(ascending: Bool) throws {
        let database = SandboxDatabase.inMemory()
        let filter = SandboxDatabase.OrderFilter(customerId: nil, types: [], statuses: [], start: nil, end: nil, orderId: nil,
                                                 sortBy: "status_id", ascending: ascending)
        let (clause, values) = SandboxDatabase.whereClause(filter, now: SandboxFixtures.start, stageSeconds: 60)
        for status in [5, 6, 7, 8] {
            let sql = SandboxDatabase.statusSegmentSQL(clause: clause, status: status, ascending: ascending, parameters: values.count)
            let plan = try Self.plan(sql, database: database)
            #expect(plan.contains("orders_by_status") && !plan.contains("TEMP B-TREE"), "\(status): \(plan)")
        }
        // The single query it replaces sorted every matching order.
        let sorted = try Self.plan("SELECT id FROM orders\(clause) ORDER BY \(SandboxDatabase.statusExpression), id LIMIT 20", database: database)
        #expect(sorted.contains("TEMP B-TREE"))
    }

    private static func plan(_ sql: String, database: SandboxDatabase) throws -> String {
        let statement = try database.connection.prepare("EXPLAIN QUERY PLAN " + sql).bind([])
        var lines: [String] = []
        while try statement.step() { lines.append(statement.text(3) ?? "") }
        return lines.joined(separator: "; ")
    }
}
