import ArgumentParser
import Foundation
import Journeys
import MintedAPI
import MintedSandbox

/// `minted journey FILE…`: scripted journeys, headless, each step reported; JUnit XML on request.
struct JourneyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journey",
        abstract: "Run scripted buy / sell / delivery journeys (TOML) and report each step.",
        discussion: """
        Each file runs against its own fresh embedded sandbox (frozen prices), so it starts from the seeded wallet as \
        it would alone; against a host, the files run in order on its state. Exit status 1 when any step fails.
        """
    )

    @OptionGroup var connection: ConnectionOptions

    @Argument(help: "Journey files (TOML); see journeys/ and the README.")
    var files: [String] = []

    @Option(help: "Write JUnit XML here.")
    var junit: String?

    @Option(help: ArgumentHelp("Open the UI and write the basket changes made there as a journey file, to replay here.", valueName: "file"))
    var record: String?

    @Option(help: "Embedded sandbox only: seconds a price lock lasts.")
    var pricefixTTL: Double = 240

    @Option(help: "Embedded sandbox only: rate volatility (0 freezes prices, so fee figures are exact).")
    var volatility: Double = 0

    func validate() throws {
        if record != nil {
            guard files.isEmpty else { throw ValidationError("--record writes one file: name no journey files with it") }
            return
        }
        guard !files.isEmpty else { throw ValidationError("name at least one journey file") }
        try FlagBounds.check(pricefixTTL, "--pricefix-ttl", within: FlagBounds.pricefixTTL)
        guard volatility.isFinite, volatility >= 0 && volatility < 1 else { throw ValidationError("--volatility must be in [0, 1)") }
    }

    func run() async throws {
        if let record {
            try await UICommand.parse(["--record-journey", record]).run()
            return
        }
        let journeys: [(String, Journey)]
        do {
            journeys = try files.map { ($0, try Journey.load(URL(fileURLWithPath: $0))) }
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(2)
        }
        let config = try ConfigFile.load()
        let report: @Sendable (String) -> Void = { line in FileHandle.standardOutput.write(Data((line + "\n").utf8)) }
        var results: [JourneyResult] = []
        if let remote = try connection.remote(config: config) {
            let runner = JourneyRunner(client: MintedClient(configuration: remote.configuration),
                                       defaultCustomer: SandboxEngine.demoCustomerId, report: report)
            for (file, journey) in journeys { results.append(await runner.run(journey, file: file)) }
        } else {
            for (file, journey) in journeys {
                let server = SandboxServer(configuration: SandboxConfiguration(pricefixTTL: pricefixTTL, volatility: volatility))
                let configuration = ClientConfiguration(baseURL: try await server.start(),
                                                        credentials: DigestCredentials(username: "sandbox", password: "sandbox"))
                let runner = JourneyRunner(client: MintedClient(configuration: configuration),
                                           defaultCustomer: SandboxEngine.demoCustomerId, report: report)
                results.append(await runner.run(journey, file: file))
                await server.stop()
            }
        }
        let failed = results.filter { !$0.passed }
        FileHandle.standardOutput.write(Data("\(results.count - failed.count) passed, \(failed.count) failed\n".utf8))
        if let junit {
            do {
                try JUnitReport.xml(results).write(toFile: junit, atomically: true, encoding: .utf8)
            } catch {
                FileHandle.standardError.write(Data("error: cannot write \(junit): \(error.localizedDescription)\n".utf8))
                throw ExitCode(2)
            }
        }
        if !failed.isEmpty { throw ExitCode(1) }
    }
}
