import Foundation
import MintedTesting
import Testing

/// `minted --play FILE.toml` on the real binary in tmux: a journey played key by key in the live UI, with captions.
@Suite(.serialized)
struct PlaybackTests {
    static func journey(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("minted-play-\(UUID().uuidString).toml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func aJourneyPlaysInTheUIKeyByKeyWithCaptions() async throws {
        let file = try Self.journey("""
        name = "two 5 g bars"
        [[steps]]
        action = "add"
        sku = "MNTBAE0005"
        qty = 2
        [[steps]]
        action = "update"
        sku = "MNTBAE0005"
        qty = 3
        """)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try MintedRun(arguments: "--play '\(file.path)' --pace 0.05")
        let playing = await run.session.waitFor { $0.contains("⌨") }
        #expect(playing.contains("⌨"), "the key being pressed is shown:\n\(playing)")
        let added = await run.session.waitFor { $0.contains("Add 2 × MNTBAE0005") || $0.contains("Added 2 × Minted 5 g") }
        #expect(added.contains("MNTBAE0005") || added.contains("Minted 5 g"), "the step's caption:\n\(added)")
        let ended = await run.session.waitFor(attempts: 900) { $0.contains("playback ended") }
        #expect(ended.contains("playback ended"), "the footer says the keys are back:\n\(ended)")
        #expect(ended.range(of: #"Minted 5 g[^\n]*3 ×"#, options: .regularExpression) != nil, "the basket holds three 5 g bars:\n\(ended)")
        #expect(!ended.contains("⌨"), "no key is shown once it has ended")
        try run.session.send("q")
        #expect(try await run.ended().code == "0")
    }

    @Test func anyKeyTakesOverAndDoesNothingElse() async throws {
        let file = try Self.journey("""
        name = "a long wait"
        [[steps]]
        action = "add"
        sku = "MNTBAE0001"
        qty = 1
        [[steps]]
        action = "wait_lock_expiry"
        """)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try MintedRun(arguments: "--play '\(file.path)' --pace 0.05 --loop")
        await run.session.waitFor { $0.contains("Waiting for the price lock") }
        try run.session.send("q")
        let taken = await run.session.waitFor { $0.contains("playback ended") }
        #expect(taken.contains("playback ended"), "a key stops the playback:\n\(taken)")
        #expect(!FileManager.default.fileExists(atPath: run.status.path), "the key that took over did not also quit")
        try run.session.send("q")
        #expect(try await run.ended().code == "0")
    }

    @Test func aJourneyThatDoesNotLoadIsAUsageError() async throws {
        let file = try Self.journey("name = \"bad\"\n[[steps]]\naction = \"by\"\n")
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try MintedRun(arguments: "--play '\(file.path)'")
        let screen = await run.session.waitFor { $0.contains("unknown action") }
        #expect(screen.contains("--play") && screen.contains("unknown action 'by'"), "\(screen)")
        #expect(try await run.ended().code == "64")
    }
}
