import Foundation
import MintedAPI
import MintedSandbox
import Testing

private let curl = "/usr/bin/curl"

/// The sandbox speaks Digest as curl does, not only as our client does.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: curl)))
struct CurlDigestTests {
    /// Runs curl with `arguments` and `x-client-id: web` (unless `clientId` says otherwise) and returns its standard output.
    private func run(_ arguments: [String], clientId: [String] = ["-H", "x-client-id: web"]) async throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: curl)
        process.arguments = ["--silent", "--show-error", "--max-time", "10"] + clientId + arguments
        let output = Pipe()
        process.standardOutput = output
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            process.terminationHandler = { _ in continuation.resume() }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        return output.fileHandleForReading.readDataToEndOfFile()
    }

    @Test func curlDigestReadsAndWrites() async throws {
        try await SandboxFixtures.withSandbox { _, server in
            let base = try #require(await server.baseURL)
            let rates = try await run(["--digest", "-u", "sandbox:sandbox", base.absoluteString + Endpoint.currencyRatesPath])
            let ratesEnvelope = try JSONDecoder().decode(Envelope<[CurrencyRate]>.self, from: rates)
            #expect(ratesEnvelope.success && ratesEnvelope.data?.count == 2)

            let query = "?external_customer_id=\(SandboxEngine.demoCustomerId)&metal_type=gold,silver"
            let balance = try await run(["--digest", "-u", "sandbox:sandbox", base.absoluteString + Endpoint.balancePath + query])
            #expect(try JSONDecoder().decode(Envelope<[Holding]>.self, from: balance).data?.count == 2)

            let body = #"{"external_customer_id":"\#(SandboxEngine.demoCustomerId)","sku":"MNTBAE0001","qty":3,"type":"buy"}"#
            let added = try await run([
                "--digest", "-u", "sandbox:sandbox", "-X", "POST", "-H", "Content-Type: application/json", "--data", body,
                base.absoluteString + Endpoint.basketPath,
            ])
            let basket = try JSONDecoder().decode(Envelope<Basket>.self, from: added).data
            #expect(basket?.paidTotal == SandboxFixtures.decimal("1852.60"))

            let refused = try await run(["--digest", "-u", "sandbox:wrong", base.absoluteString + Endpoint.currencyRatesPath])
            let refusal = try JSONDecoder().decode(Envelope<Nothing>.self, from: refused)
            #expect(!refusal.success && refusal.code == 401)
        }
    }

    /// Seed 000 marks `x-client-id` required, and its own sample sends it empty: missing is a 400 naming the header,
    /// empty passes.
    @Test func clientIdHeaderMustBePresentButMayBeEmpty() async throws {
        try await SandboxFixtures.withSandbox { _, server in
            let url = try #require(await server.baseURL).absoluteString + Endpoint.currencyRatesPath
            let missing = try await run(["--digest", "-u", "sandbox:sandbox", url], clientId: [])
            let refusal = try JSONDecoder().decode(Envelope<Nothing>.self, from: missing)
            #expect(!refusal.success && refusal.code == 400)
            #expect(refusal.message.contains("x-client-id"))
            let empty = try await run(["--digest", "-u", "sandbox:sandbox", url], clientId: ["-H", "x-client-id;"])
            #expect(try JSONDecoder().decode(Envelope<[CurrencyRate]>.self, from: empty).success)
        }
    }
}
