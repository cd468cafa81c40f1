import Foundation
import MintedTesting
import Testing

/// The inspector, the curl export through OSC 52, the screen dump and the fault panel, on the real binary in tmux.
@Suite(.serialized)
struct InspectorTests {
    /// What must never reach a screen or a file: the sandbox's password in a credential, and the parts of a Digest header.
    static let secrets = ["sandbox:sandbox", "response=", "cnonce=", "Digest username", "nc=0"]

    @Test func inspectCopyAsCurlReplayItAndDumpTheScreen() async throws {
        let run = try MintedRun(arguments: "--demo")
        try run.session.acceptClipboard()
        let first = await run.session.waitFor { MintedRun.goldGrams($0) != nil && $0.contains("MNTBAE0001") }
        #expect(first.contains("▶ "), "--demo shows a caption line:\n\(first)")
        #expect(first.contains("••• (•••)"), "--demo masks the customer:\n\(first)")

        try run.session.send("i")
        await run.session.waitFor { $0.contains("HTTP inspector ·") && $0.contains("/partner/walletable/currency-rates") }
        // The handshake is the first exchange: rate polls may have pushed it below the fold, so it is filtered for.
        try run.session.send("/")
        try run.session.send("-l", "401")
        let list = await run.session.waitFor { $0.contains("/ 401") && $0.contains("401 auth") }
        #expect(list.contains("401 auth"), "the Digest handshake is listed, not as a failure:\n\(list)")
        try run.session.send("Escape")
        await run.session.waitFor { !$0.contains("/ 401") }
        try run.session.send("/")
        try run.session.send("-l", "currency-rates 200")
        try run.session.send("Enter")
        let filtered = await run.session.waitFor { $0.contains("/ currency-rates 200") && !$0.contains("/balance") }
        #expect(!filtered.contains("401 auth"), "the filter keeps only 200s of currency-rates:\n\(filtered)")
        try run.session.send("Enter")
        let detail = await run.session.waitFor { $0.contains("── request headers") }
        #expect(detail.contains("Authorization: Digest ***"), "headers are shown redacted:\n\(detail)")
        #expect(detail.contains("GET 200 · /partner/walletable/currency-rates"))

        try run.session.send("y")
        await run.session.waitFor { $0.contains("as curl sent to") }
        var curl = run.session.clipboard()
        for _ in 0..<50 where curl == nil {
            try await Task.sleep(for: .milliseconds(100))
            curl = run.session.clipboard()
        }
        let command = try #require(curl, "y put nothing on tmux's clipboard")
        // The built-in sandbox's credentials are public: the command carries them and runs as is, status first.
        #expect(command.hasPrefix("curl -sS -i --fail-with-body --digest -u 'sandbox:sandbox'"), "\(command)")
        #expect(command.contains("/partner/walletable/currency-rates"))
        let answer = try await CommandRun.run(URL(fileURLWithPath: "/bin/sh"), ["-c", command])
        #expect(answer.status == 0, "the copied command runs as it is: \(answer.stderr)")
        #expect(answer.stdout.contains("HTTP/1.1 200"), "and shows the status: \(answer.stdout.prefix(200))")

        try run.session.send("C-s")
        let saved = await run.session.waitFor { $0.contains("screen dump saved:") }
        #expect(saved.contains("screen dump saved:"), "the footer names the dump:\n\(saved)")
        let dumps = run.work.appendingPathComponent("data/minted/dumps")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dumps.path)) ?? []
        let name = try #require(names.first, "no dump in \(dumps.path)")
        let dump = try String(contentsOf: dumps.appendingPathComponent(name), encoding: .utf8)
        #expect(dump.contains("── request headers"), "the dump has the screen")
        #expect(dump.contains("HTTP exchanges, oldest first"), "the dump has the exchanges")
        // The clipboard's command carries the sandbox's public password on purpose; screens and files never do.
        for text in [list, filtered, detail, saved, dump] {
            for secret in Self.secrets { #expect(!text.contains(secret), "“\(secret)” leaked") }
        }
        for secret in Self.secrets.dropFirst() { #expect(!command.contains(secret), "“\(secret)” leaked into the command") }
        // One key at a time: an Escape followed at once by another key reads as Alt-that-key.
        try run.session.send("Escape")
        await run.session.waitFor { !$0.contains("── request headers") }
        try run.session.send("Escape")
        await run.session.waitFor { !$0.contains("HTTP inspector ·") }
        try run.session.send("q")
        #expect(try await run.ended().code == "0")
        let log = try String(contentsOf: run.work.appendingPathComponent("state/minted/minted.log"), encoding: .utf8)
        #expect(log.contains("/partner/walletable/currency-rates"), "the log has a line per exchange:\n\(log.prefix(1_000))")
        for secret in Self.secrets { #expect(!log.contains(secret), "“\(secret)” leaked into the log") }
    }

    @Test func faultsFromThePanelShowInTheHeaderAndReachTheSandbox() async throws {
        let run = try MintedRun()
        await run.session.waitFor { MintedRun.goldGrams($0) != nil && $0.contains("MNTBAE0001") }
        try run.session.send("f")
        let panel = await run.session.waitFor { $0.contains("Sandbox faults & scenarios") && $0.contains("none active") }
        #expect(panel.contains("Expire the lock now"), "the panel lists the scenarios:\n\(panel)")
        // Force a 503 on the currency rates: the next poll fails and says so.
        try run.session.send("Down", "Down", "Down", "Down", "Down", "Right", "Right")
        let forced = await run.session.waitFor { $0.contains("FAULTS: 503 on") }
        #expect(forced.contains("FAULTS: 503 on complete buy"), "the header lists the active fault:\n\(forced)")
        try run.session.send("Down")
        for _ in 0..<6 { try run.session.send("Right") }
        let onRates = await run.session.waitFor { $0.contains("FAULTS: 503 on currency rates") }
        #expect(onRates.contains("503 on currency rates"), "\(onRates)")
        try run.session.send("Escape")
        await run.session.waitFor { !$0.contains("Sandbox faults & scenarios") }
        let failing = await run.session.waitFor { $0.contains("rates: 503") || $0.contains("○ stale") }
        #expect(failing.contains("rates: 503") || failing.contains("○ stale"), "the forced status reached the client:\n\(failing)")
        try run.session.send("f")
        await run.session.waitFor { $0.contains("Sandbox faults & scenarios") }
        try run.session.send("0")
        let cleared = await run.session.waitFor { !$0.contains("FAULTS:") && $0.contains("none active") }
        #expect(!cleared.contains("FAULTS:"), "0 clears every fault:\n\(cleared)")
        try run.session.send("Escape")
        await run.session.waitFor { !$0.contains("Sandbox faults & scenarios") }
        try run.session.send("q")
        #expect(try await run.ended().code == "0")
    }
}
