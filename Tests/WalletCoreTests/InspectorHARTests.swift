import Foundation
import MintedAPI
import MintedTesting
import Testing
@testable import WalletCore

/// `H` in the inspector: every exchange kept, oldest first, as a HAR 1.2 file beside the ones `w` writes.
extension InspectorReducerTests {
    @Test func hExportsEveryExchangeKeptOldestFirstWhateverTheFilterShows() throws {
        let store = Self.recorded()
        store.send(.inspector(.filterStarted)) { $0.inspector.editingFilter = true }
        store.send(.inspector(.filterTyped("4"))) { $0.inspector.filter = "4" }
        store.send(.inspector(.confirmed)) { $0.inspector.editingFilter = false }
        #expect(store.state.inspector.listed.count == 1)
        let name = "session-2026-02-20T12-28-36Z.har"
        let contents = try HARLog(store.state.inspector.exchanges).text()
        store.send(.inspector(.harExportRequested))
        store.expectEffects([.writeReport(.har, folder: "exchanges", name: name, contents: contents)])
        store.send(.reportWritten(.har, .success("/data/minted/exchanges/" + name))) {
            $0.notice = Notice(.info, "HAR file saved: /data/minted/exchanges/" + name)
        }
        store.finish()

        let log = try #require((try JSONSerialization.jsonObject(with: Data(contents.utf8)) as? [String: Any])?["log"] as? [String: Any])
        let urls = (log["entries"] as? [[String: Any]])?.compactMap { ($0["request"] as? [String: Any])?["url"] as? String }
        #expect(urls == store.state.inspector.exchanges.map(\.url))
        #expect(urls?.count == 5)
    }

    @Test func hWithNothingRecordedSaysSoAndWritesNothing() {
        let store = TestStore(state: Samples.liveState())
        store.send(.inspector(.harExportRequested)) { $0.notice = Notice(.info, "no exchanges to export yet") }
        store.finish()
    }

    @Test func hUnderPrivacyMasksTheCustomerInEveryURL() throws {
        var state = Samples.liveState()
        state.privacy = true
        var exchange = Self.exchange("/balance?external_customer_id=cust-4711", status: 200)
        exchange.id = 1
        state.inspector.record(exchange)
        guard case .writeReport(.har, _, _, let contents) = AppReducer.reduce(into: &state, action: .inspector(.harExportRequested)) else {
            Issue.record("H did not write")
            return
        }
        #expect(!contents.contains("cust-4711"))
        #expect(contents.contains("external_customer_id=\(PrettyJSON.mask)"))
    }

    @Test func theStoreWritesTheHARFileOwnerOnlyAndNamesItInTheFooter() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("minted-har-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var state = Samples.liveState()
        for id in 1...3 {
            var exchange = Self.exchange("/products?n=\(id)", status: 200)
            exchange.id = id
            state.inspector.record(exchange)
        }
        state.modal = .inspector
        let environment = WalletEnvironment(api: SampleHost.samples(lockedUntil: Samples.start), sleep: { _ in }, now: { Samples.start }, jitter: { _ in .zero },
                                            reports: .directory(folder), screenText: { _ in "" })
        let store = Store(state: state, environment: environment)
        await store.send(.inspector(.harExportRequested))
        await settle { await store.state.notice?.text.contains(".har") == true }
        let notice = try #require(await store.state.notice)
        let path = try #require(notice.text.components(separatedBy: "HAR file saved: ").last)
        #expect(path == folder.appendingPathComponent("exchanges/session-2026-02-20T12-28-36Z.har").path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let har = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        #expect(((har["log"] as? [String: Any])?["entries"] as? [Any])?.count == 3)
    }
}
