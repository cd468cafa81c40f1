import Foundation
import MintedTesting
import Testing

/// Buy and sell journeys, resizing while the lock ticks, and Ctrl-C mid-request, on the real binary in tmux.
@Suite(.serialized)
struct JourneyTests {
    /// Adds `quantity` of the first product to the current basket and waits for the basket line.
    func add(_ quantity: Int, on run: MintedRun) async throws {
        try run.session.send("a")
        let asked = await run.session.waitFor { $0.contains("Quantity") }
        #expect(asked.contains("Add to the"), "the quantity modal opens:\n\(asked)")
        try run.session.send("\(quantity)")
        try run.session.send("Enter")
        let added = await run.session.waitFor { $0.contains("\(quantity) × ") && MintedRun.countdown($0) != nil && !$0.contains("Quantity") }
        #expect(added.contains("Minted 1 g 999.9 Gold Bar"), "the basket line appears:\n\(added)")
    }

    /// `c`, the confirmation, Enter, the receipt.
    func complete(_ type: String, on run: MintedRun) async throws {
        try run.session.send("c")
        // Waits for the sheet's last line too: a capture can land while the frame is still being written.
        let confirmation = await run.session.waitFor { $0.contains("Confirm \(type)") && $0.contains("Enter confirms") }
        #expect(confirmation.contains("Enter confirms"), "the confirmation opens:\n\(confirmation)")
        #expect(confirmation.contains(type == "SELL" ? "you receive" : "you pay"))
        try run.session.send("Enter")
        let receipt = await run.session.waitFor { $0.contains("Receipt") && $0.contains("Esc closes") }
        #expect(receipt.contains("Receipt"), "the receipt opens:\n\(receipt)")
        try run.session.send("Escape")
        await run.session.waitFor { !$0.contains("Esc closes") }
    }

    @Test func buyGrowsTheWalletByExactlyTheBoughtGrams() async throws {
        let run = try MintedRun()
        let first = await run.session.waitFor { MintedRun.goldGrams($0) != nil && $0.contains("MNTBAE0001") }
        let before = try #require(MintedRun.goldGrams(first), "no gold in the wallet:\n\(first)")
        try await add(2, on: run)
        try await complete("BUY", on: run)
        let after = await run.session.waitFor { MintedRun.goldGrams($0).map { $0 != before } ?? false }
        #expect(MintedRun.goldGrams(after) == before + 2, "2 × 1 g bought:\n\(after)")
        #expect(after.contains("No open buy basket"), "the basket was refreshed:\n\(after)")
        try run.session.send("o")
        let orders = await run.session.waitFor { $0.contains("Orders ·") && $0.contains("Completed") }
        #expect(orders.contains("Completed"), "the buy order is listed:\n\(orders)")
        try run.session.send("Escape")
        await run.session.waitFor { !$0.contains("Orders ·") }
        try run.session.send("q")
        #expect(try await run.ended().code == "0")
    }

    @Test func sellShrinksTheWalletByExactlyTheSoldGrams() async throws {
        let run = try MintedRun()
        let first = await run.session.waitFor { MintedRun.goldGrams($0) != nil && $0.contains("MNTBAE0001") }
        let before = try #require(MintedRun.goldGrams(first))
        try run.session.send("s")
        await run.session.waitFor { $0.contains("Basket [2] · SELL") }
        try await add(3, on: run)
        try await complete("SELL", on: run)
        let after = await run.session.waitFor { MintedRun.goldGrams($0).map { $0 != before } ?? false }
        #expect(MintedRun.goldGrams(after) == before - 3, "3 × 1 g sold:\n\(after)")
        try run.session.send("o")
        let orders = await run.session.waitFor { $0.contains("Orders ·") && $0.contains("Completed") }
        #expect(orders.contains("Completed"), "the sell order is listed:\n\(orders)")
        try run.session.send("Escape")
        await run.session.waitFor { !$0.contains("Orders ·") }
        try run.session.send("q")
        #expect(try await run.ended().code == "0")
    }

    @Test func fiftyResizesWhileTheLockTicksThenACorrectFrame() async throws {
        let run = try MintedRun()
        await run.session.waitFor { $0.contains("MNTBAE0001") && MintedRun.goldGrams($0) != nil }
        try await add(1, on: run)
        let sizes = [(80, 24), (59, 19), (130, 45), (60, 20), (100, 30), (40, 12), (99, 29), (120, 40), (70, 22), (2, 2)]
        for index in 0..<50 {
            let (width, height) = sizes[index % sizes.count]
            try run.session.resize(width: width, height: height)
            if index == 20 { try run.session.send("c") }
            if index == 30 { try run.session.send("Escape") }
        }
        try run.session.resize(width: 120, height: 40)
        // An Escape that lands in the same instant as a resize can be swallowed by curses' escape-sequence wait
        // on a loaded machine; close the confirmation again if it is still open.
        if await run.session.waitFor(attempts: 20, { $0.contains("Enter confirms") }).contains("Enter confirms") {
            try run.session.send("Escape")
            await run.session.waitFor { !$0.contains("Enter confirms") }
        }
        let titles = ["Products [1]", "Basket [2]", "Wallet [3]", "Rates [4]"]
        let frame = await run.session.waitFor { screen in titles.allSatisfy(screen.contains) && MintedRun.countdown(screen) != nil }
        #expect(run.session.isAlive)
        for title in titles { #expect(frame.contains(title), "\(title) after the resizes:\n\(frame)") }
        let rows = frame.components(separatedBy: "\n")
        #expect(rows.first?.contains("MINTED") == true, "the header is on the first row:\n\(frame)")
        let start = try #require(MintedRun.countdown(frame))
        let later = await run.session.waitFor(attempts: 50) { MintedRun.countdown($0).map { $0 != start } ?? false }
        #expect(MintedRun.countdown(later).map { $0 < start } == true, "the lock still ticks")
        let boxRows = later.components(separatedBy: "\n").filter { $0.hasPrefix("┌") }
        #expect(boxRows.count == 2, "a 2 × 2 grid at 120×40:\n\(later)")
        try run.session.send("q")
        #expect(try await run.ended().code == "0")
    }

    @Test func ctrlCDuringARequestLeavesTheTerminalSane() async throws {
        let run = try MintedRun()
        await run.session.waitFor { $0.contains("MNTBAE0001") && MintedRun.goldGrams($0) != nil }
        try await add(1, on: run)
        try run.session.send("c")
        await run.session.waitFor { $0.contains("Confirm BUY") }
        // Enter sends the complete call; Ctrl-C follows in the same write, while it is in flight.
        try run.session.send("Enter", "C-c")
        let (code, modes) = try await run.ended()
        #expect(code == "0")
        #expect(modes.contains(" echo "), "echo restored:\n\(modes)")
        #expect(modes.contains(" icanon"), "canonical mode restored:\n\(modes)")
    }

    @Test func readOnlyRefusesChangesAndAsciiChartAndABrokenThemeIsNamed() async throws {
        let run = try MintedRun(arguments: "--readonly --graph ascii --theme broken")
        let first = await run.session.waitFor { $0.contains("MNTBAE0001") && $0.contains("points") }
        #expect(first.contains("READ-ONLY"), "header:\n\(first)")
        #expect(first.contains("broken.toml"), "the missing theme is named:\n\(first)")
        try run.session.send("a")
        let refused = await run.session.waitFor { $0.contains("changes are disabled") }
        #expect(!refused.contains("Quantity"))
        #expect(refused.contains("changes are disabled"), "\(refused)")
        try run.session.send("q")
        #expect(try await run.ended().code == "0")
    }
}
