import Foundation
import Journeys
import MintedAPI
import MintedSandbox
import Testing
import WalletCore

/// `minted journey --record`: what a person does to the basket in the UI becomes a journey that replays green on a
/// fresh sandbox. The UI is driven through its store, with the actions its keys send.
@Suite(.serialized)
struct JourneyRecordingTests {
    static func client(_ url: URL) -> MintedClient {
        MintedClient(configuration: ClientConfiguration(baseURL: url, credentials: DigestCredentials(username: "sandbox", password: "sandbox"),
                                                        timeout: .seconds(120)))
    }

    /// Sends `action`, then waits for the store to have no call in flight and for `done` to hold (at most ~30 s).
    func send(_ action: AppAction, to store: Store, until done: @Sendable (AppState) -> Bool = { _ in true }) async throws {
        await store.send(action)
        for _ in 0..<1_500 {
            let state = await store.state
            if state.requestsInFlight == 0, done(state) { return }
            try await Task.sleep(for: .milliseconds(20))
        }
        Issue.record("the store did not settle after \(action): \(await store.state.notice.map { "\($0)" } ?? "no notice")")
    }

    @Test func basketChangesInTheUIAreRecordedAndReplayGreenOnAFreshSandbox() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("minted-record-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("recorded.toml")

        // The UI on its own sandbox, prices frozen as `minted journey --record` runs it.
        let live = SandboxServer(configuration: SandboxConfiguration(volatility: 0))
        let recording = try JourneyRecording(url: file, name: "recorded: buy, change, sell", customer: SandboxEngine.demoCustomerId)
        let host = RecordingHost(host: Self.client(try await live.start()), recording: recording)
        let store = Store(state: AppState(connection: .sandbox, customerId: SandboxEngine.demoCustomerId, now: Date(),
                                          ratePolling: RatePolling(interval: .seconds(60))),
                          environment: .live(api: host))
        try await send(.started, to: store) { !$0.market.products.isEmpty }
        let units: @Sendable (AppState) -> [String: Int] = { state in
            (state.checkout.basket?.items ?? []).reduce(into: [:]) { $0[$1.sku, default: 0] += $1.amount }
        }
        try await send(.basket(.quantityEntered(sku: "MNTBAE0001", qty: 2)), to: store) { units($0) == ["MNTBAE0001": 2] }
        try await send(.basket(.quantityEntered(sku: "MNTBAE0005", qty: 1)), to: store) { units($0)["MNTBAE0005"] == 1 }
        let first = try #require(await store.state.checkout.basket?.items.firstIndex { $0.sku == "MNTBAE0001" })
        try await send(.basket(.moved(by: first - (await store.state.checkout.selection))), to: store)
        try await send(.basket(.quantityStepped(by: 1)), to: store) { units($0)["MNTBAE0001"] == 3 }
        let other = try #require(await store.state.checkout.basket?.items.firstIndex { $0.sku == "MNTBAE0005" })
        try await send(.basket(.moved(by: other - (await store.state.checkout.selection))), to: store)
        try await send(.basket(.lineRemovalRequested), to: store) { units($0) == ["MNTBAE0001": 3] }
        try await send(.basket(.completionRequested), to: store)
        try await send(.basket(.completionConfirmed), to: store) { $0.checkout.basket == nil }
        try await send(.basket(.typeChosen(.sell)), to: store)
        try await send(.basket(.quantityEntered(sku: "MNTBAE0001", qty: 1)), to: store) { units($0) == ["MNTBAE0001": 1] }
        try await send(.basket(.completionRequested), to: store)
        try await send(.basket(.completionConfirmed), to: store) { $0.checkout.basket == nil }
        await store.cancelAll()
        await live.stop()

        let text = try String(contentsOf: file, encoding: .utf8)
        let journey = try Journey.load(file)
        #expect(journey.steps.map(\.action) == [.add, .add, .update, .remove, .complete, .add, .complete], "\(text)")
        #expect(journey.steps.map(\.basketType) == [.buy, .buy, .buy, .buy, .buy, .sell, .sell], "\(text)")
        #expect(journey.steps[2].qty == 3 && journey.steps[3].sku == "MNTBAE0005", "\(text)")
        #expect(journey.steps.allSatisfy { $0.expect?.total != nil && $0.expect?.paidTotal != nil }, "\(text)")
        // A complete expects what it moved in the wallet: the buy adds its units, the sell takes one out.
        #expect(journey.steps[4].expect?.walletChange == ["MNTBAE0001": 3], "\(text)")
        #expect(journey.steps[6].expect?.walletChange == ["MNTBAE0001": -1], "\(text)")
        #expect(await recording.steps == 7)

        // Replayed by the runner on a sandbox that has seen none of it.
        let fresh = SandboxServer(configuration: SandboxConfiguration(volatility: 0))
        let runner = JourneyRunner(client: Self.client(try await fresh.start()), defaultCustomer: SandboxEngine.demoCustomerId, report: { _ in })
        let result = await runner.run(journey, file: file.path)
        await fresh.stop()
        #expect(result.passed, "\(result.firstFailure.map { "\($0.label): \($0.failure ?? "")" } ?? "")\n\(text)")
        #expect(result.steps.count == 7)
    }

    @Test func aCustomerSwitchAndADeliveryAddressAreWrittenAsTheRunnerReadsThem() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("minted-record-\(UUID().uuidString).toml")
        defer { try? FileManager.default.removeItem(at: file) }
        let recording = try JourneyRecording(url: file, name: "say \"hi\"\\", customer: "first")
        var basket = Basket(token: "t1", type: .delivery, total: Decimal(string: "1777.02")!, paidTotal: Decimal(string: "1852.6")!, items: [])
        basket.statusName = "Created"
        let address = Address(fullname: "Zoë \"Q\" O'Neil", phone: "+971 50 000", city: "Dubai", address: "Tower 1\nFloor 2")
        let body = try JSONEncoder().encode(BasketReference(externalCustomerId: "second", cartToken: "t1", shippingAddress: address))
        await recording.note("complete", body: body, answer: basket)
        await recording.note("activeBasket", body: nil, answer: basket)
        let journey = try Journey.load(file)
        #expect(journey.name == "say \"hi\"\\")
        #expect(journey.customer == "first")
        #expect(journey.steps.map(\.action) == [.useCustomer, .complete])
        #expect(journey.steps[0].customer == "second")
        #expect(journey.steps[1].basketType == .delivery)
        #expect(journey.steps[1].address == address)
        #expect(journey.steps[1].expect?.paidTotal == "1852.6")
        #expect(journey.steps[1].expect?.statusName == "Created")
    }
}
