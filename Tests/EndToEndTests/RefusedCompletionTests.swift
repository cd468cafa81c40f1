import Foundation
import MintedAPI
import MintedSandbox
import MintedTesting
import Testing

/// Issue 15 item 1 in tmux: a completion the host refuses says plainly that no order was placed, and it stays.
@Suite(.serialized)
struct RefusedCompletionTests {
    @Test func aLockEndedElsewhereShowsExpiredAndARefusedCompleteSaysNotPlaced() async throws {
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
        let confirmation = await run.session.waitFor { $0.contains("Confirm BUY") && $0.contains("lock expired") }
        #expect(confirmation.contains("lock expired"), "the confirmation reads the basket: the lock is not shown live:\n\(confirmation)")
        try run.session.send("Escape")
        await run.session.waitFor { !$0.contains("Confirm BUY") && $0.contains("lock ▕") }  // re-priced, a new lock

        // The host refuses the complete itself: the footer says plainly that no order was placed, and keeps saying it.
        try await client.send(.setSandboxFaults(FaultPlan(forced: [.init(method: "POST", path: Endpoint.completePath + "/buy", status: 500)])))
        try run.session.send("c")
        await run.session.waitFor { $0.contains("Confirm BUY") && $0.contains("s left at these prices") }
        try run.session.send("Enter")
        let refused = await run.session.waitFor { $0.contains("NOT placed") }
        #expect(refused.contains("buy order NOT placed — 500"), "the footer says it plainly:\n\(refused)")
        try run.session.send("m")
        let log = await run.session.waitFor { $0.contains("Messages ·") && $0.contains("NOT placed") }
        #expect(log.contains("you     500     buy order NOT placed"), "the log has it with its status:\n\(log)")
        try run.session.send("q")
        let after = await run.session.waitFor { !$0.contains("Messages ·") }
        #expect(after.contains("buy order NOT placed — 500"), "still on the footer:\n\(after)")
        let orders = try await client.send(.orders(OrderQuery(customerExternalId: customer)))
        #expect(orders.data.isEmpty, "and indeed no order exists")

        try run.session.send("q")
        #expect(try await run.ended().code == "0")
        await server.stop()
    }
}

/// Issue 15 item 3 in tmux: with 1.5 s latency, `+` pressed three times is three more, and the waiting is visible.
@Suite(.serialized)
struct SlowHostKeypressTests {
    @Test func threePlusesUnderLatencyAddThree() async throws {
        let server = SandboxServer(configuration: SandboxConfiguration())
        let url = try await server.start()
        let client = MintedClient(configuration: ClientConfiguration(
            baseURL: url, credentials: DigestCredentials(username: "sandbox", password: "sandbox"), timeout: .seconds(30)))
        let customer = SandboxEngine.demoCustomerId
        _ = try await client.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 3, type: .buy, cartToken: nil))

        let run = try MintedRun(arguments: "--base-url \(url.absoluteString) --customer \(customer)",
                                environment: "MINTED_USERNAME=sandbox MINTED_PASSWORD=sandbox")
        await run.session.waitFor { $0.contains("3 × ") && $0.contains("● live") }
        var plan = FaultPlan()
        plan.latencyMs = 1_500
        try await client.send(.setSandboxFaults(plan))
        try run.session.send("2")
        try run.session.send("+")
        try run.session.send("+")
        try run.session.send("+")
        let busy = await run.session.waitFor { $0.contains("goes to 6 next") }
        #expect(busy.contains("goes to 6 next"), "the presses that wait say so:\n\(busy)")
        let done = await run.session.waitFor { $0.contains("6 × ") }
        #expect(done.contains("6 × "), "three presses, three more:\n\(done)")
        try await client.send(.setSandboxFaults(FaultPlan()))
        let basket = try #require(try await client.send(.activeBasket(customer: customer, type: .buy)))
        #expect(basket.items.first?.amount == 6)

        try run.session.send("q")
        #expect(try await run.ended().code == "0")
        await server.stop()
    }
}
