import Clocks
import Foundation
import MintedAPI
import MintedTesting
import Synchronization
import Testing
import WalletCore

/// The store's side of customers: switching cancels the old customer's calls, and the customer book on disk.
struct CustomerStoreTests {
    let other = Samples.newCustomer.externalId

    @Test func switchingCancelsTheOldCustomersCallsAndNothingOfThemLands() async {
        let clock = TestClock()
        var api = SampleHost.samples(lockedUntil: Samples.start.addingTimeInterval(240))
        // The demo customer's wallet never answers on its own: only cancellation ends it.
        api.answers["balance"] = { sent in
            let id = sent.queryValue("external_customer_id")
            if id == Samples.customerId { try await clock.sleep(for: .seconds(86_400)) }
            return id == Samples.customerId ? Samples.holdings : []
        }
        api.answers["customer"] = { sent in sent.path.hasSuffix("/" + Samples.customerId) ? Samples.customer : Samples.newCustomer }
        let saved = Mutex<[CustomerBook]>([])
        var environment = testEnvironment(api: api, clock: clock)
        environment.customerBook = CustomerBookStorage(
            load: { CustomerBook(customers: [KnownCustomer(externalId: Samples.newCustomer.externalId, name: "Ayşe Yılmaz")]) },
            save: { book in saved.withLock { $0.append(book) } }
        )
        let store = Store(state: AppState(connection: .sandbox, customerId: Samples.customerId, now: Samples.start), environment: environment)
        await store.send(.started)
        await settle {
            let state = await store.state
            return state.customer != nil && state.checkout.basket != nil && state.roster.bookWritable && state.requestsInFlight == 1
        }
        #expect(await store.state.requestsInFlight == 1, "only the wallet is still out")
        #expect(await store.state.roster.customers.map(\.externalId) == [other, Samples.customerId])

        await store.send(.customers(.listRequested))
        await store.send(.selectionMoved(by: -1))
        await store.send(.modalConfirmed)
        await settle { let state = await store.state; return state.requestsInFlight == 0 && state.market.holdingsLoaded && state.customer != nil }
        let state = await store.state
        #expect(state.customerId == other)
        #expect(state.customer == Samples.newCustomer)
        #expect(state.market.holdingsLoaded && state.market.holdings.isEmpty, "the demo customer's wallet never lands")
        #expect(state.requestsInFlight == 0, "the cancelled call still answered, and was dropped")
        #expect(state.notice?.kind != .error)
        #expect(saved.withLock { $0.last?.customers.count } == 2)
        await store.cancelAll()
    }

    @Test func theBookFileKeepsOneBookPerHostAndNeverOverwritesADamagedFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("minted-book-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("minted/customers.json")
        let sandbox = CustomerBookStorage.file(url, scope: "sandbox")
        let staging = CustomerBookStorage.file(url, scope: "https://api.staging.mintedconnect.com")
        #expect(try sandbox.load() == CustomerBook(), "no file yet: an empty book")

        let book = CustomerBook(customers: Samples.knownCustomers, addresses: [Samples.customerId: Samples.address])
        try sandbox.save(book)
        try staging.save(CustomerBook(customers: [KnownCustomer(externalId: "stg-1")]))
        #expect(try sandbox.load() == book)
        #expect(try staging.load().customers == [KnownCustomer(externalId: "stg-1")])

        try Data("{ not json".utf8).write(to: url)
        #expect(throws: CustomerBookError.self) { try sandbox.load() }
        #expect(throws: CustomerBookError.self) { try sandbox.save(book) }
        #expect(try String(contentsOf: url, encoding: .utf8) == "{ not json", "a damaged book is left alone")
    }
}
