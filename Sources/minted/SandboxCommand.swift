import ArgumentParser
import Foundation
import MintedAPI
import MintedSandbox

/// `minted sandbox`: the built-in Minted Connect alone, for curl, Postman or a second client.
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Run the built-in sandbox alone and print its URL and credentials."
    )

    @Option(help: "Address to bind (loopback only is recommended).")
    var host: String = "127.0.0.1"

    @Option(help: "Port to bind; 0 picks a free one.")
    var port: Int = 8080

    @Option(help: "Seed for the rate walk, history, tokens and ids.")
    var seed: UInt64 = 1

    @Option(help: "Seconds a basket's prices stay locked.")
    var pricefixTTL: Double = 240

    @Option(help: "Relative size of one rate step; 0 freezes prices.")
    var volatility: Double = 0.0005

    @Option(help: "Latency added to every API answer, in ms: FIXED or FIXED+JITTER (e.g. 50+20).")
    var latency: String = "0"

    @Option(help: "Keep the whole state in FILE, a SQLite database (a JSON state of earlier builds is imported once): each change one transaction.")
    var state: String?

    @Option(help: "Digest username.")
    var username: String = "sandbox"

    @Option(help: "Digest password.")
    var password: String = "sandbox"

    @Option(help: "Digest form: rfc7616 (qop=auth, nonce counts; default) or rfc2069 (no qop, as the vendor's example).")
    var digest: String = DigestMode.rfc7616.rawValue

    @Flag(help: "Do not print a line per request (method, path, status, time).")
    var quiet = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0…65535") }
        try FlagBounds.check(pricefixTTL, "--pricefix-ttl", within: FlagBounds.pricefixTTL)
        guard volatility.isFinite, volatility >= 0 && volatility < 1 else { throw ValidationError("--volatility must be in [0, 1)") }
        guard DigestMode(rawValue: digest) != nil else {
            throw ValidationError("--digest must be one of: \(DigestMode.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard FaultPlan.latency(latency) != nil else { throw ValidationError("--latency must be MS or MS+JITTER, e.g. 50+20") }
    }

    func run() async throws {
        let delay = FaultPlan.latency(latency) ?? (0, 0)
        let configuration = SandboxConfiguration(seed: seed, pricefixTTL: pricefixTTL, volatility: volatility,
                                                 username: username, password: password,
                                                 digestMode: DigestMode(rawValue: digest) ?? .rfc7616,
                                                 faults: FaultPlan(latencyMs: delay.fixed, jitterMs: delay.jitter))
        // Signals are caught before anything starts: a TERM that arrived between the banner and the handlers used to
        // be ignored and lost, leaving the sandbox running.
        let (stop, stopped) = AsyncStream<Int32>.makeStream()
        var sources: [any DispatchSourceSignal] = []
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { stopped.yield(number) }
            source.resume()
            sources.append(source)
        }
        let server: SandboxServer
        do {
            server = if let state {
                try SandboxServer(configuration: configuration, stateFile: SandboxStateFile(url: URL(fileURLWithPath: state)))
            } else {
                SandboxServer(configuration: configuration)
            }
        } catch let failure as SandboxStateFile.Failure {
            throw ValidationError(failure.description)
        }
        let url: URL
        do {
            url = try await server.start(host: host, port: port, requestLog: quiet ? nil : SandboxCommand.printLine)
        } catch let failure as SandboxServer.StartFailure {
            throw ValidationError(failure.description)
        }
        say("minted sandbox on \(url.absoluteString)")
        // The public default is printed so a fresh user can curl at once; a password of the person's own is not.
        let shownPassword = password == "sandbox" ? password : "(as given with --password)"
        say("Digest credentials: \(username) / \(shownPassword) · \(digest)")
        if !["127.0.0.1", "localhost", "::1"].contains(host) {
            say("warning: bound to \(host): the sandbox is reachable from the network, with these credentials")
        }
        if let state { say("state file: \(state)") }
        say("control API: \(url.absoluteString)/_sandbox/ (same credentials; see README)")
        say("demo customer: \(SandboxEngine.demoCustomerId)")
        // Pasted as is it works: the public default password is in it, a password of the person's own is not.
        let credential = password == "sandbox" ? "\(username):\(password)" : "\(username)"
        say("try: curl --digest -u '\(credential)' -H 'x-client-id: web' \(url.absoluteString)/partner/walletable/currency-rates")
        for await _ in stop { break }
        sources.forEach { $0.cancel() }
        await server.stop()
        say("sandbox stopped")
    }
}

extension SandboxCommand {
    /// A request's line, printed as it is served.
    @Sendable static func printLine(_ line: String) { say(line) }
}

/// Writes a line to standard output at once, so a log file or pipe sees it while the sandbox runs.
private func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
