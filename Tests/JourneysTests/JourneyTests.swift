import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Journeys
import MintedAPI
import MintedSandbox
import MintedTesting
import Synchronization
import Testing

/// Journeys run through the real client against the sandbox on loopback.
@Suite(.serialized)
struct JourneyTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("journeys")

    /// Runs `journeys` against a fresh frozen-price sandbox; returns the results and the report lines.
    func run(_ journeys: [(String, Journey)], ttl: TimeInterval = 240) async throws -> ([JourneyResult], [String]) {
        let server = SandboxServer(configuration: SandboxConfiguration(pricefixTTL: ttl, volatility: 0))
        let url = try await server.start()
        let lines = Mutex<[String]>([])
        let runner = JourneyRunner(
            client: MintedClient(configuration: ClientConfiguration(baseURL: url, credentials: DigestCredentials(username: "sandbox", password: "sandbox"), timeout: .seconds(120))),
            defaultCustomer: SandboxEngine.demoCustomerId, report: { line in lines.withLock { $0.append(line) } }
        )
        var results: [JourneyResult] = []
        for (file, journey) in journeys { results.append(await runner.run(journey, file: file)) }
        await server.stop()
        return (results, lines.withLock { $0 })
    }

    @Test(arguments: ["buy.toml", "sell.toml", "delivery.toml"])
    func exampleJourneysPass(file: String) async throws {
        let journey = try Journey.load(Self.folder.appendingPathComponent(file))
        let (results, lines) = try await run([(file, journey)])
        #expect(results.first?.passed == true, "\(lines.joined(separator: "\n"))")
        #expect(results.first?.steps.count == journey.steps.count)
    }

    @Test func lockExpiryJourneyRepricesAndCompletes() async throws {
        let journey = try Journey.load(Self.folder.appendingPathComponent("lock-expiry.toml"))
        // 3 s, not 1: on a loaded machine the re-price, the wallet read and the complete can take more than a second.
        let (results, lines) = try await run([("lock-expiry.toml", journey)], ttl: 3)
        #expect(results.first?.passed == true, "\(lines.joined(separator: "\n"))")
    }

    @Test func aWrongExpectationFailsNamingStepExpectedAndActual() async throws {
        let journey = try Journey.parse("""
        name = "wrong total"
        [[steps]]
        action = "add"
        sku = "MNTBAE0001"
        qty = 3
        expect = { paid_total = "1852.61" }
        [[steps]]
        action = "complete"
        """, file: "wrong.toml")
        let (results, lines) = try await run([("wrong.toml", journey)])
        let result = try #require(results.first)
        #expect(!result.passed)
        #expect(result.firstFailure?.index == 1)
        #expect(result.firstFailure?.failure == "paid_total: expected 1,852.61 AED, got 1,852.60 AED")
        #expect(result.steps[1].skipped && result.steps[1].failure == nil)
        #expect(lines.contains { $0.contains("✘ 1. add MNTBAE0001 × 3") })
    }

    @Test func anExpectedErrorThatDoesNotHappenFails() async throws {
        let journey = try Journey.parse("""
        name = "expects an error"
        [[steps]]
        action = "add"
        sku = "MNTBAE0001"
        qty = 1
        expect_error = { status = 422, field = "qty" }
        """, file: "e.toml")
        let (results, _) = try await run([("e.toml", journey)])
        #expect(results.first?.firstFailure?.failure == "expected HTTP 422 on 'qty', but the call succeeded")
    }

    @Test func junitHasOneSuitePerJourneyAndOneTestcasePerStep() throws {
        let results = [
            JourneyResult(journey: "buy <&> \"quoted\"", file: "buy.toml", steps: [StepResult(index: 1, action: "add", label: "add", duration: .milliseconds(12), failure: nil)]),
            JourneyResult(journey: "sell", file: "sell.toml", steps: [
                StepResult(index: 1, action: "complete", label: "complete", duration: .milliseconds(1500), failure: "paid_total: expected 1, got 2"),
                StepResult(index: 2, action: "balance", label: "balance", duration: .zero, failure: nil, skipped: true),
            ]),
        ]
        let xml = JUnitReport.xml(results)
        let document = try XMLDocument(xmlString: xml)
        #expect(try document.nodes(forXPath: "//testsuite").count == 2)
        let cases = try document.nodes(forXPath: "//testcase")
        #expect(cases.count == 3)
        let failures = try document.nodes(forXPath: "//testcase/failure")
        #expect(failures.count == 1)
        #expect(try document.nodes(forXPath: "//testsuite[2]/@failures").first?.stringValue == "1")
        #expect(try document.nodes(forXPath: "//testsuite[2]/testcase[1]/@time").first?.stringValue == "1.500")
        #expect(try document.nodes(forXPath: "//testsuite[2]/testcase[2]/skipped").count == 1)
        #expect((cases.first as? XMLElement)?.attribute(forName: "classname")?.stringValue == "buy <&> \"quoted\"")
    }

    @Test func aBrokenJourneyFileNamesFileAndLine() {
        #expect {
            _ = try Journey.parse("name = \"x\"\n[[steps]\naction = \"add\"", file: "broken.toml")
        } throws: { error in
            "\(error)".hasPrefix("broken.toml:2:")
        }
        #expect {
            _ = try Journey.parse("name = \"x\"\n[[steps]]\naction = \"fly\"", file: "bad.toml")
        } throws: { error in
            "\(error)".hasPrefix("bad.toml:3: step 1: unknown action 'fly'; valid actions: add, ")
        }
    }

    /// `sell.toml` expects the seeded wallet; after `buy.toml` on the same sandbox it would see 2 g more.
    @Test func eachFileGetsItsOwnSandboxSoTheyPassTogetherAsAlone() async throws {
        let binary = try #require(BuiltBinary.url(), "build the package first: swift build")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("minted-journeys-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = ["buy.toml", "sell.toml", "delivery.toml"].map { Self.folder.appendingPathComponent($0).path }
        let run = try await CommandRun.run(binary, ["journey"] + files, environment: ["XDG_CONFIG_HOME": folder.path])
        #expect(run.status == 0, "stdout: \(run.stdout)\nstderr: \(run.stderr)")
        #expect(run.stdout.contains("3 passed, 0 failed"))
    }

    @Test func theCommandExitsNonZeroOnFailureAndWritesJUnit() async throws {
        let binary = try #require(BuiltBinary.url(), "build the package first: swift build")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("minted-journey-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let wrong = folder.appendingPathComponent("wrong.toml")
        try Data("name = \"wrong\"\n[[steps]]\naction = \"add\"\nsku = \"MNTBAE0001\"\nexpect = { total = \"1.00\" }\n".utf8).write(to: wrong)
        let junit = folder.appendingPathComponent("out.xml")
        let run = try await CommandRun.run(binary, ["journey", Self.folder.appendingPathComponent("sell.toml").path, wrong.path, "--junit", junit.path],
                                     environment: ["XDG_CONFIG_HOME": folder.path])
        #expect(run.status == 1, "stderr: \(run.stderr)")
        #expect(run.stdout.contains("total: expected 1.00 AED, got 592.34 AED"))
        #expect(run.stdout.contains("1 passed, 1 failed"))
        let document = try XMLDocument(contentsOf: junit)
        let sell = try Journey.load(Self.folder.appendingPathComponent("sell.toml"))
        #expect(try document.nodes(forXPath: "//testcase").count == sell.steps.count + 1)
        #expect(try document.nodes(forXPath: "//failure/@message").first?.stringValue == "total: expected 1.00 AED, got 592.34 AED")
    }
}
