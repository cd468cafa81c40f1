import Foundation
import MintedTesting
import Testing

/// Issue 15 in tmux: an unreachable host looks unreachable (item 4), and quitting is deliberate (item 8).
@Suite(.serialized)
struct HonestScreenTests {
    /// Nothing listens on the discard port of loopback; the URL names staging, so minted treats it as a staging host.
    static let unreachable = "--base-url http://127.0.0.1:9/staging --timeout 2"
    static let credentials = "MINTED_USERNAME=qa MINTED_PASSWORD=secret"

    @Test func anotherHostWithoutACustomerIsRefusedBeforeTheScreenOpens() async throws {
        let run = try MintedRun(arguments: Self.unreachable, environment: Self.credentials)
        let (code, _) = try await run.ended()
        #expect(code != "0")
        #expect(run.finalScreen.contains("needs a customer that exists there"), "\(run.finalScreen)")
    }

    @Test func anUnreachableHostSaysSoInEachPaneAndRetries() async throws {
        let run = try MintedRun(arguments: Self.unreachable + " --customer qa-1", environment: Self.credentials)
        let screen = await run.session.waitFor { $0.contains("failed:") && $0.contains("retry in") }
        #expect(screen.contains("failed:") && screen.contains("retry in"), "the products pane says why and when:\n\(screen)")
        #expect(screen.contains("STAGING  127.0.0.1:9 "), "the header names the host:\n\(screen)")
        let basket = await run.session.waitFor { $0.contains("Basket [2]") && !$0.contains("loading…") }
        #expect(!basket.contains("select a product and press a"), "the basket pane does not invite an add it cannot make:\n\(basket)")
        try run.session.send("q")
        #expect(try await run.ended().code == "0")
    }

    @Test func qClosesOverlaysAndQuitsOnlyFromTheMainScreen() async throws {
        let run = try MintedRun()
        await run.session.waitFor { $0.contains("Products [1]") && $0.contains("● live") }
        try run.session.send("?")
        await run.session.waitFor { $0.contains("close help") }
        try run.session.send("q")
        let afterHelp = await run.session.waitFor { !$0.contains("close help") }
        #expect(!afterHelp.contains("close help") && afterHelp.contains("Products [1]"), "q closed help, minted runs:\n\(afterHelp)")
        try run.session.send("i")
        await run.session.waitFor { $0.contains("HTTP inspector ·") }
        try run.session.send("q")
        let afterInspector = await run.session.waitFor { !$0.contains("HTTP inspector ·") }
        #expect(afterInspector.contains("Products [1]"), "q closed the inspector, minted runs:\n\(afterInspector)")
        try run.session.send("q")
        #expect(try await run.ended().code == "0")
    }
}
