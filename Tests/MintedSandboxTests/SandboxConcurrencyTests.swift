import Foundation
import MintedAPI
import MintedSandbox
import Testing

/// Many clients at once: metal and money are conserved whatever the interleaving.
@Suite struct SandboxConcurrencyTests {
    /// What one client did: units bought and sold per sku, and the money of its orders.
    struct Tally: Sendable {
        var units: [String: Int] = [:]
        var paid: Decimal = 0
        var received: Decimal = 0
        var orders = 0
    }

    private static let skus = ["MNTBAE0001", "MNTBAS0100", "MNTBAE0010"]

    private func control<Value: Codable & Sendable>(_ client: MintedClient, _ path: String, as: Value.Type) async throws -> Value {
        try await client.send(.required(Endpoint(method: "GET", path: path), as: Value.self))
    }

    @Test func fiftyClientsBuyingAndSellingConserveMetalAndMoney() async throws {
        try await SandboxFixtures.withSandbox(SandboxConfiguration(volatility: 0.002, rateStep: 0.01)) { admin, server in
            let url = try #require(await server.baseURL)
            let before = try await control(admin, "/_sandbox/ledger", as: SandboxAccounting.self)
            let tallies = try await withThrowingTaskGroup(of: Tally.self) { group in
                for index in 0..<50 {
                    group.addTask {
                        let client = MintedClient(configuration: ClientConfiguration(
                            baseURL: url, credentials: DigestCredentials(username: "sandbox", password: "sandbox"), timeout: .seconds(120)))
                        let id = "racer-\(index)"
                        _ = try await client.send(.createCustomer(CustomerProfile(
                            externalId: id, firstname: "Racer", lastname: "Number\(index)", phone: "+1", identityNumber: "\(index)")))
                        var tally = Tally()
                        for round in 0..<3 {
                            let sku = Self.skus[(index + round) % Self.skus.count]
                            let qty = 1 + (index + round) % 3
                            let buy = try await client.send(.addItem(customer: id, sku: sku, qty: qty, type: .buy, cartToken: nil))
                            let bought = try await client.send(.complete(.buy, customer: id, cartToken: buy.token))
                            tally.units[sku, default: 0] += qty
                            tally.paid += bought.paidTotal
                            tally.orders += 1
                            let sellQty = (index + round) % 2 == 0 ? qty : qty + 5
                            let sell = try await client.send(.addItem(customer: id, sku: sku, qty: sellQty, type: .sell, cartToken: nil))
                            do {
                                let sold = try await client.send(.complete(.sell, customer: id, cartToken: sell.token))
                                tally.units[sku, default: 0] -= sellQty
                                tally.received += sold.paidTotal
                                tally.orders += 1
                            } catch APIError.validation {
                                // Selling more than held is refused and changes nothing.
                            }
                        }
                        #expect(try await client.send(.balance(customer: id)).reduce(into: [String: Int]()) { $0[$1.sku] = $1.amount }
                                == tally.units.filter { $0.value > 0 })
                        return tally
                    }
                }
                return try await group.reduce(into: [Tally]()) { $0.append($1) }
            }
            #expect(tallies.count == 50)
            let after = try await control(admin, "/_sandbox/ledger", as: SandboxAccounting.self)
            for sku in Set(before.stock.keys).union(after.stock.keys) {
                let total = { (a: SandboxAccounting) in (a.stock[sku] ?? 0) + (a.held[sku] ?? 0) + (a.delivered[sku] ?? 0) }
                #expect(total(after) == total(before), "\(sku) was not conserved")
                let moved = tallies.reduce(0) { $0 + ($1.units[sku] ?? 0) }
                #expect((before.stock[sku] ?? 0) - (after.stock[sku] ?? 0) == moved)
            }
            let ledger = try #require(after.ledger["AED"])
            #expect(ledger.received == tallies.reduce(Decimal(0)) { $0 + $1.paid })
            #expect(ledger.paidOut == tallies.reduce(Decimal(0)) { $0 + $1.received })
            #expect(try await admin.send(.orders(OrderQuery(perPage: 1))).total == tallies.reduce(0) { $0 + $1.orders })
        }
    }

    @Test func racingSellersCannotSellMoreThanIsHeld() async throws {
        try await SandboxFixtures.withSandbox { admin, server in
            let url = try #require(await server.baseURL)
            let customer = SandboxFixtures.customer
            let sold = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<20 {
                    group.addTask {
                        let client = MintedClient(configuration: ClientConfiguration(
                            baseURL: url, credentials: DigestCredentials(username: "sandbox", password: "sandbox"), timeout: .seconds(120)))
                        let basket = try await client.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 5, type: .sell, cartToken: nil))
                        do {
                            _ = try await client.send(.complete(.sell, customer: customer, cartToken: basket.token))
                            return 5
                        } catch let error as APIError where [404, 422].contains(error.status ?? 0) {
                            return 0
                        }
                    }
                }
                return try await group.reduce(0, +)
            }
            #expect(sold <= 12)
            let held = try await admin.send(.balance(customer: customer)).first { $0.sku == "MNTBAE0001" }?.amount ?? 0
            #expect(held == 12 - sold)
        }
    }
}
