import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Journeys
import MintedAPI
import MintedSandbox
import Testing

/// The JUnit report: a testcase per step, the failing step's exchanges in `system-out`, no credential anywhere.
@Suite(.serialized)
struct JUnitReportTests {
    static let password = "s3cret-Pa55word"

    /// Runs `text` against a fresh frozen-price sandbox whose Digest password is `password`.
    func run(_ text: String) async throws -> JourneyResult {
        var configuration = SandboxConfiguration(volatility: 0)
        configuration.password = Self.password
        let server = SandboxServer(configuration: configuration)
        let url = try await server.start()
        let client = MintedClient(configuration: ClientConfiguration(
            baseURL: url, credentials: DigestCredentials(username: configuration.username, password: Self.password), timeout: .seconds(120)))
        let runner = JourneyRunner(client: client, defaultCustomer: SandboxEngine.demoCustomerId, report: { _ in })
        let result = await runner.run(try Journey.parse(text, file: "wrong.toml"), file: "wrong.toml")
        await server.stop()
        return result
    }

    static let wrongTotal = """
    name = "buy & check <total>"
    [[steps]]
    action = "add"
    sku = "MNTBAE0001"
    qty = 1
    [[steps]]
    action = "add"
    sku = "MNTBAE0001"
    qty = 2
    expect = { total = "1779.6" }
    [[steps]]
    action = "complete"
    [[steps]]
    action = "balance"
    """

    @Test func oneTestcasePerStepTheFailureWithItsExchangeAndTheRestSkipped() async throws {
        let result = try await run(Self.wrongTotal)
        let xml = JUnitReport.xml([result])
        let document = try XMLDocument(xmlString: xml)
        let cases = try document.nodes(forXPath: "//testcase").compactMap { $0 as? XMLElement }
        #expect(cases.count == 4)
        #expect(cases.map { $0.attribute(forName: "name")?.stringValue } == [
            "step 1 · add · MNTBAE0001 × 1", "step 2 · add · MNTBAE0001 × 2", "step 3 · complete", "step 4 · balance",
        ])
        #expect(cases.allSatisfy { $0.attribute(forName: "classname")?.stringValue == "buy & check <total>" })
        #expect(cases.allSatisfy { $0.attribute(forName: "time")?.stringValue?.contains(".") == true })
        #expect(try document.nodes(forXPath: "//testcase[1]/failure").isEmpty)
        let failure = try #require(try document.nodes(forXPath: "//testcase[2]/failure").first as? XMLElement)
        // The actual total is 3 × 592.34 = 1777.02 AED; both sides read as money, not as `Decimal`'s or a float's digits.
        #expect(failure.attribute(forName: "message")?.stringValue == "total: expected 1,779.60 AED, got 1,777.02 AED")
        let out = try #require(try document.nodes(forXPath: "//testcase[2]/system-out").first?.stringValue)
        #expect(out.contains("POST http://127.0.0.1:"), "\(out)")
        #expect(out.contains("→ 200 OK"), "\(out)")
        #expect(out.contains("── request body") && out.contains("\"sku\": \"MNTBAE0001\""), "\(out)")
        #expect(out.contains("── response body") && out.contains("\"total\": 1777.02"), "\(out)")
        #expect(try document.nodes(forXPath: "//testcase[3]/skipped").count == 1)
        #expect(try document.nodes(forXPath: "//testcase[4]/skipped").count == 1)
        #expect(try document.nodes(forXPath: "//testsuite/@failures").first?.stringValue == "1")
        #expect(try document.nodes(forXPath: "//testsuite/@skipped").first?.stringValue == "2")
        #expect(try document.nodes(forXPath: "//testsuites/@tests").first?.stringValue == "4")
        // The client sent Digest headers on every call; none of it, nor the password, reaches the report.
        #expect(!xml.contains("Digest "))
        #expect(!xml.contains("response=\""))
        #expect(!xml.contains(Self.password))
    }

    @Test func anAmountFinerThanTheCurrencyKeepsItsDigitsAndNamesAreZeroPadded() async throws {
        let result = try await run("name = \"x\"\n[[steps]]\naction = \"add\"\nsku = \"MNTBAE0001\"\nexpect = { total = \"592.345\" }\n")
        #expect(result.firstFailure?.failure == "total: expected 592.345 AED, got 592.34 AED")
        #expect(JUnitReport.name(StepResult(index: 3, action: "add", label: "add", duration: .zero, failure: nil), width: 2) == "step 03 · add")
    }

    @Test func markupAndControlCharactersLeaveWellFormedXML() throws {
        let exchange = Exchange(id: 1, method: "POST", url: "http://h/p?a=1&b=<2>", status: 422, startedAt: Date(), duration: .milliseconds(3),
                                requestHeaders: [:], responseHeaders: [:], requestBody: "{\"note\":\"bell\u{07} nul\u{00} esc\u{1B} del\u{7F}\"}",
                                responseBody: "]]> <b>\"'&", requestBytes: 10, responseBytes: 10, failure: nil)
        let results = [JourneyResult(journey: "a \"quoted\" <journey>", file: "f&.toml", steps: [
            StepResult(index: 1, action: "add", label: "add x", summary: "x\u{01}", duration: .milliseconds(1500),
                       failure: "line one\nline <two> & \u{0B}", exchanges: [exchange]),
        ])]
        let xml = JUnitReport.xml(results)
        let document = try XMLDocument(xmlString: xml)
        let failure = try #require(try document.nodes(forXPath: "//failure").first as? XMLElement)
        #expect(failure.attribute(forName: "message")?.stringValue == "line one\nline <two> & ")
        #expect(try document.nodes(forXPath: "//testcase/@time").first?.stringValue == "1.500")
        let out = try #require(try document.nodes(forXPath: "//system-out").first?.stringValue)
        #expect(out.contains("]]> <b>\"'&"))
        #expect(out.contains("bell nul esc del"))
    }
}
