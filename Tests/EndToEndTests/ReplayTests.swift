import Foundation
import MintedAPI
import MintedTesting
import Testing

/// Issue 17 in tmux: a 422 injected into the built-in sandbox is found with a filter, copied as curl through OSC 52,
/// and the copied command, run as is, shows the 422 and exits non-zero.
@Suite(.serialized)
struct ReplayTests {
    /// A loopback port nothing listens on now.
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(fd >= 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        try #require(bound)
        return Int(UInt16(bigEndian: address.sin_port))
    }

    @Test func anInjected422IsFoundCopiedAndReplayedWithItsStatus() async throws {
        let port = try Self.freePort()
        let run = try MintedRun(arguments: "--sandbox-port \(port) --poll-interval 1")
        await run.session.waitFor { $0.contains("Products [1]") && $0.contains("● live") }
        let sandbox = MintedClient(configuration: ClientConfiguration(
            baseURL: try #require(URL(string: "http://127.0.0.1:\(port)")),
            credentials: DigestCredentials(username: "sandbox", password: "sandbox"), timeout: .seconds(30)))
        // From outside, as a colleague or a script would: every rates read answers 422.
        try await sandbox.send(.setSandboxFaults(FaultPlan(forced: [.init(method: "GET", path: Endpoint.currencyRatesPath, status: 422)])))
        // The header shows faults set from outside within a poll (issue 17 item 8).
        let header = await run.session.waitFor { $0.contains("FAULTS: 422 on currency rates") }
        #expect(header.contains("FAULTS: 422 on currency rates"), "\(header)")
        try run.session.send("i")
        await run.session.waitFor { $0.contains("HTTP inspector ·") }
        try run.session.send("/")
        try run.session.send("-l", "422")
        try run.session.send("Enter")
        let found = await run.session.waitFor { $0.contains("/ 422") && $0.contains("currency-rates") }
        #expect(found.contains("currency-rates"), "the filter finds the 422:\n\(found)")
        try run.session.acceptClipboard()
        try run.session.send("y")
        await run.session.waitFor { $0.contains("as curl sent to") }
        var copied = run.session.clipboard()
        for _ in 0..<50 where copied == nil {
            try await Task.sleep(for: .milliseconds(100))
            copied = run.session.clipboard()
        }
        let command = try #require(copied, "y put nothing on tmux's clipboard")
        let answer = try await CommandRun.run(URL(fileURLWithPath: "/bin/sh"), ["-c", command])
        #expect(answer.status != 0, "a 4xx exits non-zero: \(answer.status)")
        #expect(answer.stdout.contains("HTTP/1.1 422"), "and shows its status: \(answer.stdout.prefix(300))")
        try await sandbox.send(.setSandboxFaults(FaultPlan()))
        try run.session.send("Escape")
        await run.session.waitFor { !$0.contains("HTTP inspector ·") }
        try run.session.send("q")
        #expect(try await run.ended().code == "0")
    }
}
