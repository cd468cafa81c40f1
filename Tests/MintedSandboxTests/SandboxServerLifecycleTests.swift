import Foundation
import MintedAPI
import MintedSandbox
import Testing

@Suite struct SandboxServerLifecycleTests {
    private func client(_ url: URL) -> MintedClient {
        MintedClient(configuration: ClientConfiguration(baseURL: url, credentials: DigestCredentials(username: "sandbox", password: "sandbox"), timeout: .seconds(120)))
    }

    @Test func stopsAndRestartsKeepingItsState() async throws {
        let server = SandboxServer(configuration: SandboxFixtures.frozen)
        let first = try await server.start()
        #expect(first.host == "127.0.0.1" && (first.port ?? 0) > 0)
        #expect(try await server.start() == first)
        let basket = try await client(first).send(.addItem(
            customer: SandboxFixtures.customer, sku: "MNTBAE0001", qty: 2, type: .buy, cartToken: nil
        ))
        await server.stop()
        #expect(await server.baseURL == nil)
        await #expect(throws: APIError.self) { try await client(first).send(.currencyRates()) }

        let second = try await server.start()
        let active = try await client(second).send(.activeBasket(customer: SandboxFixtures.customer, type: .buy))
        #expect(active?.token == basket.token)
        await server.stop()
    }

    @Test func concurrentStartsShareOneListener() async throws {
        let server = SandboxServer(configuration: SandboxFixtures.frozen)
        async let first = server.start()
        async let second = server.start()
        let urls = try await [first, second]
        #expect(urls[0] == urls[1])
        await server.stop()
    }

    @Test func aTakenPortFailsToStart() async throws {
        let holder = SandboxServer(configuration: SandboxFixtures.frozen)
        let url = try await holder.start()
        let port = try #require(url.port)
        let second = SandboxServer(configuration: SandboxFixtures.frozen)
        await #expect(throws: (any Error).self) { try await second.start(port: port) }
        #expect(await second.baseURL == nil)
        await holder.stop()
    }
}
