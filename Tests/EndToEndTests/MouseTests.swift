import Foundation
import MintedTesting
import Testing

/// The mouse on the real binary in tmux: a click selects a product, a second click opens its quantity, a click on a
/// footer hint runs it; with `--no-mouse` the same bytes are not taken as clicks. The terminal is restored either way.
@Suite(.serialized)
struct MouseTests {
    /// Where `text` first appears on `screen`, as a cell.
    static func cell(of text: String, in screen: String) -> (x: Int, y: Int)? {
        let lines = screen.components(separatedBy: "\n")
        guard let y = lines.firstIndex(where: { $0.contains(text) }), let range = lines[y].range(of: text) else { return nil }
        return (lines[y][..<range.lowerBound].count, y)
    }

    @Test func clickToSelectAndOpenThenQuitFromTheFooter() async throws {
        let run = try MintedRun()
        let first = await run.session.waitFor { $0.contains("MNTBAE0005") && MintedRun.goldGrams($0) != nil }
        let product = try #require(Self.cell(of: "MNTBAE0005", in: first), "no second product:\n\(first)")
        let styledLine = { run.session.captureStyled().components(separatedBy: "\n").first { $0.contains("MNTBAE0005") } ?? "" }
        let before = styledLine()
        try run.session.mouse(x: product.x, y: product.y)
        // A person's second click comes a moment later; curses may merge two that arrive in one read.
        await run.session.waitFor { _ in styledLine() != before }
        #expect(styledLine() != before, "the click selects the row")
        try run.session.mouse(x: product.x, y: product.y)
        let quantity = await run.session.waitFor { $0.contains("Quantity") }
        #expect(quantity.contains("Quantity"), "a click selects the product, a second opens its quantity:\n\(quantity)")
        #expect(quantity.contains("Minted 5 g"), "the dialog is for the product clicked:\n\(quantity)")
        try run.session.send("Escape")
        let main = await run.session.waitFor { !$0.contains("Quantity") }
        let quit = try #require(Self.cell(of: "q quit", in: main), "no q quit hint:\n\(main)")
        try run.session.mouse(x: quit.x, y: quit.y)
        let ended = try await run.ended()
        #expect(ended.code == "0", "a click on `q quit` quits")
        #expect(ended.modes.contains(" echo ") && ended.modes.contains(" icanon"), "the terminal is restored")
    }

    @Test func noMouseLeavesClicksToTheTerminal() async throws {
        let run = try MintedRun(arguments: "--no-mouse")
        await run.session.waitFor { $0.contains("MNTBAE0005") && MintedRun.goldGrams($0) != nil }
        #expect(!run.session.reportsMouse(), "with --no-mouse the terminal is not asked for the mouse")
        try run.session.send("q")
        #expect(try await run.ended().code == "0")
    }

    @Test func quitGivesTheMouseBackAndTheConfigCanTurnItOff() async throws {
        let run = try MintedRun()
        await run.session.waitFor { $0.contains("MNTBAE0005") && MintedRun.goldGrams($0) != nil }
        #expect(run.session.reportsMouse(), "the mouse is on by default")
        try run.session.send("q")
        await run.session.waitFor { _ in FileManager.default.fileExists(atPath: run.status.path) }
        #expect(!run.session.reportsMouse(), "after quitting, the terminal reports the mouse no more")
        #expect(try await run.ended().code == "0")

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("minted-mouse-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("minted"), withIntermediateDirectories: true)
        try "[ui]\nmouse = false\n".write(to: folder.appendingPathComponent("minted/config.toml"), atomically: true, encoding: .utf8)
        let off = try MintedRun(environment: "XDG_CONFIG_HOME='\(folder.path)'")
        await off.session.waitFor { $0.contains("MNTBAE0005") && MintedRun.goldGrams($0) != nil }
        #expect(!off.session.reportsMouse(), "[ui] mouse = false leaves the mouse to the terminal")
        try off.session.send("q")
        #expect(try await off.ended().code == "0")
    }
}
