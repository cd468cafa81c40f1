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

    @Option(help: ArgumentHelp("Forward the partner API to the host at URL, authenticating there with MINTED_USERNAME / MINTED_PASSWORD (or config.toml), and record each exchange into --cassette.", valueName: "URL"))
    var recordFrom: String?

    @Option(help: ArgumentHelp("The directory --record-from writes one JSON file per exchange into (continued when it holds some).", valueName: "DIR"))
    var cassette: String?

    @Option(help: ArgumentHelp("Answer the partner API from a cassette recorded with --record-from; an unrecorded request is a 404 naming the nearest one.", valueName: "DIR"))
    var replay: String?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0…65535") }
        try FlagBounds.check(pricefixTTL, "--pricefix-ttl", within: FlagBounds.pricefixTTL)
        guard volatility.isFinite, volatility >= 0 && volatility < 1 else { throw ValidationError("--volatility must be in [0, 1)") }
        guard DigestMode(rawValue: digest) != nil else {
            throw ValidationError("--digest must be one of: \(DigestMode.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard FaultPlan.latency(latency) != nil else { throw ValidationError("--latency must be MS or MS+JITTER, e.g. 50+20") }
        if recordFrom != nil && cassette == nil { throw ValidationError("--record-from needs --cassette DIR to record into") }
        if cassette != nil && recordFrom == nil { throw ValidationError("--cassette is where --record-from records; to play one back use --replay DIR") }
        if recordFrom != nil && replay != nil { throw ValidationError("--record-from and --replay exclude each other") }
        if state != nil && (recordFrom != nil || replay != nil) {
            throw ValidationError("--state keeps the sandbox's own state; with --record-from or --replay the cassette answers")
        }
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
        let deck = try await cassetteDeck()
        do {
            server = if let deck {
                SandboxServer(configuration: configuration, deck: deck.deck)
            } else if let state {
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
        if let deck { say(deck.banner) }
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

extension SandboxCommand {
    /// The recorder or player asked for, with its banner line; nil for the sandbox's own engine.
    func cassetteDeck() async throws -> (deck: any CassetteDeck, banner: String)? {
        if let recordFrom, let cassette {
            // The host's credentials resolve as for every other command: MINTED_USERNAME / MINTED_PASSWORD, then config.toml.
            guard let remote = try ConnectionOptions.parse(["--base-url", recordFrom]).remote(config: try ConfigFile.load()) else {
                throw ValidationError("--record-from needs the host's URL")
            }
            let directory = URL(fileURLWithPath: cassette)
            do {
                let recorder = try CassetteRecorder(upstream: MintedClient(configuration: remote.configuration), directory: directory,
                                                    report: SandboxCommand.printLine)
                let first = await recorder.firstSequence
                return (recorder, "recording \(remote.configuration.baseURL.absoluteString) as \(remote.configuration.credentials.username) "
                    + "into \(directory.path)" + (first > 1 ? " (continuing at \(first))" : ""))
            } catch let failure as CassetteFailure {
                throw ValidationError(failure.description)
            }
        }
        if let replay {
            do {
                let cassette = try Cassette(directory: URL(fileURLWithPath: replay))
                return (CassettePlayer(cassette: cassette), "replaying \(cassette.entries.count) recorded exchanges from \(cassette.directory.path)"
                    + (cassette.customer.map { " (customer \($0))" } ?? ""))
            } catch let failure as CassetteFailure {
                throw ValidationError(failure.description)
            }
        }
        return nil
    }
}

/// Writes a line to standard output at once, so a log file or pipe sees it while the sandbox runs.
private func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
