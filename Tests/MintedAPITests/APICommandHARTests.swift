import Foundation
import MintedAPI
import MintedSandbox
import MintedTesting
import Testing

/// `minted api … --har FILE`: the run's exchanges, the Digest challenge included, in an owner-only HAR 1.2 file.
extension APICommandTests {
    static func entries(_ file: URL) throws -> [[String: Any]] {
        let har = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        return try #require((har["log"] as? [String: Any])?["entries"] as? [[String: Any]])
    }

    static func statuses(_ entries: [[String: Any]]) -> [Int] {
        entries.compactMap { ($0["response"] as? [String: Any])?["status"] as? Int }
    }

    @Test func harWritesTheRunsExchangesChallengeFirstOwnerOnly() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("minted-api-har-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("products.har")
        try await withSandbox { binary, url in
            let run = try await CommandRun.run(binary, ["api", "products", "--metal", "gold", "--har", file.path], environment: environment(url))
            #expect(run.status == 0, "stderr: \(run.stderr)")
            #expect(run.stdout.contains("MNTBAE0001"), "stdout stays the data")
        }
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let entries = try Self.entries(file)
        #expect(Self.statuses(entries) == [401, 200], "the Digest challenge, then the answer")
        for entry in entries {
            let headers = (entry["request"] as? [String: Any])?["headers"] as? [[String: String]] ?? []
            #expect(headers.contains(["name": "Authorization", "value": "Digest ***"]) || Self.statuses([entry]) == [401])
        }
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(!text.contains("response=\""), "no digest response in the file")
        #expect(text.contains("592.34"))
        guard let validation = try await HARSchemaTests.validate(file) else { return }
        #expect(validation.status == 0, "\(validation.stdout)\(validation.stderr)")
    }

    @Test func harIsWrittenWhenTheCallFailsAndTheExitStatusIsTheCalls() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("minted-api-har-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("missing.har")
        try await withSandbox { binary, url in
            let run = try await CommandRun.run(binary, ["api", "customer", "get", "nobody-here", "--har", file.path], environment: environment(url))
            #expect(run.status == 5, "stderr: \(run.stderr)")
            let unwritable = try await CommandRun.run(binary, ["api", "rates", "--har", "/proc/minted-cannot-write.har"], environment: environment(url))
            #expect(unwritable.status == 73, "stderr: \(unwritable.stderr)")
            #expect(unwritable.stderr.contains("HAR file not written"))
            #expect(unwritable.stdout.contains("item_currency_id"), "the answer is printed before the file fails")
        }
        #expect(Self.statuses(try Self.entries(file)).last == 404)
    }
}
