import Foundation
import MintedAPI
import MintedSandbox
import MintedTesting
import Testing

/// `minted conformance` as CI runs it: the built binary, its output, report files and exit statuses.
@Suite(.serialized) struct ConformanceCommandTests {
    private let home = FileManager.default.temporaryDirectory.appendingPathComponent("minted-conformance-\(UUID().uuidString)")

    private var environment: [String: String] {
        ["XDG_CONFIG_HOME": home.path, "XDG_DATA_HOME": home.path, "XDG_STATE_HOME": home.path]
    }

    @Test func theEmbeddedSandboxWithWritesExitsZeroWithItsSummary() async throws {
        let binary = try #require(BuiltBinary.url(), "build the package first: swift build")
        let json = home.appendingPathComponent("report.json")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let run = try await CommandRun.run(binary, ["conformance", "--write", "--json", json.path], environment: environment)
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        #expect(run.stdout.contains("(read and write): no drift"))
        let report = try JSONValue.parse(Data(contentsOf: json)).value
        guard case .object(let fields) = report, case .array(let groups)? = fields["groups"] else {
            Issue.record("the JSON report has no groups")
            return
        }
        #expect(groups.count > 50)
    }

    @Test func driftExitsOneWithTheTableAndJUnit() async throws {
        let binary = try #require(BuiltBinary.url(), "build the package first: swift build")
        let server = SandboxServer(configuration: SandboxConfiguration())
        let url = try await server.start()
        let client = MintedClient(configuration: ClientConfiguration(baseURL: url, credentials: DigestCredentials(username: "sandbox", password: "sandbox")))
        _ = try await client.send(.setSandboxFaults(FaultPlan(corrupt: [
            FaultPlan.Corruption(method: "GET", path: "/partner/walletable/products", field: "data.last_page", value: .number(99)),
        ])))
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let junit = home.appendingPathComponent("conformance.xml")
        let run = try await CommandRun.run(binary, ["conformance", "--server", url.absoluteString, "--junit", junit.path],
                                           environment: environment.merging(["MINTED_USERNAME": "sandbox", "MINTED_PASSWORD": "sandbox"]) { $1 })
        await server.stop()
        #expect(run.status == 1, "\(run.stdout)\n\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("endpoint") == true)
        #expect(lines.contains { $0.hasPrefix("GET /partner/walletable/products") && $0.contains("pagination data.last_page") && $0.contains("99") })
        #expect(lines.last?.contains("drift in") == true)
        #expect(!run.stdout.contains("sandbox:sandbox") && !run.stderr.contains("Digest username"))
        let xml = try String(contentsOf: junit, encoding: .utf8)
        #expect(xml.contains(#"<testcase classname="GET /partner/walletable/products" name="pagination">"#))
        #expect(xml.contains(#"<failure message="data.last_page: expected"#))
    }

    @Test func anUnreachableHostExits69() async throws {
        let binary = try #require(BuiltBinary.url(), "build the package first: swift build")
        let server = SandboxServer(configuration: SandboxConfiguration())
        let url = try await server.start()
        await server.stop()
        let run = try await CommandRun.run(binary, ["conformance", "--server", url.absoluteString],
                                           environment: environment.merging(["MINTED_USERNAME": "u", "MINTED_PASSWORD": "p"]) { $1 })
        #expect(run.status == 69, "\(run.stdout)\n\(run.stderr)")
        #expect(run.stderr.hasPrefix("error: host unreachable:") && run.stderr.split(separator: "\n").count == 1)
    }
}
