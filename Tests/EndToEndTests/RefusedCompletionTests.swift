import Foundation
import MintedAPI
import MintedSandbox
import MintedTesting
import Testing

/// Issue 15 item 1 in tmux: a completion the host refuses says plainly that no order was placed, and it stays.
@Suite(.serialized)
struct RefusedCompletionTests {
    @Test func aLockExpiredFromOutsideSaysTheOrderWasNotPlaced() async throws {
        let server = SandboxServer(configuration: SandboxConfiguration())
        let url = try await server.start()
        let client = MintedClient(configuration: ClientConfiguration(
            baseURL: url, credentials: DigestCredentials(username: "sandbox", password: "sandbox"), timeout: .seconds(30)))
        let customer = SandboxEngine.demoCustomerId
        let basket = try await client.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 1, type: .buy, cartToken: nil))

        let run = try MintedRun(arguments: "--base-url \(url.absoluteString) --customer \(customer)",
                                environment: "MINTED_USERNAME=sandbox MINTED_PASSWORD=sandbox")
        let shown = await run.session.waitFor { $0.contains("lock ▕") && $0.contains("● live") }
        #expect(shown.contains("lock ▕"), "the open basket and its lock:\n\(shown)")
        // Another tab, a colleague, the vendor: the lock ends outside this screen, which still counts down.
        try await client.send(.expireLock(cartToken: basket.token))
        try run.session.send("c")
        await run.session.waitFor { $0.contains("Confirm BUY") }
        try run.session.send("Enter")
        let refused = await run.session.waitFor { $0.contains("NOT placed") }
        #expect(refused.contains("buy order NOT placed — 409"), "the footer says it plainly:\n\(refused)")

        // The re-price that follows is logged; the footer keeps the refusal until the person acts.
        try run.session.send("m")
        let log = await run.session.waitFor { $0.contains("Messages ·") && $0.contains("lock expired: basket re-priced") }
        #expect(log.contains("409") && log.contains("lock expired: basket re-priced"), "the log has both:\n\(log)")
        try run.session.send("q")
        let after = await run.session.waitFor { !$0.contains("Messages ·") }
        #expect(after.contains("buy order NOT placed — 409"), "still on the footer after the re-price:\n\(after)")
        let orders = try await client.send(.orders(OrderQuery(customerExternalId: customer)))
        #expect(orders.data.isEmpty, "and indeed no order exists")

        try run.session.send("q")
        #expect(try await run.ended().code == "0")
        await server.stop()
    }
}
