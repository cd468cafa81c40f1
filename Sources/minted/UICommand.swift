import ArgumentParser
import CursesTerminal
import Foundation
import MintedAPI
import MintedSandbox
import WalletCore
import WalletUI

/// The terminal UI, on the built-in sandbox unless told otherwise.
struct UICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ui", abstract: "The terminal UI (the default command).")

    @OptionGroup var connection: ConnectionOptions

    @Option(help: "Customer external id (default: the sandbox's demo customer).")
    var customer: String?

    @Option(help: "Theme name from themes/ or $XDG_CONFIG_HOME/minted/themes/.")
    var theme: String?

    @Option(help: "Seconds between currency-rate polls.")
    var pollInterval: Int = 5

    func run() async throws {
        let config = try ConfigFile.load()
        let language = connection.resolvedLanguage(config: config)
        var sandbox: SandboxServer?
        let configuration: ClientConfiguration
        let kind: ConnectionKind
        if let remote = try connection.remote(config: config) {
            configuration = remote.configuration
            kind = remote.kind
        } else {
            let server = SandboxServer(configuration: SandboxConfiguration())
            let url = try await server.start(host: "127.0.0.1", port: 0)
            sandbox = server
            configuration = ClientConfiguration(baseURL: url, credentials: DigestCredentials(username: "sandbox", password: "sandbox"),
                                                language: language)
            kind = .sandbox
        }
        let customerId = customer ?? SandboxEngine.demoCustomerId
        let client = MintedClient(configuration: configuration)
        let context = RenderContext(theme: ThemeCatalog.resolve(theme ?? config.theme ?? "default"), money: .forLanguage(language))
        var state = AppState(connection: kind, customerId: customerId, now: Date(),
                             ratePolling: RatePolling(interval: .seconds(max(1, pollInterval))))
        state.focus = .products
        do {
            try await CursesTerminal.withTerminal { terminal in
                CursesTerminal.installSignalRestore { terminal.restore() }
                let loop = AppLoop(terminal: terminal, context: context)
                try await loop.run(state: state, environment: .live(api: .live(client)))
            }
        } catch let error as CursesTerminalError {
            await sandbox?.stop()
            throw ValidationError(error.description)
        }
        await sandbox?.stop()
    }
}
