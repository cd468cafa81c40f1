import ArgumentParser
import MintedAPI

/// `minted`: the terminal client for Minted Connect's walletable API.
@main
struct Minted: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minted",
        abstract: "A terminal client for Minted Connect's Walletable E-Commerce API, with a built-in sandbox.",
        discussion: """
        With no endpoint configured, minted starts the built-in sandbox on 127.0.0.1 and talks to it over real HTTP \
        with Digest auth. Keys: ? help, a add, c complete, o orders, i inspector, f faults, Ctrl-S dump, q quit.
        """,
        version: MintedRelease.version,
        subcommands: [UICommand.self, SandboxCommand.self, APICommand.self, JourneyCommand.self, ConformanceCommand.self, InfoCommand.self, ThemesCommand.self],
        defaultSubcommand: UICommand.self
    )
}
