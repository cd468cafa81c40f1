import Foundation
import MintedAPI
import MintedSandbox
import Testing

/// `--state`: the whole sandbox survives a restart; a damaged file is reported and left alone.
@Suite struct SandboxStateFileTests {
    private let customer = SandboxFixtures.customer

    /// A fresh state file path in a new temporary directory.
    private func stateFile() -> SandboxStateFile {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("minted-state-\(UUID().uuidString)")
        return SandboxStateFile(url: directory.appendingPathComponent("nested/sandbox.json"))
    }

    private func client(_ url: URL) -> MintedClient {
        MintedClient(configuration: ClientConfiguration(baseURL: url, credentials: DigestCredentials(username: "sandbox", password: "sandbox"), timeout: .seconds(120)))
    }

    @Test func aRestartKeepsCustomersWalletsBasketsAndOrders() async throws {
        let file = stateFile()
        let clock = ManualClock()
        let first = try SandboxServer(configuration: SandboxFixtures.frozen, clock: clock.reading, stateFile: file)
        #expect(FileManager.default.fileExists(atPath: file.url.path))
        let api = client(try await first.start())
        _ = try await api.send(.createCustomer(CustomerProfile(externalId: "kept", firstname: "Kept", lastname: "Person", phone: "+1", identityNumber: "9")))
        let bought = try await api.send(.addItem(customer: "kept", sku: "MNTBAE0010", qty: 2, type: .buy, cartToken: nil))
        let order = try await api.send(.complete(.buy, customer: "kept", cartToken: bought.token))
        let open = try await api.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 5, type: .sell, cartToken: nil))
        let rates = try await api.send(.currencyRates())
        await first.stop()

        clock.advance(by: 30)
        let second = try SandboxServer(configuration: SandboxFixtures.frozen, clock: clock.reading, stateFile: file)
        let again = client(try await second.start())
        #expect(try await again.send(.customer("kept")).fullname == "Kept Person")
        #expect(try await again.send(.balance(customer: "kept")).map(\.amount) == [2])
        #expect(try await again.send(.balance(customer: customer)).map(\.amount) == [12, 1])
        let reopened = try #require(try await again.send(.activeBasket(customer: customer, type: .sell)))
        #expect(reopened.token == open.token && reopened.items.map(\.amount) == [5] && reopened.pricefix?.remaining == 210)
        let orders = try await again.send(.orders())
        #expect(orders.data.map(\.guid) == [order.guid] && orders.data.first?.paidTotal == order.paidTotal)
        #expect(try await again.send(.currencyRates()).map(\.buy) == rates.map(\.buy))
        #expect(try await again.send(.rateHistory(currencyId: 1_000_013, period: .day)).count == 1_440)
        let products = try await again.send(.products())
        #expect(products.data.first { $0.sku == "MNTBAE0010" }?.stock == 598)
        // New identifiers continue the sequence instead of repeating the first run's.
        let next = try await again.send(.addItem(customer: "kept", sku: "MNTBAE0001", qty: 1, type: .buy, cartToken: nil))
        #expect(next.token != bought.token && next.token != open.token && next.id != bought.id)
        await second.stop()
    }

    /// A loaded scenario survives a restart: its basket is still served and completes in TRY; its product stays unlisted.
    @Test func aRestartKeepsTheSeed000Scenario() async throws {
        let file = stateFile()
        let clock = ManualClock()
        let first = try SandboxServer(configuration: SandboxFixtures.frozen, clock: clock.reading, stateFile: file)
        let loaded = try await client(try await first.start()).send(.loadScenario(.seed000))
        await first.stop()

        clock.advance(by: 30)
        let second = try SandboxServer(configuration: SandboxFixtures.frozen, clock: clock.reading, stateFile: file)
        let again = client(try await second.start())
        let john = try #require(loaded.customer?.externalId)
        let session = try await again.send(.webviewToken(customer: john))
        let basket = try #require(try await again.send(.webviewBasket(token: session.token)))
        #expect(basket.token == loaded.token && basket.currencyCode == "TRY" && basket.price == Decimal(string: "2960.30"))
        #expect(basket.billingaddress?.invoiceType == "Individual")
        let order = try await again.send(.webviewComplete(token: session.token, cartToken: basket.token))
        #expect(order.isOrder && order.currencyCode == "TRY" && order.shippingaddress?.county == "Beykoz")
        #expect(try await again.send(.balance(customer: john)).map(\.sku) == ["MNT0001"])
        #expect(try await again.send(.products(perPage: 100)).data.allSatisfy { $0.sku != "MNT0001" })
        await second.stop()
    }

    @Test func aDamagedFileIsReportedAndLeftAlone() throws {
        let file = stateFile()
        try FileManager.default.createDirectory(at: file.url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let garbage = Data(#"{"version": 1, "customers": "#.utf8)
        try garbage.write(to: file.url)
        #expect {
            _ = try SandboxServer(configuration: SandboxFixtures.frozen, stateFile: file)
        } throws: { error in
            guard case .damaged(let path, _) = error as? SandboxStateFile.Failure else { return false }
            return path == file.url.path
        }
        #expect(try Data(contentsOf: file.url) == garbage)

        try Data(#"{"version": 99}"#.utf8).write(to: file.url)
        #expect(throws: SandboxStateFile.Failure.self) {
            _ = try SandboxServer(configuration: SandboxFixtures.frozen, stateFile: file)
        }
    }

    @Test func everyChangeIsOnDiskBeforeTheAnswer() async throws {
        let file = stateFile()
        let server = try SandboxServer(configuration: SandboxFixtures.frozen, stateFile: file)
        let api = client(try await server.start())
        let basket = try await api.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 1, type: .buy, cartToken: nil))
        let text = try StateDatabase.text(at: file.url)
        #expect(text.contains(basket.token))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: file.url.deletingLastPathComponent().path)
        #expect(leftovers.sorted() == ["sandbox.json", "sandbox.json-shm", "sandbox.json-wal"])
        for name in leftovers {
            let mode = try FileManager.default.attributesOfItem(atPath: file.url.deletingLastPathComponent().appendingPathComponent(name).path)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(name)")
        }
        await server.stop()
    }
}
