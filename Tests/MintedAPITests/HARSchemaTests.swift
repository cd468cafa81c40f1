import Foundation
import MintedAPI
import MintedSandbox
import MintedTesting
import Testing

/// A HAR file made from real loopback exchanges validates against the HAR 1.2 JSON schema
/// (`Fixtures/har-1.2.schema.json`, from ahmadnassri/har-schema, ISC), checked by python's `jsonschema`.
@Suite struct HARSchemaTests {
    /// The package's root folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Validates argv[2] (a HAR file) against argv[1] (the schema); prints each error and exits 1 when there is one.
    static let validator = """
    import json, sys, jsonschema
    schema = json.load(open(sys.argv[1]))
    document = json.load(open(sys.argv[2]))
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
    for error in errors:
        print("/".join(map(str, error.absolute_path)) + ": " + error.message)
    sys.exit(1 if errors else 0)
    """

    /// A python that can import `jsonschema`: `$MINTED_PYTHON`, CI's `.venv-ci` (made by `scripts/openapi-fuzz.sh`;
    /// schemathesis depends on jsonschema), else `python3` on the PATH. Each is the executable and its first arguments.
    static func python() async -> [String]? {
        let environment = ProcessInfo.processInfo.environment
        var candidates: [[String]] = []
        if let chosen = environment["MINTED_PYTHON"], !chosen.isEmpty { candidates.append([chosen]) }
        candidates += [[root.appendingPathComponent(".venv-ci/bin/python3").path], [root.appendingPathComponent(".venv-ci/bin/python").path],
                       ["/usr/bin/env", "python3"], ["/usr/bin/python3"]]
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate[0]) {
            let run = try? await CommandRun.run(URL(fileURLWithPath: candidate[0]), Array(candidate.dropFirst()) + ["-c", "import jsonschema"])
            if run?.status == 0 { return candidate }
        }
        return nil
    }

    /// Runs the validator on `har` and returns its exit status and report; nil when no python has jsonschema, which
    /// fails the test under `CI` and is a known issue elsewhere.
    static func validate(_ har: URL) async throws -> CommandRun? {
        guard let python = await python() else {
            let message = "no python with jsonschema: run scripts/openapi-fuzz.sh (it makes .venv-ci), pip install jsonschema, or set MINTED_PYTHON"
            if let ci = ProcessInfo.processInfo.environment["CI"], !ci.isEmpty {
                Issue.record(Comment(rawValue: message + " (required under CI=\(ci))"))
            } else {
                withKnownIssue(Comment(rawValue: message)) { Issue.record(Comment(rawValue: message)) }
            }
            return nil
        }
        let schema = root.appendingPathComponent("Tests/MintedAPITests/Fixtures/har-1.2.schema.json")
        return try await CommandRun.run(URL(fileURLWithPath: python[0]), Array(python.dropFirst()) + ["-c", validator, schema.path, har.path])
    }

    /// Exchanges of a real session with the sandbox: Digest challenges, 200s, a 422, a 404, a bearer call, and a
    /// refused connection (no response).
    static func session() async throws -> [Exchange] {
        let server = SandboxServer(configuration: SandboxConfiguration(volatility: 0, username: "qa", password: "hunter2-secret"))
        let url = try await server.start()
        defer { Task { await server.stop() } }
        let log = ExchangeLog()
        let credentials = DigestCredentials(username: "qa", password: "hunter2-secret")
        let client = MintedClient(configuration: ClientConfiguration(baseURL: url, credentials: credentials, timeout: .seconds(120)), log: log)
        let customer = SandboxEngine.demoCustomerId
        _ = try await client.send(.currencyRates())
        _ = try await client.send(.products(page: 1, perPage: 5, metals: [.gold], deliverable: nil))
        let basket = try await client.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 2, type: .buy, cartToken: nil))
        _ = try? await client.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 0, type: .buy, cartToken: basket.token))
        _ = try? await client.send(.customer("nobody-\(UUID().uuidString)"))
        let token = try await client.send(.webviewToken(customer: customer))
        _ = try await client.send(.webviewBasket(token: token.token))
        let closed = URL(string: "http://127.0.0.1:\(try RawServer.unusedPort())")!
        let refused = MintedClient(configuration: ClientConfiguration(baseURL: closed, credentials: credentials, timeout: .seconds(5)), log: log)
        _ = try? await refused.send(.currencyRates())
        return await log.all
    }

    @Test func aHARFileOfARealSessionValidatesAgainstTheHAR12Schema() async throws {
        let exchanges = try await Self.session()
        #expect(exchanges.contains { $0.isChallenge })
        #expect(exchanges.contains { $0.status == 422 && !$0.requestBody.isEmpty })
        #expect(exchanges.contains { $0.status == nil && $0.failure != nil })
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("minted-har-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("session.har")
        let text = try HARLog(exchanges).text()
        try PrivateFile(url: file).write(Data(text.utf8))
        #expect(!text.contains("hunter2-secret"))

        // Round trip: the file parses back, one entry per exchange.
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        let entries = try #require((parsed["log"] as? [String: Any])?["entries"] as? [[String: Any]])
        #expect(entries.count == exchanges.count)

        guard let run = try await Self.validate(file) else { return }
        #expect(run.status == 0, "the HAR file does not match the HAR 1.2 schema:\n\(run.stdout)\(run.stderr)")
    }

    @Test func theSchemaRefusesAnEntryWithoutAResponse() async throws {
        // The validator must be able to fail: an entry with its response removed is not HAR.
        var har = try #require(try JSONSerialization.jsonObject(with: HARLog([HARLogTests.session[0]]).encoded()) as? [String: Any])
        var log = try #require(har["log"] as? [String: Any])
        var entries = try #require(log["entries"] as? [[String: Any]])
        entries[0]["response"] = nil
        entries[0]["time"] = -5
        log["entries"] = entries
        har["log"] = log
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("minted-har-broken-\(UUID().uuidString).har")
        defer { try? FileManager.default.removeItem(at: file) }
        try JSONSerialization.data(withJSONObject: har).write(to: file)
        guard let run = try await Self.validate(file) else { return }
        #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("'response' is a required property"))
        #expect(run.stdout.contains("log/entries/0/time"))
    }
}
