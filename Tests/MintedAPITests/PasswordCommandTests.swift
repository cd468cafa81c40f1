import Foundation
import MintedAPI
import MintedSandbox
import MintedTesting
import Testing

/// `password_command`: a real `/bin/sh -c`, its first line the password, its failures one line without its output.
@Suite struct PasswordCommandTests {
    @Test func theFirstLineIsThePassword() throws {
        #expect(try PasswordCommand("printf 'hunter2'").password() == "hunter2")
        #expect(try PasswordCommand("printf 'first line\\r\\nsecond\\n'").password() == "first line")
        #expect(try PasswordCommand("echo \"$((6 * 7))\" | tr 4 x").password() == "x2", "a shell pipeline")
    }

    @Test func aFailureNamesTheExitStatusNotTheOutput() {
        #expect(throws: PasswordCommand.Failure(description: "password_command exited with status 3")) {
            try PasswordCommand("printf 'leaked-secret'; exit 3").password()
        }
        #expect(throws: PasswordCommand.Failure(description: "password_command printed no password (its first line is empty)")) {
            try PasswordCommand("printf '\\nlater-line'").password()
        }
        #expect(throws: PasswordCommand.Failure(description: "password_command exited with status 127")) {
            try PasswordCommand("no-such-command-for-minted-tests 2>/dev/null").password()
        }
        #expect(throws: PasswordCommand.Failure(description: "password_command was ended by signal 9")) {
            try PasswordCommand("kill -9 $$").password()
        }
    }

    @Test func aCommandThatHangsIsStopped() {
        #expect(throws: PasswordCommand.Failure(description: "password_command did not finish within 300 ms and was stopped")) {
            try PasswordCommand("sleep 30", timeout: .milliseconds(300)).password()
        }
    }

    @Test func itsPasswordReachesDigestAndNoRecordOfTheExchange() async throws {
        let secret = "s3cret-from-a-command"
        let password = try PasswordCommand("printf '%s\\n' '\(secret)'").password()
        let server = SandboxServer(configuration: SandboxConfiguration(volatility: 0, password: secret))
        let url = try await server.start()
        let client = MintedClient(configuration: ClientConfiguration(
            baseURL: url, credentials: DigestCredentials(username: "sandbox", password: password)),
            transport: HTTPClientTransport(environment: [:]))
        // The sandbox accepts only that password: the exchange succeeding proves Digest was computed with it.
        #expect(try await client.send(.currencyRates()).isEmpty == false)
        let exchanges = await client.log.all
        #expect(exchanges.map(\.status) == [401, 200])
        var written = exchanges.flatMap { $0.report(username: "sandbox") }.joined(separator: "\n")
        written += exchanges.map { $0.curl(username: "sandbox") }.joined(separator: "\n")
        written += try HARLog(exchanges).text()
        written += exchanges.map { "\($0)" }.joined()
        #expect(written.contains("Digest"))
        #expect(!written.contains(secret))
        await server.stop()
    }
}
