import ArgumentParser
import CursesTerminal
import Foundation
import Journeys
import Logging
import MintedAPI
import MintedSandbox
import TerminalKit
import WalletCore
import WalletUI

/// The terminal UI, on the built-in sandbox unless told otherwise.
struct UICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ui", abstract: "The terminal UI (the default command).")

    @OptionGroup var connection: ConnectionOptions

    @Option(help: "Customer external id. Also MINTED_CUSTOMER or customer in config.toml; the sandbox's demo customer only on the sandbox.")
    var customer: String?

    @Option(help: "Theme name from themes/ or $XDG_CONFIG_HOME/minted/themes/.")
    var theme: String?

    @Option(help: "Seconds between currency-rate polls.")
    var pollInterval: Int = 5

    @Flag(help: "Start the built-in sandbox afresh; its saved state and customers are kept beside them, named with the time.")
    var fresh = false

    @Flag(help: "Disable every key that changes anything; the header says READ-ONLY.")
    var readonly = false

    @Flag(help: "Demo mode: a caption line names each step as it happens; names, contacts and addresses are masked.")
    var demo = false

    @Flag(help: "Leave the mouse to the terminal (its own text selection); also `[ui] mouse = false` in config.toml. With the mouse on, a click focuses a pane and selects a row, the wheel scrolls, a click on a footer hint runs it, and Shift selects text.")
    var noMouse = false

    @Option(help: ArgumentHelp("Play a journey file in the live UI, key by key with captions (implies --demo); any key takes over.", valueName: "FILE.toml"))
    var play: String?

    @Flag(help: "With --play: start the journey again after its end (for a booth).")
    var loop = false

    @Option(help: "With --play: seconds between two keys (0…10).")
    var pace: Double = 0.6

    @Option(help: "Rate chart style: braille, block or ascii.")
    var graph: String = "braille"

    @Option(help: "Port of the built-in sandbox on 127.0.0.1 (0: any free one), so that a copied curl command keeps working.")
    var sandboxPort: Int = 0

    @Option(help: ArgumentHelp("Record what the screen shows, with timing, to FILE as an asciicast v2 file (asciinema play FILE); a Ctrl-S dump names it and the moment.", valueName: "FILE.cast"))
    var record: String?

    @Option(help: ArgumentHelp("Write the basket changes made here as a journey file; runs on a fresh embedded sandbox with frozen prices, as `minted journey` replays it.", valueName: "file"))
    var recordJourney: String?

    @Option(help: ArgumentHelp("Run on a cassette recorded with `minted sandbox --record-from URL --cassette DIR`, served by an embedded replay server: an offline demo on real data.", valueName: "DIR"))
    var replay: String?

    func validate() throws {
        try FlagBounds.check(pollInterval, "--poll-interval", within: FlagBounds.pollInterval)
        try FlagBounds.check(pace, "--pace", within: 0...10)
        if loop && play == nil { throw ValidationError("--loop repeats a --play FILE: give one") }
        try FlagBounds.check(sandboxPort, "--sandbox-port", within: 0...65_535)
        if replay != nil && recordJourney != nil { throw ValidationError("--replay and --record-journey exclude each other") }
        if replay != nil && fresh { throw ValidationError("--fresh starts the built-in sandbox afresh; a --replay cassette is read, never changed") }
    }

    func run() async throws {
        // Before anything touches a file: `--fresh` without a terminal used to wipe the state, then fail.
        do { try CursesTerminal.preflight() } catch { throw ValidationError(error.description) }
        let config = try ConfigFile.load()
        let language = connection.resolvedLanguage(config: config)
        // A journey that does not load is a usage error on a normal screen, before anything starts.
        let player: DemoPlayer? = try play.map { path in
            do {
                return DemoPlayer(cues: DemoScript.cues(for: try Journey.load(URL(fileURLWithPath: path))), loops: loop, pace: pace)
            } catch {
                throw ValidationError("--play \(path): \(error)")
            }
        }
        var sandbox: SandboxServer?
        var freshKept: [String] = []
        let configuration: ClientConfiguration
        let kind: ConnectionKind
        let bookScope: String
        var replayed: Cassette?
        if let replay {
            let cassette: Cassette
            do { cassette = try Cassette(directory: URL(fileURLWithPath: replay)) } catch let failure as CassetteFailure {
                throw ValidationError("--replay: \(failure)")
            }
            let server = SandboxServer(configuration: SandboxConfiguration(), deck: CassettePlayer(cassette: cassette))
            let url = try await Self.start(server, port: sandboxPort)
            sandbox = server
            replayed = cassette
            configuration = ClientConfiguration(baseURL: url, credentials: DigestCredentials(username: "sandbox", password: "sandbox"),
                                                language: language)
            kind = .sandbox
            // The customers used on a replay are the cassette's own, kept apart from the sandbox's and the host's.
            bookScope = "replay " + cassette.directory.standardizedFileURL.path
        } else if recordJourney == nil, let remote = try connection.remote(config: config) {
            configuration = remote.configuration
            kind = remote.kind
            bookScope = Self.scope(of: remote.configuration.baseURL)
        } else {
            let stateFile = SandboxStateFile(url: Self.sandboxStateURL(), importing: Self.legacySandboxStateURL())
            if fresh {
                // Kept, not deleted: `sandbox.sqlite.<UTC time>` beside it; a JSON state of earlier builds too, so that
                // it is not imported.
                for url in [stateFile.url, Self.legacySandboxStateURL()] {
                    do {
                        guard let kept = try PrivateFile(url: url).moveAside() else { continue }
                        freshKept.append(kept.lastPathComponent)
                        // The database's log goes with it, so that the kept copy holds its last changes.
                        rename(url.path + "-wal", kept.path + "-wal")
                    } catch { throw ValidationError("--fresh: \(error)") }
                }
            }
            let server: SandboxServer
            do {
                // A recording starts where `minted journey` replays: a fresh sandbox, prices frozen.
                server = recordJourney != nil ? SandboxServer(configuration: SandboxConfiguration(volatility: 0))
                    : try SandboxServer(configuration: SandboxConfiguration(), stateFile: stateFile)
            } catch let failure as SandboxStateFile.Failure {
                throw ValidationError(failure.description + " (--fresh starts over)")
            }
            let url = try await Self.start(server, port: sandboxPort)
            sandbox = server
            configuration = ClientConfiguration(baseURL: url, credentials: DigestCredentials(username: "sandbox", password: "sandbox"),
                                                language: language)
            kind = .sandbox
            bookScope = "sandbox"
        }
        // The customers used (and their last addresses), per host; `--fresh` forgets the embedded sandbox's.
        let customerBook = CustomerBookStorage.file(Self.dataURL("customers.json"), scope: bookScope)
        if fresh && sandbox != nil && replayed == nil {
            // Other hosts' customers stay; the sandbox's are emptied, after a copy of the whole book is kept.
            do {
                freshKept.append(contentsOf: try PrivateFile(url: Self.dataURL("customers.json")).moveAside(copy: true).map { [$0.lastPathComponent] } ?? [])
                try customerBook.save(CustomerBook())
            } catch {
                throw ValidationError("--fresh: \(error)")
            }
        }
        // On a replay the recording's customer comes first: another one was never recorded.
        let customerId = try Self.customer(flag: customer ?? replayed?.customer, config: config, kind: kind)
        let client = MintedClient(configuration: configuration)
        var api: any APIHost = client
        if let recordJourney {
            let url = URL(fileURLWithPath: recordJourney)
            do {
                let recording = try JourneyRecording(url: url, name: "recorded \(Date().formatted(.iso8601))", customer: customerId)
                api = RecordingHost(host: client, recording: recording)
            } catch { throw ValidationError("--record-journey: \(error)") }
        }
        let sink = FileLogHandler.Sink(url: Self.logURL())
        LoggingSystem.bootstrap { FileLogHandler(label: $0, sink: sink) }
        let logger = Logger(label: "minted")
        logger.info("started", metadata: ["connection": "\(kind.label)", "url": "\(Self.scope(of: configuration.baseURL))",
                                          "user": "\(configuration.credentials.username)"])
        guard let chart = ChartStyle(rawValue: graph) else { throw ValidationError("--graph must be braille, block or ascii") }
        let catalog = ThemeCatalog.catalog(selected: theme ?? config.theme ?? "default")
        let context = RenderContext(themes: catalog.themes, chart: chart, money: .forLanguage(connection.displayLanguage(config: config)))
        var state = AppState(connection: kind, customerId: customerId, now: Date(),
                             ratePolling: RatePolling(interval: .seconds(max(1, pollInterval))))
        state.focus = .products
        if sandbox == nil, let name = configuration.baseURL.host {
            let url = configuration.baseURL
            state.host = url.port.map { "\(name):\($0)" } ?? name
        }
        state.readOnly = readonly
        state.themeNames = context.themes.map(\.name)
        state.demo = demo || player != nil
        state.apiUsername = configuration.credentials.username
        // The embedded sandbox's credentials are public (printed by `minted sandbox`): a copied curl carries them and runs as is.
        if sandbox != nil { state.replayPassword = configuration.credentials.password }
        state.themeIndex = catalog.index
        if !freshKept.isEmpty { state.notice = Notice(.info, "started fresh; the old files were kept as \(freshKept.joined(separator: ", "))") }
        if let replayed {
            // The header says it is a replay and of what: the SANDBOX badge alone read as the live built-in sandbox.
            state.host = "REPLAY of " + replayed.directory.lastPathComponent
            state.notice = Notice(.info, "replaying \(replayed.entries.count) recorded exchanges from \(replayed.directory.lastPathComponent); "
                + "anything unrecorded answers 404")
        }
        if let error = catalog.error { state.notice = Notice(.error, "theme \(error)") }
        var recordingFile: FileHandle?
        if let record {
            // Opened before the terminal is taken, so that a bad path is a usage error on a normal screen.
            let fd = open(record, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            guard fd >= 0 else { throw ValidationError("--record \(record): \(String(cString: strerror(errno)))") }
            recordingFile = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
            state.recordingPath = record
            state.recordingStartedAt = state.now
        }
        CursesTerminal.installFatalSignalRestore(logPath: Self.logURL().path)
        do {
            try await CursesTerminal.withTerminal(mouse: !noMouse && config.mouse != false) { terminal in
                CursesTerminal.installSignalRestore { terminal.restore() }
                let shown = context.downgraded(to: terminal.colorDepth)
                let screen: any Terminal = recordingFile.map { RecordingTerminal(terminal, file: $0) } ?? terminal
                let loop = AppLoop(terminal: screen, context: shown) { exchange in
                    logger.log(level: exchange.isFailure ? .warning : .info, "\(exchange.summaryLine(clock: "#\(exchange.id)"))",
                               metadata: exchange.failure.map { ["failure": "\($0)"] })
                }
                let environment = WalletEnvironment.live(
                    api: api, customerBook: customerBook,
                    clipboard: { terminal.copyToClipboard($0) },
                    reports: .directory(Self.dataURL("")), saveTheme: { try ConfigFile.saveTheme($0) },
                    editText: { text in await BodyEditor.edit(text, on: terminal) },
                    screenText: { state in
                        let size = state.viewport.map { Size(width: $0.columns, height: $0.rows) } ?? terminal.size
                        return MainScreen.render(state, size: size, context: shown).text()
                    }
                )
                await loop.run(state: state, environment: environment, exchanges: await client.log.updates(), player: player)
            }
        } catch let error as CursesTerminalError {
            await sandbox?.stop()
            throw ValidationError(error.description)
        }
        await sandbox?.stop()
        logger.info("ended")
    }

    /// Starts an embedded server (the built-in sandbox or a replay) on 127.0.0.1; a port it cannot have is a usage error.
    static func start(_ server: SandboxServer, port: Int) async throws -> URL {
        do {
            return try await server.start(host: "127.0.0.1", port: port)
        } catch let failure as SandboxServer.StartFailure {
            throw ValidationError(failure.description + (port == 0 ? "" : " (--sandbox-port)"))
        }
    }

    /// The log: `$XDG_STATE_HOME/minted/minted.log`, by default under `~/.local/state`.
    static func logURL() -> URL {
        XDGDirectory.state.minted("minted.log")
    }

    /// The embedded sandbox's state file: `$XDG_DATA_HOME/minted/sandbox.sqlite`, by default under `~/.local/share`.
    static func sandboxStateURL() -> URL {
        dataURL("sandbox.sqlite")
    }

    /// The embedded sandbox's JSON state of earlier builds, imported once into `sandboxStateURL()`.
    static func legacySandboxStateURL() -> URL {
        dataURL("sandbox.json")
    }

    /// The customer book's key for a host: the base URL without any user or password in it.
    static func scope(of url: URL) -> String {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return url.host ?? "remote" }
        components.user = nil
        components.password = nil
        return components.string ?? (url.host ?? "remote")
    }

    /// `$XDG_DATA_HOME/minted/NAME`, by default under `~/.local/share`.
    static func dataURL(_ name: String) -> URL {
        XDGDirectory.data.minted(name)
    }

    /// The customer to open with: `--customer`, `MINTED_CUSTOMER`, the config's `customer`, and the demo customer only
    /// on a sandbox — on any other host a customer that exists there must be named, never the sandbox's demo one.
    static func customer(flag: String?, config: ConfigFile, kind: ConnectionKind,
                         environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        let named = [flag, environment["MINTED_CUSTOMER"], config.customer].compactMap { $0 }.first { !$0.isEmpty }
        if let named { return named }
        guard kind == .sandbox else {
            throw ValidationError("\(kind.label.lowercased()) needs a customer that exists there: --customer ID, MINTED_CUSTOMER, "
                + "or customer = \"…\" under [connection] in config.toml (the demo customer exists only in the sandbox)")
        }
        return SandboxEngine.demoCustomerId
    }
}
