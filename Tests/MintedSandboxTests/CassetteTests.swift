import Foundation
import MintedAPI
import MintedSandbox
import Testing

/// Record and replay: a recorder in front of a second sandbox standing in for the real host, then a player on the
/// cassette it wrote, all over loopback HTTP with Digest on both sides.
@Suite struct CassetteTests {
    /// The host's credentials: only the recorder knows them, and no cassette byte may hold them.
    static let hostUser = "host-user-q7v2"
    static let hostPassword = "host-pass-Zx91-secret"
    /// The credentials the recorder and the player challenge their own client with.
    static let frontUser = "front-user"
    static let frontPassword = "front-pass-K3m8"
    private let customer = SandboxFixtures.customer

    private static func client(_ url: URL, user: String = frontUser, password: String = frontPassword) -> MintedClient {
        MintedClient(configuration: ClientConfiguration(baseURL: url, credentials: DigestCredentials(username: user, password: password),
                                                        language: "en", timeout: .seconds(120)))
    }

    private static func scratchDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("minted-cassette-\(UUID().uuidString)")
    }

    private static var front: SandboxConfiguration {
        SandboxConfiguration(volatility: 0, username: frontUser, password: frontPassword)
    }

    /// What a buy journey saw, compared between the recording and the replay.
    struct Seen: Equatable {
        var unitsBefore: Int
        var basket: Basket
        var grown: Basket
        var order: Basket
        var unitsAfter: Int
        var secondCompletion: APIError?
    }

    /// Creates a buy basket, adds a line, grows it, completes it, tries to complete it again, and reads the wallet
    /// before and after (the same request twice: answered in recorded order on replay).
    private func buyJourney(_ client: MintedClient) async throws -> Seen {
        func units() async throws -> Int {
            try await client.send(.balance(customer: customer)).first { $0.sku == "MNTBAE0001" }?.amount ?? 0
        }
        let before = try await units()
        _ = try await client.send(.products())
        let basket = try await client.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 2, type: .buy, cartToken: nil))
        let grown = try await client.send(.addItem(customer: customer, sku: "MNTBAS0100", qty: 1, type: .buy, cartToken: basket.token))
        let order = try await client.send(.complete(.buy, customer: customer, cartToken: grown.token))
        var again: APIError?
        do {
            _ = try await client.send(.complete(.buy, customer: customer, cartToken: grown.token))
        } catch let error as APIError {
            again = error
        }
        return Seen(unitsBefore: before, basket: basket, grown: grown, order: order, unitsAfter: try await units(), secondCompletion: again)
    }

    /// Runs `body` with a recorder writing to `directory` in front of a fresh host sandbox; returns what it returned
    /// and how many exchanges were written.
    private func recording<Result>(into directory: URL, _ body: (MintedClient) async throws -> Result) async throws -> (Result, Int) {
        let host = SandboxServer(configuration: SandboxConfiguration(volatility: 0, username: Self.hostUser, password: Self.hostPassword))
        let hostURL = try await host.start()
        let recorder = try CassetteRecorder(upstream: Self.client(hostURL, user: Self.hostUser, password: Self.hostPassword),
                                            directory: directory)
        let server = SandboxServer(configuration: Self.front, deck: recorder)
        do {
            let result = try await body(Self.client(try await server.start()))
            await server.stop()
            await host.stop()
            return (result, await recorder.recorded)
        } catch {
            await server.stop()
            await host.stop()
            throw error
        }
    }

    /// Runs `body` against a player of the cassette in `directory`.
    private func replaying<Result>(_ directory: URL, _ body: (MintedClient, URL) async throws -> Result) async throws -> Result {
        let server = SandboxServer(configuration: Self.front, deck: CassettePlayer(cassette: try Cassette(directory: directory)))
        let url = try await server.start()
        do {
            let result = try await body(Self.client(url), url)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }

    private func files(_ directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    @Test func aBuyJourneyRecordedThroughTheRecorderReplaysTheSame() async throws {
        let directory = Self.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (recorded, written) = try await recording(into: directory) { try await buyJourney($0) }
        #expect(recorded.order.isOrder && recorded.order.statusName == "Completed")
        #expect(recorded.unitsAfter == recorded.unitsBefore + 2)
        #expect(recorded.secondCompletion?.status == 404)
        let names = try files(directory)
        // balance, products, add, add, complete, complete again, balance: one file each, in order.
        #expect(written == 7 && names.count == 7)
        #expect(names.first == "0001-GET-partner_walletable_balance.json")
        #expect(names[2] == "0003-POST-partner_walletable_basket.json")
        #expect(names[4] == "0005-POST-partner_walletable_complete_buy.json")

        let replayed = try await replaying(directory) { client, _ in try await buyJourney(client) }
        #expect(replayed == recorded)
    }

    @Test func theReplayerStillChallengesItsClient() async throws {
        let directory = Self.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try await recording(into: directory) { try await $0.send(.currencyRates()) }
        try await replaying(directory) { client, url in
            let rates = try await client.send(.currencyRates())
            #expect(!rates.isEmpty)
            let stranger = Self.client(url, user: Self.frontUser, password: "not-the-password")
            await #expect(throws: APIError.self) { try await stranger.send(.currencyRates()) }
        }
    }

    @Test func anUnmatchedRequestIs404NamingTheNearestRecordedOne() async throws {
        let directory = Self.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try await recording(into: directory) { client in
            try await client.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 2, type: .buy, cartToken: nil))
        }
        try await replaying(directory) { client, _ in
            // Another quantity: the same method and path is named, with its file.
            do {
                _ = try await client.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 3, type: .buy, cartToken: nil))
                Issue.record("an unrecorded body was answered")
            } catch let APIError.notFound(message) {
                #expect(message.contains("no recorded exchange matches POST /partner/walletable/basket"))
                #expect(message.contains(#""qty":3"#))
                #expect(message.contains("nearest recorded: POST /partner/walletable/basket"))
                #expect(message.contains(#""qty":2"#) && message.contains("(0001-POST-partner_walletable_basket.json)"))
            }
            // Another method on the path: the path's recording is named.
            do {
                _ = try await client.send(.updateItem(customer: customer, cartToken: String(repeating: "a", count: 32), sku: "MNTBAE0001", qty: 1))
                Issue.record("an unrecorded method was answered")
            } catch let APIError.notFound(message) {
                #expect(message.contains("no recorded exchange matches PATCH /partner/walletable/basket"))
                #expect(message.contains("nearest recorded: POST /partner/walletable/basket"))
            }
            // Nothing at the path.
            do {
                _ = try await client.send(.currencyRates())
                Issue.record("an unrecorded path was answered")
            } catch let APIError.notFound(message) {
                #expect(message.contains("GET /partner/walletable/currency-rates") && message.contains("nothing at this path"))
            }
        }
    }

    @Test func bodiesMatchWhateverTheirKeyOrderAndIdenticalRequestsReplayInOrder() async throws {
        let directory = Self.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        func units(_ client: MintedClient) async throws -> Int {
            try await client.send(.balance(customer: customer)).first { $0.sku == "MNTBAE0001" }?.amount ?? 0
        }
        let (before, _) = try await recording(into: directory) { client in
            let before = try await units(client)
            let basket = try await client.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 2, type: .buy, cartToken: nil))
            _ = try await client.send(.complete(.buy, customer: customer, cartToken: basket.token))
            _ = try await units(client)
            return before
        }
        let added = try #require(try Cassette(directory: directory).entries.first { $0.path == Endpoint.basketPath })
        guard case .json(.object(let fields))? = added.requestBody else {
            Issue.record("the basket body was not recorded as JSON")
            return
        }
        // The same fields, keys in reverse order, spaced and broken over lines.
        let encoder = JSONEncoder()
        let reordered = try fields.keys.sorted(by: >).map { key in
            "  \"\(key)\" :  " + String(decoding: try encoder.encode(fields[key]), as: UTF8.self)
        }.joined(separator: " ,\n")
        try await replaying(directory) { client, _ in
            #expect(try await units(client) == before)
            let basket = try await client.send(.decoding(Endpoint(method: "POST", path: Endpoint.basketPath,
                                                                  body: Data("{\n\(reordered)\n}".utf8)), as: Basket.self))
            #expect(basket?.items.count == 1)
            // The same read twice more: the second recording, then the last one again.
            #expect(try await units(client) == before + 2)
            #expect(try await units(client) == before + 2)
        }
    }

    @Test func noSecretReachesACassetteFile() async throws {
        let directory = Self.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (bearer, _) = try await recording(into: directory) { client in
            _ = try await buyJourney(client)
            let token = try await client.send(.webviewToken(customer: customer))
            _ = try await client.send(.webviewBasket(token: token.token))
            return token.token
        }
        let names = try files(directory)
        #expect(names.count == 9)
        let forbidden = [Self.hostPassword, Self.hostUser, Self.frontPassword, Self.frontUser, bearer,
                         "authorization", "digest", "nonce", "cnonce", "www-authenticate"]
        for name in names {
            let url = directory.appendingPathComponent(name)
            let text = try String(contentsOf: url, encoding: .utf8).lowercased()
            for secret in forbidden { #expect(!text.contains(secret.lowercased()), "\(name) holds \(secret)") }
            let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(name) is not owner-only")
        }
        let token = try String(contentsOf: directory.appendingPathComponent(names[7]), encoding: .utf8)
        #expect(names[7] == "0008-POST-partner_ecom_token.json" && token.contains(#""token" : "***""#))
        // The webview basket was fetched with the live token, passed on as a bearer: its answer was recorded.
        #expect(names[8] == "0009-GET-partner_ecom_getActiveBasket.json")
    }

    @Test func aHostThatDoesNotAnswerIsA502AndNothingIsRecorded() async throws {
        let directory = Self.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // Port 1 on loopback: nothing listens there, the connection is refused.
        let gone = Self.client(URL(string: "http://127.0.0.1:1")!, user: Self.hostUser, password: Self.hostPassword)
        let server = SandboxServer(configuration: Self.front, deck: try CassetteRecorder(upstream: gone, directory: directory))
        let client = Self.client(try await server.start())
        do {
            _ = try await client.send(.currencyRates())
            Issue.record("a host that is not there answered")
        } catch let APIError.server(status, message) {
            #expect(status == 502 && message.hasPrefix("the recorded host did not answer"))
        }
        await server.stop()
        #expect(try files(directory).isEmpty)
    }

    @Test func aCassetteThatDoesNotReadIsNamedWithItsFile() throws {
        let directory = Self.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        #expect(throws: CassetteFailure(path: directory.path, reason: "holds no recorded exchanges (NNNN-METHOD-path.json files)")) {
            try Cassette(directory: directory)
        }
        let file = directory.appendingPathComponent("0001-GET-partner_walletable_balance.json")
        try Data(#"{"sequence": 1, "method": "GET", "path": "/partner/walletable/balance", "status": 1000}"#.utf8).write(to: file)
        do {
            _ = try Cassette(directory: directory)
            Issue.record("a status of 1000 was read")
        } catch let failure as CassetteFailure {
            #expect(failure.path == file.path && failure.reason.contains("status 1000 is not 100…599"))
        }
    }
}
