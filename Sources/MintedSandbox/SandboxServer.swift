import Foundation
import Hummingbird
import HummingbirdCore
import MintedAPI
import NIOCore
import NIOPosix

/// A local Minted Connect over loopback HTTP: the walletable API behind Digest auth, backed by one
/// `SandboxEngine` whose requests are served one at a time.
public actor SandboxServer {
    /// How the sandbox behaves.
    public nonisolated let configuration: SandboxConfiguration
    let store: SandboxStore
    private var running: Task<Void, Never>?
    /// The start in progress or done, shared by concurrent callers.
    private var startup: Task<URL, any Error>?
    /// Event loop threads of its own (`start(threads:)`), shut down by `stop()`; nil uses the process-wide ones.
    private var ownLoops: MultiThreadedEventLoopGroup?
    private var url: URL?
    /// Answers the partner API instead of the engine (`init(configuration:deck:)`): a recorder or a player.
    private let deck: (any CassetteDeck)?

    /// A stopped sandbox. `clock` is its notion of now (tests inject one they control); the engine starts at its first reading.
    public init(configuration: SandboxConfiguration = SandboxConfiguration(), clock: @escaping @Sendable () -> Date = Date.init) {
        self.init(configuration: configuration, deck: nil, clock: clock)
    }

    /// A stopped sandbox whose partner API `deck` answers (a cassette recorder or player), behind the sandbox's own
    /// Digest gate with `configuration`'s credentials; the control API and faults work as ever. Nil: the engine answers.
    public init(configuration: SandboxConfiguration = SandboxConfiguration(), deck: (any CassetteDeck)?,
                clock: @escaping @Sendable () -> Date = Date.init) {
        self.configuration = configuration
        self.deck = deck
        var seeds = SystemRandomNumberGenerator()
        // Without a state file the store cannot fail.
        store = try! SandboxStore(configuration: configuration, clock: clock, nonceSeed: seeds.next())
    }

    /// A stopped sandbox that keeps its whole state in `stateFile`: loaded now when the file exists (a damaged
    /// one throws `SandboxStateFile.Failure` and is left untouched), each change one SQLite transaction.
    public init(configuration: SandboxConfiguration = SandboxConfiguration(), clock: @escaping @Sendable () -> Date = Date.init,
                stateFile: SandboxStateFile) throws {
        self.configuration = configuration
        deck = nil
        var seeds = SystemRandomNumberGenerator()
        store = try SandboxStore(configuration: configuration, clock: clock, nonceSeed: seeds.next(), stateFile: stateFile)
    }

    /// The base URL while running, e.g. `http://127.0.0.1:49152`.
    public var baseURL: URL? { url }

    /// Starts serving on `host` (127.0.0.1 by default: loopback that every client dials) and `port` (0: an ephemeral port)
    /// and returns the base URL actually bound. Starting a running (or starting) server returns its URL again.
    /// `requestLog` gets a line per request (method, path, status, time), for `minted sandbox`; the embedded sandbox
    /// passes none. `threads` gives the server event loop threads of its own instead of the process-wide ones: a test
    /// whose deadlines must fire on time, whatever else the process runs.
    public func start(host: String = "127.0.0.1", port: Int = 0, requestLog: (@Sendable (String) -> Void)? = nil,
                      threads: Int? = nil) async throws -> URL {
        if let startup { return try await startup.value }
        if let threads, ownLoops == nil { ownLoops = MultiThreadedEventLoopGroup(numberOfThreads: max(1, min(threads, 8))) }
        let launch = Task { try await self.launch(host: host, port: port, requestLog: requestLog) }
        startup = launch
        do {
            return try await launch.value
        } catch {
            startup = nil
            throw error
        }
    }

    /// Runs the application in a task and waits until it listens.
    private func launch(host: String, port: Int, requestLog: (@Sendable (String) -> Void)?) async throws -> URL {
        let router = Router(context: SandboxRequestContext.self)
        // Added before any middleware: the document is public, never faulted, journalled or behind Digest.
        ControlRoutes.registerPublic(on: router)
        if let requestLog { router.add(middleware: RequestLogMiddleware(write: requestLog)) }
        router.add(middleware: ErrorEnvelopeMiddleware())
        router.add(middleware: FaultMiddleware(store: store))
        router.add(middleware: DigestGateMiddleware(store: store))
        router.add(middleware: ClientIdMiddleware())
        if let deck { router.add(middleware: CassetteMiddleware(deck: deck)) }
        SandboxRoutes(store: store).register(on: router)
        ControlRoutes(store: store).register(on: router)
        let headTimeout = configuration.requestHeadTimeout
        let bodyTimeout = configuration.requestBodyTimeout
        let (bound, continuation) = AsyncThrowingStream<Int, any Error>.makeStream()
        var application = Application(
            router: router,
            // An idle or stalled connection is closed after `idleTimeout`, one that has not sent a whole request head
            // after `requestHeadTimeout` or a whole body `requestBodyTimeout` after its head (a slowloris trickle), and
            // past `maximumConnections` the sandbox stops accepting until one ends, instead of running out of descriptors
            // (1,100 idle connections at `ulimit -n 1024` used to abort the process, and the TUI that embeds it).
            server: .http1(configuration: .init(
                additionalChannelHandlers: [RequestDeadlines(headTimeout: Self.timeAmount(headTimeout), bodyTimeout: Self.timeAmount(bodyTimeout))],
                idleTimeout: Self.timeAmount(configuration.idleTimeout)
            )),
            configuration: ApplicationConfiguration(
                address: .hostname(host, port: port),
                availableConnectionsDelegate: MaximumAvailableConnections(max(1, configuration.maximumConnections))
            ),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? port)
                continuation.finish()
            },
            eventLoopGroupProvider: ownLoops.map { .shared($0) } ?? .singleton
        )
        // Embedded in a terminal UI, the server must not write to the terminal: only critical logs pass.
        application.logger.logLevel = .critical
        running = Task {
            do {
                try await application.run()
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
        do {
            for try await boundPort in bound {
                // An IPv6 literal (`::1`) goes in brackets, or the URL does not parse.
                let authority = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
                guard let url = URL(string: "http://\(authority):\(boundPort)") else { break }
                self.url = url
                return url
            }
        } catch {
            await halt()
            throw StartFailure(host: host, port: port, reason: StartFailure.reason(error))
        }
        await halt()
        throw StartFailure(host: host, port: port, reason: "it stopped before it was listening")
    }

    /// `seconds` as a NIO time, kept between 0.1 s and a day (a zero, negative or huge value is not a timeout anyone means).
    static func timeAmount(_ seconds: TimeInterval) -> TimeAmount {
        .milliseconds(Int64(min(max(seconds, 0.1), 86_400) * 1_000))
    }

    /// The server could not start listening: one line saying where and why.
    public struct StartFailure: Error, Sendable, Equatable, CustomStringConvertible {
        /// The host asked for.
        public var host: String
        /// The port asked for.
        public var port: Int
        /// Why, in words (never a type name).
        public var reason: String

        public var description: String { "the sandbox cannot listen on \(host) port \(port): \(reason)" }

        /// A bind failure in words: the errors come from NIO as `IOError`s whose text carries the errno.
        static func reason(_ error: any Error) -> String {
            let text = String(describing: error)
            if text.contains("Address already in use") || text.contains("errno: 98") {
                return "the port is already in use (pick another with --port, or 0 for a free one)"
            }
            if text.contains("Cannot assign requested address") || text.contains("errno: 99") {
                return "that address is not one of this machine's"
            }
            if text.contains("Permission denied") || text.contains("errno: 13") { return "permission denied (ports below 1024 need privileges)" }
            if text.contains("Address family not supported") || text.contains("errno: 97") { return "IPv6 is not available here" }
            return "the address cannot be bound"
        }
    }

    /// Stops serving and waits until the listener is closed; a stopped server can be started again.
    public func stop() async {
        await halt()
        startup = nil
        if let ownLoops {
            self.ownLoops = nil
            try? await ownLoops.shutdownGracefully()
        }
    }

    /// Cancels the application's task and waits for it to end.
    private func halt() async {
        guard let running else { return }
        self.running = nil
        url = nil
        running.cancel()
        await running.value
    }
}
