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
