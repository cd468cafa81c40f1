import Foundation
import MintedAPI
import MintedSandbox
import MintedTesting
import TerminalKit
import Testing
import WalletCore
import WalletUI

/// Real exchanges with a real sandbox over loopback, drawn by the inspector, dumped and exported (curl, `w`, HAR): no credential
/// that went on the wire may appear in any of it.
@Suite struct InspectorRedactionTests {
    static let password = "correct-horse-battery-staple"

    /// A sandbox with its own password, a client that talks to it, and every kind of exchange: challenges, a stale
    /// nonce, 2xx, a 422, a 404, a bearer token.
    static func exchanges() async throws -> (exchanges: [Exchange], sent: [HTTPRequest]) {
        let server = SandboxServer(configuration: SandboxConfiguration(volatility: 0, username: "qa", password: password, nonceLifetime: 2))
        let url = try await server.start()
        defer { Task { await server.stop() } }
        let wire = CountingTransport()
        let client = MintedClient(configuration: ClientConfiguration(baseURL: url, credentials: DigestCredentials(username: "qa", password: password),
                                                                     timeout: .seconds(120)), transport: wire)
        let customer = SandboxEngine.demoCustomerId
        // Nonces live 2 s here, so a machine slow enough to take longer between a challenge and its answer gets a
        // second stale 401: what this test checks is redaction, so such a call is simply made again.
        func retrying<T>(_ call: () async throws -> T) async throws -> T {
            for _ in 1..<5 {
                do { return try await call() } catch APIError.unauthorized { continue }
            }
            return try await call()
        }
        _ = try await retrying { try await client.send(.currencyRates()) }
        let basket = try await retrying { try await client.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 2, type: .buy, cartToken: nil)) }
        _ = try? await client.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 0, type: .buy, cartToken: basket.token))
        _ = try? await client.send(.customer("nobody-\(UUID().uuidString)"))
        try await Task.sleep(for: .milliseconds(2_200))
        // The cached nonce is stale by now: a stale challenge and a retry (which a very slow machine may lose too).
        _ = try? await client.send(.balance(customer: customer))
        let token = try await retrying { try await client.send(.webviewToken(customer: customer)) }
        _ = try await retrying { try await client.send(.webviewBasket(token: token.token)) }
        _ = try await retrying { try await client.send(.sandboxFaults()) }
        return (await client.log.all, wire.sent)
    }

    /// Every text the inspector can put on screen or in a file for these exchanges.
    static func everythingShown(_ exchanges: [Exchange]) -> [String] {
        var state = Samples.liveState()
        state.apiUsername = "qa"
        for exchange in exchanges { #expect(AppReducer.reduce(into: &state, action: .inspector(.exchangeRecorded(exchange))) == .none) }
        #expect(AppReducer.reduce(into: &state, action: .inspector(.opened)) == .none)
        var shown: [String] = []
        for size in [Size(width: 200, height: 60), Size(width: 120, height: 40), Size(width: 60, height: 20)] {
            shown.append(MainScreen.render(state, size: size, context: RenderContext()).text())
        }
        for index in exchanges.indices {
            var detail = state
            detail.inspector.selection = index
            #expect(AppReducer.reduce(into: &detail, action: .modalConfirmed) == .none)
            let lines = detail.inspector.detail.map { ExchangeDetail.lines($0, state: detail, width: ExchangeDetail.textWidth(columns: 120)).count } ?? 0
            for _ in stride(from: 0, through: lines, by: 10) {
                shown.append(MainScreen.render(detail, size: Size(width: 120, height: 24), context: RenderContext()).text())
                #expect(AppReducer.reduce(into: &detail, action: .selectionMoved(by: 10)) == .none)
            }
            guard case .copy(let curl) = AppReducer.reduce(into: &detail, action: .inspector(.copyRequested)) else {
                Issue.record("y did not copy")
                continue
            }
            shown.append(curl)
            guard case .writeReport(_, _, _, let contents) = AppReducer.reduce(into: &detail, action: .inspector(.writeRequested)) else {
                Issue.record("w did not write")
                continue
            }
            shown.append(contents)
        }
        let screen = MainScreen.render(state, size: Size(width: 120, height: 40), context: RenderContext()).text()
        shown.append(ScreenDump.text(screen: screen, state: state))
        shown.append(exchanges.map { "\($0)" }.joined(separator: "\n"))
        if case .writeReport(.har, _, _, let har) = AppReducer.reduce(into: &state, action: .inspector(.harExportRequested)) {
            shown.append(har)
        } else {
            Issue.record("H did not export the session")
        }
        return shown
    }

    @Test func noCredentialAppearsInAnyInspectorScreenDumpExportOrLog() async throws {
        let (exchanges, sent) = try await Self.exchanges()
        #expect(exchanges.contains { $0.isChallenge }, "a Digest challenge was exchanged")
        #expect(exchanges.contains { $0.status == 422 })
        #expect(exchanges.contains { $0.requestHeaders["Authorization"] == "Bearer ***" })
        let authorizations = sent.compactMap { $0.headers["Authorization"] }
        #expect(authorizations.count >= exchanges.count - 2, "the wire carried credentials")
        var secrets = [Self.password, "response=", "cnonce=", "Digest username", "username=\""]
        for value in authorizations {
            secrets.append(value)
            // The digest itself and the bearer token, each on its own.
            if let range = value.range(of: #"response="[0-9a-f]+""#, options: .regularExpression) { secrets.append(String(value[range].dropFirst(10).dropLast())) }
            if value.hasPrefix("Bearer ") { secrets.append(String(value.dropFirst(7))) }
        }
        let shown = Self.everythingShown(exchanges)
        #expect(shown.count > exchanges.count * 3)
        for text in shown {
            for secret in secrets where text.contains(secret) {
                Issue.record("“\(secret.prefix(40))” appears in:\n\(text.prefix(2_000))")
            }
        }
    }

    @Test func aCurlExportRunWithTheRealPasswordGetsTheSameStatusFromTheSandbox() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/curl"), "curl is needed to replay exports")
        let server = SandboxServer(configuration: SandboxConfiguration(volatility: 0, username: "qa", password: Self.password))
        let url = try await server.start()
        defer { Task { await server.stop() } }
        let client = MintedClient(configuration: ClientConfiguration(baseURL: url, credentials: DigestCredentials(username: "qa", password: Self.password),
                                                                     timeout: .seconds(120)))
        let customer = SandboxEngine.demoCustomerId
        _ = try await client.send(.currencyRates())
        let basket = try await client.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 1, type: .buy, cartToken: nil))
        _ = try? await client.send(.updateItem(customer: customer, cartToken: basket.token, sku: "MNTBAE0001", qty: -3))
        _ = try? await client.send(.customer("nobody-at-all"))
        _ = try await client.send(.orders(OrderQuery(customerExternalId: customer)))
        let replayed = await client.log.all.filter { !$0.isChallenge }
        #expect(Set(replayed.compactMap(\.status)).isSuperset(of: [200, 404, 422]))
        for exchange in replayed {
            let curl = exchange.curl(username: "qa")
            #expect(curl.contains("--digest -u 'qa:***'"))
            let command = curl.replacingOccurrences(of: "'qa:***'", with: "'qa:\(Self.password)'") + " -o /dev/null -w '%{http_code}'"
            let run = try await CommandRun.run(URL(fileURLWithPath: "/bin/sh"), ["-c", command])
            #expect(run.stdout == "\(exchange.status ?? 0)", "\(exchange.method) \(exchange.pathAndQuery): \(run.stdout) \(run.stderr)")
        }
    }
}
