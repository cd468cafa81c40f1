import Foundation
import MintedAPI
import MintedSandbox
import Testing

/// Get Orders with its filters, sort and paging; Receipt; Get Order Invoice; delivery status over time.
@Suite struct SandboxOrderTests {
    private let customer = SandboxFixtures.customer
    private func d(_ text: String) -> Decimal { SandboxFixtures.decimal(text) }

    /// Completes a basket of `qty` × `sku` of `type` and returns the order.
    private func order(_ client: MintedClient, _ type: BasketType, _ sku: String, _ qty: Int) async throws -> Basket {
        let basket = try await client.send(.addItem(customer: customer, sku: sku, qty: qty, type: type, cartToken: nil))
        let address = type == .delivery ? Address(fullname: "Brant Ankunding", phone: "+971500000000", city: "Dubai", address: "1 Gold St") : nil
        return try await client.send(.complete(type, customer: customer, cartToken: basket.token, shippingAddress: address))
    }

    @Test func ordersAreFilteredSortedAndPaged() async throws {
        let clock = ManualClock()
        try await SandboxFixtures.withSandbox(clock: clock) { client, _ in
            #expect(try await client.send(.orders()).total == 0)
            let buy1 = try await order(client, .buy, "MNTBAE0001", 1)
            clock.advance(by: 60)
            let sell = try await order(client, .sell, "MNTBAE0001", 2)
            clock.advance(by: 60)
            let buy3 = try await order(client, .buy, "MNTBAE0001", 3)
            clock.advance(by: 60)
            let delivery = try await order(client, .delivery, "MNTBAE0001", 1)

            let all = try await client.send(.orders())
            #expect(all.total == 4 && all.data.map(\.guid) == [delivery.guid, buy3.guid, sell.guid, buy1.guid])
            #expect(all.data.allSatisfy { $0.isOrder })
            let oldestFirst = try await client.send(.orders(OrderQuery(sortBy: "order_at", sortType: "asc")))
            #expect(oldestFirst.data.map(\.guid) == [buy1.guid, sell.guid, buy3.guid, delivery.guid])
            let byTotal = try await client.send(.orders(OrderQuery(sortBy: "total", sortType: "asc")))
            #expect(byTotal.data.map(\.total) == byTotal.data.map(\.total).sorted())

            let buys = try await client.send(.orders(OrderQuery(types: [.buy])))
            #expect(buys.data.map(\.guid) == [buy3.guid, buy1.guid])
            let sellsAndDeliveries = try await client.send(.orders(OrderQuery(types: [.sell, .delivery])))
            #expect(Set(sellsAndDeliveries.data.compactMap(\.guid)) == Set([sell.guid, delivery.guid].compactMap { $0 }))
            let preparing = try await client.send(.orders(OrderQuery(statusIds: [6])))
            #expect(preparing.data.map(\.guid) == [delivery.guid])
            let byId = try await client.send(.orders(OrderQuery(orderId: sell.incrementId)))
            #expect(byId.data.map(\.guid) == [sell.guid])
            #expect(try await client.send(.orders(OrderQuery(customerExternalId: customer))).total == 4)
            #expect(try await client.send(.orders(OrderQuery(startDate: "2026-02-21"))).total == 0)
            #expect(try await client.send(.orders(OrderQuery(startDate: "2026-02-20", endDate: "2026-02-20"))).total == 4)

            let page2 = try await client.send(.orders(OrderQuery(page: 2, perPage: 3)))
            #expect(page2.currentPage == 2 && page2.lastPage == 2 && page2.total == 4 && page2.from == 4 && page2.data.map(\.guid) == [buy1.guid])
        }
    }

