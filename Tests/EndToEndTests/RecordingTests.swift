import Foundation
import MintedTesting
import Testing

/// Issue 17 item 9 on the real binary in tmux: `--record FILE.cast` writes an asciicast v2 file of what the screen
/// showed, and a `Ctrl-S` dump names the recording and the moment.
struct RecordingTests {
    @Test func aRecordedSessionIsAnAsciicastAndTheDumpNamesIt() async throws {
        let run = try MintedRun(arguments: "--record session.cast", width: 100, height: 30)
        let cast = run.work.appendingPathComponent("session.cast")
        await run.session.waitFor { $0.contains("Products [1]") && $0.contains("● live") }
        try run.session.send("C-s")
        let saved = await run.session.waitFor { $0.contains("screen dump saved:") }
        #expect(saved.contains("screen dump saved:"), "\(saved)")
        try run.session.send("q")
        let (code, _) = try await run.ended()
        #expect(code == "0")

        var mode = stat()
        #expect(stat(cast.path, &mode) == 0 && mode.st_mode & 0o777 == 0o600, "the recording is the person's: 0600")
        let lines = try String(contentsOf: cast, encoding: .utf8).split(separator: "\n").map(String.init)
        let header = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(header["version"] as? Int == 2 && header["width"] as? Int == 100 && header["height"] as? Int == 30)
        let events = try lines.dropFirst().map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [Any]) }
        #expect(events.count >= 2, "frames as the screen changed")
        let output = events.compactMap { $0[2] as? String }.joined()
        #expect(output.contains("Products") && output.contains("Wallet"), "what the screen showed is in the recording")
        let times = events.compactMap { $0[0] as? Double }
        #expect(times == times.sorted(), "with timing")

        let dumps = run.work.appendingPathComponent("data/minted/dumps")
        let name = try #require(((try? FileManager.default.contentsOfDirectory(atPath: dumps.path)) ?? []).first)
        let dump = try String(contentsOf: dumps.appendingPathComponent(name), encoding: .utf8)
        #expect(dump.contains("recording: session.cast, this moment at "), "\(dump.prefix(300))")
    }
}
