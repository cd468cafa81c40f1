import Foundation
import MintedTesting
import Testing

/// The embedded webview (`W`) on the real binary in tmux against the built-in sandbox: seed 000 loaded, its TRY basket
/// read with a bearer token, completed after y, and the order shown.
@Suite(.serialized)
struct WebviewTests {
    @Test func loadSeed000SeeTheTRYBasketCompleteItAndSeeTheOrder() async throws {
        let run = try MintedRun()
        await run.session.waitFor { MintedRun.goldGrams($0) != nil && $0.contains("MNTBAE0001") }
        try run.session.send("W")
        let opened = await run.session.waitFor { $0.contains("Embedded webview ·") && $0.contains("token ") && $0.contains("min left") }
        #expect(opened.contains("token ") && opened.contains("… · expires"), "a token is created and shown masked:\n\(opened)")

        try run.session.send("s")
        let basket = await run.session.waitFor { $0.contains("John Due") && $0.contains("MNT0001") && $0.contains("to pay") }
        #expect(basket.contains("bearer · TRY"), "the webview's own currency:\n\(basket)")
        #expect(basket.contains("MC_"), "the webview's increment id:\n\(basket)")
        #expect(basket.contains("1 × Minted 1 Gr 999,9 Külçe Altın (NadirGold)"), "\(basket)")
        #expect(basket.contains("2,960.30 TRY"), "seed 000's price:\n\(basket)")
        #expect(basket.contains("Market Komisyon"), "the item's own breakdown:\n\(basket)")

        try run.session.send("c")
        let question = await run.session.waitFor { $0.contains("? y yes · n no") }
        #expect(question.contains("for 2,960.30 TRY? y yes · n no"), "\(question)")
        try run.session.send("y")
        let order = await run.session.waitFor { $0.contains("BUY · Completed") && $0.contains("paid") }
        #expect(order.contains("completed with the bearer token"), "the order is shown:\n\(order)")
        #expect(order.range(of: #"paid +[\d,]+\.\d\d TRY"#, options: .regularExpression) != nil, "what was paid, in TRY:\n\(order)")
        #expect(order.range(of: #"webview order \S+ Completed"#, options: .regularExpression) != nil, "the footer names it:\n\(order)")
        // Read again: the completed basket is gone, as the webview says with its 404.
        try run.session.send("r")
        let empty = await run.session.waitFor { $0.contains("no active basket") }
        #expect(empty.contains("404 Record Not Found"), "\(empty)")
        for text in [opened, basket, question, order, empty] {
            #expect(!text.contains("Bearer "), "a bearer header reached the screen")
        }
        try run.session.send("Escape")
        await run.session.waitFor { !$0.contains("Embedded webview ·") }
        try run.session.send("q")
        #expect(try await run.ended().code == "0")
    }
}