    @Test func badOrderQueriesAreFieldErrors() async throws {
        try await SandboxFixtures.withSandbox { client, _ in
            do {
                _ = try await client.send(.orders(OrderQuery(page: 0, perPage: 500, sortBy: "colour", sortType: "up", statusIds: [99],
                                                       startDate: "yesterday", types: [])))
                Issue.record("a bad query was accepted")
            } catch let APIError.validation(_, fields) {
                #expect(Set(fields.keys) == ["page", "total", "sortBy", "sortType", "status", "startDate"])
            }
            let badType = Endpoint(method: "GET", path: Endpoint.ordersPath, query: [URLQueryItem(name: "tx_type", value: "gift")])
            await #expect(throws: APIError.validation(message: "The selected tx_type is invalid.", fields: ["tx_type": ["The selected tx_type is invalid."]])) {
                try await client.send(.decoding(badType, as: Page<Basket>.self))
            }
            await #expect(throws: APIError.notFound(message: "customer nobody not found")) {
                try await client.send(.orders(OrderQuery(customerExternalId: "nobody")))
            }
        }
    }

    @Test func receiptAndInvoiceOfAnOrder() async throws {
        try await SandboxFixtures.withSandbox { client, _ in
            let bought = try await order(client, .buy, "MNTBAE0001", 3)
            let guid = try #require(bought.guid)
            let receipt = try await client.send(.receipt(customer: customer, guid: guid))
            #expect(receipt.guid == guid && receipt.orderId == bought.incrementId && receipt.type == "buy")
            #expect(receipt.total == d("1777.02") && receipt.chargeFee == d("31.10") && receipt.mintingFee == d("35.55"))
            #expect(receipt.storageFee == d("5.33") && receipt.chargesVat == d("3.60") && receipt.paidTotal == d("1852.60"))
            #expect(receipt.items.map(\.sku) == ["MNTBAE0001"] && receipt.statusName == "Completed" && receipt.issuedAt == bought.orderAt)

            let invoice = try await client.send(.invoice(orderId: try #require(bought.incrementId)))
            #expect(invoice.guid == guid && invoice.orderCode == bought.incrementId && invoice.total == d("1852.60"))
            #expect(try await client.send(.invoice(orderId: guid)).orderCode == bought.incrementId)

            await #expect(throws: APIError.notFound(message: "order 00000000000 not found")) { try await client.send(.invoice(orderId: "00000000000")) }
            await #expect(throws: APIError.self) { try await client.send(.receipt(customer: customer, guid: "NOT-A-GUID")) }
            let stranger = CustomerProfile(externalId: "stranger", firstname: "Sam", lastname: "Stranger", phone: "+1", identityNumber: "1")
            _ = try await client.send(.createCustomer(stranger))
            await #expect(throws: APIError.notFound(message: "order \(guid) not found for customer stranger")) {
                try await client.send(.receipt(customer: "stranger", guid: guid))
            }
            let open = try await client.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 1, type: .buy, cartToken: nil))
            await #expect(throws: APIError.self) { try await client.send(.receipt(customer: customer, guid: try #require(open.guid))) }
        }
    }

    @Test func deliveryOrdersAdvanceFromPreparingToShipped() async throws {
        let clock = ManualClock()
        let configuration = SandboxConfiguration(volatility: 0, deliveryStageSeconds: 60)
        try await SandboxFixtures.withSandbox(configuration, clock: clock) { client, _ in
            let delivered = try await order(client, .delivery, "MNTBAE0001", 2)
            #expect(delivered.statusId == 6 && delivered.statusName == "Preparing")
            func status() async throws -> (Int?, String?) {
                let order = try await client.send(.orders(OrderQuery(orderId: delivered.guid))).data.first
                return (order?.statusId, order?.statusName)
            }
            clock.advance(by: 59)
            #expect(try await status() == (6, "Preparing"))
            clock.advance(by: 1)
            #expect(try await status() == (7, "Packed"))
            clock.advance(by: 60)
            #expect(try await status() == (8, "Shipped"))
            clock.advance(by: 3_600)
            #expect(try await status() == (8, "Shipped"))
            #expect(try await client.send(.receipt(customer: customer, guid: try #require(delivered.guid))).statusName == "Shipped")
        }
    }
}
