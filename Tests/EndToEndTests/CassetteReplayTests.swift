import Foundation
import MintedAPI
import MintedSandbox
import MintedTesting
import Testing

/// `minted --replay DIR` in tmux: a cassette recorded in front of a second sandbox (other credentials) opens the UI
/// with the recorded customer, products and basket, offline; a request the cassette lacks is a 404 naming the nearest.
@Suite(.serialized)
struct CassetteReplayTests {
    @Test func theUIRunsOnACassetteRecordedFromAnotherHost() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("minted-e2e-cassette-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let customer = SandboxEngine.demoCustomerId
        let host = SandboxServer(configuration: SandboxConfiguration(volatility: 0, username: "host-e2e", password: "host-e2e-pass"))
        let upstream = MintedClient(configuration: ClientConfiguration(
            baseURL: try await host.start(), credentials: DigestCredentials(username: "host-e2e", password: "host-e2e-pass"), timeout: .seconds(60)))
        let recorder = SandboxServer(configuration: SandboxConfiguration(), deck: try CassetteRecorder(upstream: upstream, directory: directory))
        let client = MintedClient(configuration: ClientConfiguration(
            baseURL: try await recorder.start(), credentials: DigestCredentials(username: "sandbox", password: "sandbox"), timeout: .seconds(60)))
        // What the UI asks for when it opens, with a buy basket of 3 bars open.
        _ = try await client.send(.customer(customer))
        let rates = try await client.send(.currencyRates())
        _ = try await client.send(.balance(customer: customer))
        _ = try await client.send(.products())
        _ = try await client.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 3, type: .buy, cartToken: nil))
        _ = try await client.send(.activeBasket(customer: customer, type: .buy))
        for rate in rates { _ = try await client.send(.rateHistory(currencyId: rate.itemCurrencyId, period: .day)) }
        await recorder.stop()
        await host.stop()

        let port = try ReplayTests.freePort()
        let run = try MintedRun(arguments: "--replay '\(directory.path)' --sandbox-port \(port) --language en")
        let screen = await run.session.waitFor {
            $0.contains("replaying") && $0.contains("3 × 592.34") && $0.contains("MNTBAE0001") && $0.contains("Brant Ankunding")
        }
        #expect(screen.contains("replaying \(6 + rates.count) recorded exchanges"), "\(screen)")
        #expect(screen.contains("MNTBAE0001") && screen.contains("3 × 592.34") && screen.contains("Brant Ankunding"), "\(screen)")
        #expect(screen.contains("REPLAY of "), "the header says it is a replay:\n\(screen)")
        // From outside: an unrecorded quantity is a 404 naming the recorded one.
        let outside = MintedClient(configuration: ClientConfiguration(
            baseURL: try #require(URL(string: "http://127.0.0.1:\(port)")),
            credentials: DigestCredentials(username: "sandbox", password: "sandbox"), language: "en", timeout: .seconds(30)))
        await #expect(throws: APIError.self) {
            try await outside.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 4, type: .buy, cartToken: nil))
        }
        do {
            _ = try await outside.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 4, type: .buy, cartToken: nil))
        } catch let APIError.notFound(message) {
            #expect(message.contains("nearest recorded: POST /partner/walletable/basket"), "\(message)")
        }
        try run.session.send("q")
        #expect(try await run.ended().code == "0")
    }
}
