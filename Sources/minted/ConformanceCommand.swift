import ArgumentParser
import Conformance
import Foundation
import MintedAPI
import MintedSandbox

/// `minted conformance`: walks the API against a host (the embedded sandbox by default) and reports every drift from
/// the built-in OpenAPI document and the model's invariants.
struct ConformanceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conformance",
        abstract: "Check a host's answers against the built-in OpenAPI document and the fee, lock and paging rules.",
        discussion: """
        Read-only unless --write (then a test customer is created, buys, sells and delivers, and is removed). Prints a \
        drift table and a summary line. Exit status: 0 no drift, 1 drift, 69 host unreachable, 77 credentials refused, \
        64 usage, 73 a report file could not be written.
        """
    )

    @OptionGroup var connection: ConnectionOptions

    @Option(help: "Base URL of the host to check (same as --base-url); default: a fresh embedded sandbox.")
    var server: String?

    @Option(help: "An existing customer whose wallet, baskets and orders are read (default on the sandbox: its demo customer). Also MINTED_CUSTOMER.")
    var customer: String?

    @Flag(help: "Also buy, sell and deliver for a test customer created for the run, removed at the end.")
    var write = false

    @Option(help: ArgumentHelp("Write JUnit XML here: one testcase per check group.", valueName: "file"))
    var junit: String?

    @Option(help: ArgumentHelp("Write the report as JSON here.", valueName: "file"))
    var json: String?

    @Option(help: "Page size used to walk paginated lists (1…100).")
    var pageSize: Int = 3

    func validate() throws {
        guard (1...100).contains(pageSize) else { throw ValidationError("--page-size must be within 1…100") }
    }

    func run() async throws {
        let config = try ConfigFile.load()
        var options = connection
        if let server { options.baseURL = server }
        let remote = try options.remote(config: config)
        let chosen = [customer, ProcessInfo.processInfo.environment["MINTED_CUSTOMER"], config.customer]
            .compactMap { $0 }.first { !$0.isEmpty }
        let report: ConformanceReport
        do {
            if let remote {
                report = try await Self.check(remote.configuration, customer: chosen, write: write, pageSize: pageSize)
            } else {
                let server = SandboxServer(configuration: SandboxConfiguration())
                let configuration = ClientConfiguration(baseURL: try await server.start(),
                                                        credentials: DigestCredentials(username: "sandbox", password: "sandbox"))
                do {
                    report = try await Self.check(configuration, customer: chosen ?? SandboxEngine.demoCustomerId, write: write, pageSize: pageSize)
                } catch {
                    await server.stop()
                    throw error
                }
                await server.stop()
            }
        } catch let error as ConformanceError {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            switch error {
            case .unreachable: throw ExitCode(69)
            case .unauthorized: throw ExitCode(77)
            }
        }
        var out = ""
        if let table = report.table { out += table + "\n" }
        for note in report.notes { out += "note: \(note)\n" }
        out += report.summary + "\n"
        FileHandle.standardOutput.write(Data(out.utf8))
        var unwritten = false
        if let junit { unwritten = !Self.write(Data(report.junit().utf8), to: junit) || unwritten }
        if let json { unwritten = !Self.write((try? report.json()) ?? Data(), to: json) || unwritten }
        if !report.isClean { throw ExitCode(1) }
        if unwritten { throw ExitCode(73) }
    }

    static func check(_ configuration: ClientConfiguration, customer: String?, write: Bool, pageSize: Int) async throws -> ConformanceReport {
        let run = ConformanceRun(client: MintedClient(configuration: configuration), contract: try OpenAPIContract.builtIn(),
                                 options: ConformanceRun.Options(customer: customer, write: write, pageSize: pageSize))
        return try await run.run()
    }

    /// Writes a report file; false (said on stderr) when it cannot be written.
    static func write(_ data: Data, to path: String) -> Bool {
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
            return true
        } catch {
            FileHandle.standardError.write(Data("error: cannot write \(path): \(error.localizedDescription)\n".utf8))
            return false
        }
    }
}
