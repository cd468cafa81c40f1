import Foundation
import MintedAPI
@testable import MintedSandbox
import MintedSQLite
import Testing

/// The SQLite store: a read writes nothing, a foreign file is left byte-identical, the JSON era is imported once, and
/// Get Orders answers exactly what the in-memory filter did.
@Suite struct SandboxStorageTests {
    private let customer = SandboxFixtures.customer
    private let address = Address(fullname: "B A", phone: "+971555123456", city: "Dubai", address: "1 Gold St")

    private func directory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("minted-storage-\(UUID().uuidString)")
    }

    @Test func aReadWritesNothing() async throws {
        let folder = directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = SandboxStateFile(url: folder.appendingPathComponent("sandbox.sqlite"))
        let clock = ManualClock()
        let server = try SandboxServer(configuration: SandboxFixtures.frozen, clock: clock.reading, stateFile: file)
        let customer = customer
        let order = try await server.perform { engine, now in
            let basket = try engine.addItem(customer: customer, sku: "MNTBAE0001", qty: 1, type: .buy, cartToken: nil, now: now)
            return try engine.complete(.buy, customer: customer, cartToken: basket.token, now: now)
        }
        _ = try await server.perform { engine, now in
            try engine.addItem(customer: customer, sku: "MNTBAE0001", qty: 2, type: .sell, cartToken: nil, now: now)
        }
        let writes = await server.stateWrites
        let bytes = StateDatabase.bytes(at: file.url)
        clock.advance(by: 1)
        let guid = try #require(order.guid)
        _ = try await server.perform { engine, now in
            _ = try engine.orders(OrderQuery(), now: now)
            _ = try engine.orders(OrderQuery(statusIds: [5], types: [.buy], customerExternalId: customer), now: now)
            _ = try engine.receipt(customer: customer, guid: guid, now: now)
            _ = try engine.invoice(orderId: guid)
            _ = try engine.activeBasket(customer: customer, type: .sell, now: now)
            _ = engine.currencyRates(now: now)
            _ = try engine.rateHistory(currencyId: 1_000_013, period: .day, now: now)
            return 0
        }
        #expect(await server.stateWrites == writes)
        #expect(StateDatabase.bytes(at: file.url) == bytes)
    }

    @Test func theRateWalkIsReplayedNotWrittenAndSurvivesARestart() async throws {
        let folder = directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = SandboxStateFile(url: folder.appendingPathComponent("sandbox.sqlite"))
        let clock = ManualClock()
        let first = try SandboxServer(clock: clock.reading, stateFile: file)
        clock.advance(by: 600)
        let rates = try await first.perform { engine, now in engine.currencyRates(now: now).map(\.buy) }
        #expect(await first.stateWrites == 0)
        let second = try SandboxServer(clock: clock.reading, stateFile: file)
        #expect(try await second.perform { engine, now in engine.currencyRates(now: now).map(\.buy) } == rates)
    }

    @Test(arguments: ["garbage", "foreign", "version"])
    func aDamagedOrForeignFileIsReportedAndLeftByteIdentical(kind: String) throws {
        let folder = directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("sandbox.sqlite")
        switch kind {
        case "garbage": try Data((0..<5_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }).write(to: url)
        case "foreign":
            let other = try SQLiteDatabase(path: url.path)
            try other.execute("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine')")
        default:
            let other = try SQLiteDatabase(path: url.path)
            try other.setApplicationId(SandboxDatabase.applicationId)
            try other.execute("CREATE TABLE state (key TEXT)")
            try other.setUserVersion(99)
        }
        let before = try Data(contentsOf: url)
        #expect {
            _ = try SandboxServer(configuration: SandboxFixtures.frozen, stateFile: SandboxStateFile(url: url))
        } throws: { error in
            guard case .damaged(let path, _) = error as? SandboxStateFile.Failure else { return false }
            return path == url.path
        }
        #expect(try Data(contentsOf: url) == before)
        #expect(!FileManager.default.fileExists(atPath: url.path + "-wal"))
    }

    @Test func aJSONStateIsImportedOnceAndKeptAside() async throws {
        let folder = directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let start = SandboxFixtures.start
        // A state as earlier builds wrote it: the completed basket among the others.
        var engine = SandboxEngine(configuration: SandboxFixtures.frozen, now: start)
        let bought = try engine.addItem(customer: customer, sku: "MNTBAE0001", qty: 2, type: .buy, cartToken: nil, now: start)
        let order = try engine.complete(.buy, customer: customer, cartToken: bought.token, now: start)
        let open = try engine.addItem(customer: customer, sku: "MNTBAE0001", qty: 1, type: .sell, cartToken: nil, now: start)
        var snapshot = engine.snapshot
        snapshot.baskets += try engine.database.allOrders(now: start, stageSeconds: 60).map(\.record)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = try encoder.encode(snapshot)
        let legacy = folder.appendingPathComponent("sandbox.json")
        try json.write(to: legacy)
        let file = SandboxStateFile(url: folder.appendingPathComponent("sandbox.sqlite"), importing: legacy)

        let clock = ManualClock()
        let first = try SandboxServer(configuration: SandboxFixtures.frozen, clock: clock.reading, stateFile: file)
        let customer = customer
        let check: @Sendable (inout SandboxEngine, Date) throws -> Seen = { engine, now in
            let guids = try engine.orders(OrderQuery(), now: now).data.map(\.guid)
            let held = "\(try engine.balance(customer: customer, now: now).map(\.amount))"
            let open = try engine.activeBasket(customer: customer, type: .sell, now: now)?.token
            return Seen(guids: guids, held: held, open: open)
        }
        let imported = try await first.perform(check)
        #expect(imported.guids == [order.guid] && imported.open == open.token)
        #expect(!FileManager.default.fileExists(atPath: legacy.path))
        #expect(try Data(contentsOf: SandboxStateFile.importedURL(of: legacy)) == json)

        // The JSON file put back is not imported again: the database is the state now.
        try json.write(to: legacy)
        _ = try await first.perform { engine, now in
            try engine.complete(.sell, customer: customer, cartToken: open.token, now: now)
        }
        let second = try SandboxServer(configuration: SandboxFixtures.frozen, clock: clock.reading, stateFile: file)
        let again = try await second.perform(check)
        #expect(again.guids.count == 2 && again.open == nil && again.held != imported.held)
        #expect(try StateDatabase.orderCount(at: file.url) == 2)
        #expect(try Data(contentsOf: legacy) == json)
    }

    @Test func getOrdersAnswersWhatTheInMemoryFilterDid() throws {
        let configuration = SandboxConfiguration(volatility: 0.002, deliveryStageSeconds: 60)
        var now = SandboxFixtures.start
        var engine = SandboxEngine(configuration: configuration, now: now)
        let customers = [customer] + (1...3).map { "cust-\($0)" }
        for id in customers.dropFirst() {
            _ = try engine.createCustomer(CustomerProfile(externalId: id, firstname: "Fay", lastname: id, phone: "+1", identityNumber: id), now: now)
        }
        let skus = ["MNTBAE0001", "MNTBAE0010", "MNTBAS0100"]
        for index in 0..<60 {
            let id = customers[index % customers.count]
            let sku = skus[index % skus.count]
            let buy = try engine.addItem(customer: id, sku: sku, qty: 1 + index % 3, type: .buy, cartToken: nil, now: now)
            _ = try engine.complete(.buy, customer: id, cartToken: buy.token, now: now)
            now += 41
            if index % 3 == 0 {
                let sell = try engine.addItem(customer: id, sku: sku, qty: 1, type: .sell, cartToken: nil, now: now)
                _ = try engine.complete(.sell, customer: id, cartToken: sell.token, now: now)
            } else if index % 3 == 1, sku != "MNTBAS0100" {
                let delivery = try engine.addItem(customer: id, sku: sku, qty: 1, type: .delivery, cartToken: nil, now: now)
                _ = try engine.complete(.delivery, customer: id, cartToken: delivery.token, shippingAddress: address, now: now)
            }
            now += 3_600 * 7
        }
        now -= 3_600 * 7 - 70
        let rows = try engine.database.allOrders(now: now, stageSeconds: 60)
        #expect(rows.count > 80)
        let day = { (offset: Int) in String(Timestamp.microsecondString(SandboxFixtures.start + TimeInterval(offset) * 86_400).prefix(10)) }
        var queries: [OrderQuery] = []
        for sortBy in [nil, "order_at", "created_at", "id", "total", "paid_total", "status_id"] {
            for sortType in [nil, "asc", "desc"] {
                queries.append(OrderQuery(page: 2, perPage: 7, sortBy: sortBy, sortType: sortType))
            }
        }
        queries += [
            OrderQuery(perPage: 100),
            OrderQuery(perPage: 5, statusIds: [6, 7]),
            // A status filter alone is counted as every order minus the deliveries of the other statuses.
            OrderQuery(page: 2, perPage: 7, sortBy: "total", sortType: "asc", statusIds: [5]),
            OrderQuery(perPage: 100, statusIds: [5, 8]),
            OrderQuery(perPage: 100, statusIds: [1]),
            OrderQuery(page: 3, perPage: 9, sortBy: "status_id", sortType: "asc", statusIds: [5, 6, 7, 8]),
            OrderQuery(perPage: 100, statusIds: [8], types: [.delivery]),
            OrderQuery(page: 3, perPage: 4, sortBy: "total", sortType: "asc", types: [.buy, .sell], customerExternalId: "cust-2"),
            OrderQuery(perPage: 50, startDate: day(2), endDate: day(5)),
            OrderQuery(perPage: 50, startDate: Timestamp.microsecondString(SandboxFixtures.start + 86_400), customerExternalId: customer),
            OrderQuery(orderId: rows[3].record.incrementId),
            OrderQuery(orderId: rows[4].record.guid),
            OrderQuery(orderId: String(rows[5].record.id)),
            OrderQuery(page: 99, perPage: 10),
            OrderQuery(page: Int.max, perPage: 100),
        ]
        for query in queries {
            let page = try engine.orders(query, now: now)
            let expected = reference(rows.map(\.record), query, engine: engine, now: now)
            #expect(page.data.map(\.guid) == expected.map(\.guid), "\(query)")
            #expect(page.data.map(\.statusId) == expected.map(\.statusId), "\(query)")
            #expect(page.total == reference(rows.map(\.record), OrderQuery(page: 1, perPage: 100_000, sortBy: query.sortBy, sortType: query.sortType,
                                                                          statusIds: query.statusIds, startDate: query.startDate, endDate: query.endDate,
                                                                          types: query.types, customerExternalId: query.customerExternalId,
                                                                          orderId: query.orderId), engine: engine, now: now).count)
        }
    }

    /// What the import test reads back.
    private struct Seen: Sendable {
        var guids: [String?]
        var held: String
        var open: String?
    }

    /// Get Orders as it was before SQLite: filter, sort and slice the records in memory.
    private func reference(_ records: [BasketRecord], _ query: OrderQuery, engine: SandboxEngine, now: Date) -> [Basket] {
        let sortBy = query.sortBy ?? "order_at"
        let sortType = query.sortType?.lowercased() ?? "desc"
        let statuses = query.statusIds.compactMap(OrderStatus.init(rawValue:))
        let start = query.startDate.flatMap { SandboxEngine.day($0, end: false) }
        let end = query.endDate.flatMap { SandboxEngine.day($0, end: true) }
        var matching = records.filter { record in
            guard let completedAt = record.completedAt else { return false }
            if let customer = query.customerExternalId, record.customerId != customer { return false }
            if !query.types.isEmpty, !query.types.contains(record.type) { return false }
            if !statuses.isEmpty, !statuses.contains(engine.status(record, now: now)) { return false }
            if let start, completedAt < start { return false }
            if let end, completedAt >= end { return false }
            if let orderId = query.orderId, ![record.incrementId, record.guid, String(record.id)].contains(orderId) { return false }
            return true
        }.map { record in
            var order = record.order!
            let status = engine.status(record, now: now)
            order.statusId = status.rawValue
            order.statusName = status.name
            return order
        }
        matching.sort { lhs, rhs in
            sortType == "asc" ? SandboxEngine.precedes(lhs, rhs, by: sortBy) : SandboxEngine.precedes(rhs, lhs, by: sortBy)
        }
        let first = SandboxEngine.pageStart(page: query.page, perPage: query.perPage, count: matching.count)
        return Array(matching[first..<min(first + query.perPage, matching.count)])
    }
}
