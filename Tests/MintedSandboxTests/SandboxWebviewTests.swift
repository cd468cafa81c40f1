import Foundation
import MintedAPI
import MintedSandbox
import MintedTesting
import Testing

/// The Embedded Webview endpoints: a Digest-issued bearer token that expires.
@Suite struct SandboxWebviewTests {
    private let customer = SandboxFixtures.customer

    @Test func aBearerTokenReadsAndCompletesTheBuyBasket() async throws {
        let clock = ManualClock()
        let configuration = SandboxConfiguration(volatility: 0, webviewTokenTTL: 600)
        try await SandboxFixtures.withSandbox(configuration, clock: clock) { client, _ in
            let session = try await client.send(.webviewToken(customer: customer))
            #expect(session.token.count == 40)
            #expect(Timestamp.parse(session.expiresAt) == SandboxFixtures.start.addingTimeInterval(600))
            #expect(try await client.send(.webviewBasket(token: session.token)) == nil)
            await #expect(throws: APIError.notFound(message: "Record Not Found"), "seed 000's answer when no basket is open") {
                try await client.raw(.webviewBasket(token: session.token))
            }

            let basket = try await client.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 1, type: .buy, cartToken: nil))
            let seen = try #require(try await client.send(.webviewBasket(token: session.token)))
            #expect(seen.token == basket.token && seen.price == basket.total)
            let order = try await client.send(.webviewComplete(token: session.token, cartToken: basket.token))
            #expect(order.isOrder)
            await #expect(throws: APIError.self) { try await client.send(.webviewComplete(token: session.token, cartToken: basket.token)) }

            clock.advance(by: 600)
            await #expect(throws: APIError.unauthorized(message: "The bearer token has expired.")) {
                try await client.send(.webviewBasket(token: session.token))
            }
        }
    }

    @Test func theWebviewOrderIsPaidAtTheWebviewBasketsPrice() async throws {
        try await SandboxFixtures.withSandbox { client, _ in
            let session = try await client.send(.webviewToken(customer: customer))
            let walletable = try await client.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 2, type: .buy, cartToken: nil))
            let seen = try #require(try await client.send(.webviewBasket(token: session.token)))
            #expect(walletable.paidTotal > seen.paidTotal, "the walletable charges come on top; the webview's fees are inside")
            let ledger = Endpoint(method: "GET", path: "/_sandbox/ledger")
            let before = try await client.send(.required(ledger, as: SandboxAccounting.self))

            let order = try await client.send(.webviewComplete(token: session.token, cartToken: seen.token))
            #expect(order.isOrder && order.type == "buy" && order.pricefix == nil)
            #expect(order.paidTotal == seen.paidTotal && order.total == seen.total && order.price == seen.price)
            #expect(order.incrementId == seen.incrementId && order.insurancePrice == seen.insurancePrice)
            #expect(order.chargeFee == nil && order.items.map(\.total) == seen.items.map(\.total))

            let listed = try #require(try await client.send(.orders(OrderQuery(customerExternalId: customer))).data.first)
            #expect(listed.guid == order.guid && listed.paidTotal == seen.paidTotal && listed.total == seen.total)
            let receipt = try await client.send(.receipt(customer: customer, guid: try #require(order.guid)))
            #expect(receipt.paidTotal == seen.paidTotal && receipt.total == seen.total && receipt.orderId == seen.incrementId)
            let invoice = try await client.send(.invoice(orderId: try #require(seen.incrementId)))
            #expect(invoice.guid == order.guid && invoice.total == seen.paidTotal)
            let after = try await client.send(.required(ledger, as: SandboxAccounting.self))
            let currency = try #require(seen.currencyCode)
            #expect((after.ledger[currency]?.received ?? 0) - (before.ledger[currency]?.received ?? 0) == seen.paidTotal)
        }
    }

    @Test func unknownOrMissingTokensAreUnauthorized() async throws {
        let transport = CountingTransport()
        try await SandboxFixtures.withSandbox(transport: transport) { client, _ in
            await #expect(throws: APIError.unauthorized(message: "Invalid bearer token.")) {
                try await client.send(.webviewBasket(token: "not-a-token"))
            }
            await #expect(throws: APIError.unauthorized(message: "Invalid bearer token.")) {
                try await client.send(.webviewComplete(token: "not-a-token", cartToken: String(repeating: "A", count: 32)))
            }
            let bare = Endpoint(method: "GET", path: Endpoint.webviewBasketPath, auth: .bearer(""))
            await #expect(throws: APIError.self) { try await client.send(.decoding(bare, as: Basket.self)) }
            await #expect(throws: APIError.notFound(message: "customer nobody not found")) { try await client.send(.webviewToken(customer: "nobody")) }
        }
    }
}
