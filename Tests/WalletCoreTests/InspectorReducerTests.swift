import Foundation
import MintedAPI
import MintedTesting
import Testing
@testable import WalletCore

/// The inspector, exports and dumps through the reducer, and the store writing real files.
struct InspectorReducerTests {
    static func exchange(_ path: String, status: Int?, method: String = "GET") -> Exchange {
        Exchange(id: 0, method: method, url: "http://127.0.0.1:1/partner/walletable" + path, status: status, startedAt: Samples.start,
                 duration: .milliseconds(5), requestHeaders: ["Authorization": "Digest ***"], responseHeaders: [:], requestBody: "",
                 responseBody: #"{"data":null}"#, requestBytes: 0, responseBytes: 13, failure: status == nil ? "the connection was lost" : nil)
    }

    /// Five exchanges, ids 1…5, the newest a 422, recorded through the reducer; then the inspector opened.
    static func recorded(_ configure: (inout AppState) -> Void = { _ in }) -> TestStore {
        var state = Samples.liveState()
        state.apiUsername = "qa"
        configure(&state)
        let store = TestStore(state: state)
        let exchanges = [exchange("/products", status: 200), exchange("/basket", status: 200, method: "POST"),
                         exchange("/currency-rates", status: nil), exchange("/balance", status: 200),
                         exchange("/basket", status: 422, method: "PATCH")]
        for (index, var exchange) in exchanges.enumerated() {
            exchange.id = index + 1
            store.send(.inspector(.exchangeRecorded(exchange))) { $0.inspector.record(exchange) }
        }
        store.send(.inspector(.opened)) { $0.modal = .inspector }
        return store
    }

    /// The rows `filter` lists in `inspector` (the filter as a value: what it matches, not how it is typed).
    static func listed(_ inspector: Inspector, filter: String) -> [Int] {
        var inspector = inspector
        inspector.filter = filter
        return inspector.listed.map(\.id)
    }

    @Test func newestFirstAndFollowingUntilTheCursorMoves() {
        let store = Self.recorded()
        #expect(store.state.inputMode == .inspector)
        #expect(store.state.inspector.listed.map(\.id) == [5, 4, 3, 2, 1])
        #expect(store.state.inspector.selected?.id == 5)
        var sixth = Self.exchange("/products", status: 200)
        sixth.id = 6
        store.send(.inspector(.exchangeRecorded(sixth))) { $0.inspector.record(sixth) }
        #expect(store.state.inspector.selected?.id == 6, "following: the cursor stays on the newest")
        store.send(.inspector(.moved(by: 2))) {
            $0.inspector.pausedAt = 6
            $0.inspector.selection = 2
        }
        #expect(store.state.inspector.selected?.id == 4)
        var seventh = sixth
        seventh.id = 7
        store.send(.inspector(.exchangeRecorded(seventh))) { $0.inspector.record(seventh) }
        #expect(store.state.inspector.selected?.id == 4, "paused: the row under the cursor stays put")
        #expect(store.state.inspector.arrivedSincePause == 1)
        store.send(.inspector(.followToggled)) {
            $0.inspector.pausedAt = nil
            $0.inspector.selection = 0
        }
        #expect(store.state.inspector.selected?.id == 7)
        store.finish()
    }

    @Test func theRingIsBounded() {
        let store = TestStore(state: Samples.liveState())
        for id in 1...(Inspector.capacity + 20) {
            var exchange = Self.exchange("/products", status: 200)
            exchange.id = id
            store.send(.inspector(.exchangeRecorded(exchange))) { $0.inspector.record(exchange) }
        }
        #expect(store.state.inspector.exchanges.count == Inspector.capacity)
        #expect(store.state.inspector.exchanges.first?.id == 21)
        store.finish()
    }

    @Test func theFilterMatchesPathMethodStatusClassAndFailures() {
        let store = Self.recorded()
        store.send(.inspector(.filterStarted)) { $0.inspector.editingFilter = true }
        #expect(store.state.inputMode == .inspectorFilter)
        for character in "basket" { store.send(.characterTyped(character)) { $0.inspector.filter.append(character) } }
        #expect(store.state.inspector.listed.map(\.id) == [5, 2])
        for character in " 4xx" { store.send(.characterTyped(character)) { $0.inspector.filter.append(character) } }
        #expect(store.state.inspector.listed.map(\.id) == [5])
        store.send(.modalConfirmed) { $0.inspector.editingFilter = false }
        #expect(store.state.inputMode == .inspector, "Enter keeps the filter")
        #expect(store.state.inspector.filter == "basket 4xx")
        #expect(Self.listed(store.state.inspector, filter: "fail") == [5, 3])
        #expect(Self.listed(store.state.inspector, filter: "post") == [2])
        #expect(Self.listed(store.state.inspector, filter: "20") == [4, 2, 1])
        store.send(.inspector(.filterStarted)) { $0.inspector.editingFilter = true }
        store.send(.modalDismissed) {
            $0.inspector.editingFilter = false
            $0.inspector.filter = ""
        }
        #expect(store.state.modal == .inspector, "Esc while typing clears the filter and keeps the inspector")
        store.finish()
    }

    @Test func enterOpensTheDetailEscClosesItThenTheInspector() {
        let store = Self.recorded()
        store.send(.inspector(.moved(by: 1))) {
            $0.inspector.pausedAt = 5
            $0.inspector.selection = 1
        }
        store.send(.modalConfirmed) { $0.inspector.detailId = 4 }
        #expect(store.state.inputMode == .exchangeDetail)
        store.send(.inspector(.moved(by: 5))) { $0.inspector.detailScroll = 5 }
        let lines = ExchangeDetail.lines(store.state.inspector.detail!, state: store.state, width: ExchangeDetail.textWidth(columns: 150))
        store.send(.inspector(.moved(by: 1_000))) { $0.inspector.detailScroll = lines.count - 1 }
        store.send(.modalDismissed) { $0.inspector.detailId = nil }
        #expect(store.state.inputMode == .inspector)
        store.send(.modalDismissed) { $0.modal = nil }
        store.finish()
    }

    @Test func yCopiesCurlAndWWritesTheReportNamedByIdAndTime() {
        let store = Self.recorded()
        let newest = store.state.inspector.selected!
        store.send(.inspector(.copyRequested)) {
            $0.notice = Notice(.info, "#5 as curl sent to the terminal's clipboard (OSC 52; password as ***) · w writes a file")
        }
        store.expectEffects([.copy(newest.curl(username: "qa"))])
        let name = "exchange-5-2026-02-20T12-28-36Z.txt"
        let contents = newest.report(username: "qa", masking: []).joined(separator: "\n") + "\n"
        #expect(contents.hasPrefix("PATCH http://127.0.0.1:1/partner/walletable/basket\nstatus 422"))
        store.send(.inspector(.writeRequested))
        store.expectEffects([.writeReport(.exchange, folder: "exchanges", name: name, contents: contents)])
        store.send(.reportWritten(.exchange, .success("/data/minted/exchanges/" + name))) {
            $0.notice = Notice(.info, "exchange saved: /data/minted/exchanges/" + name)
        }
        store.send(.reportWritten(.screenDump, .failure(ReportError(message: "disk full")))) {
            $0.notice = Notice(.error, "screen dump not saved: disk full")
        }
        store.finish()
    }

    @Test func theStoreWritesTheDumpWithTheScreenAndTheLastFiftyExchanges() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("minted-dump-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var state = Samples.liveState()
        for id in 1...60 {
            var exchange = Self.exchange("/products?n=\(id)", status: 200)
            exchange.id = id
            state.inspector.record(exchange)
        }
        let environment = WalletEnvironment(api: SampleHost.samples(lockedUntil: Samples.start), sleep: { _ in }, now: { Samples.start }, jitter: { _ in .zero },
                                            reports: .directory(folder), screenText: { _ in "THE SCREEN" })
        let store = Store(state: state, environment: environment)
        await store.send(.screenDumpRequested)
        await store.send(.screenDumpRequested)
        await settle { await store.state.notice?.text.contains("-2.txt") == true }
        let notice = try #require(await store.state.notice)
        let path = try #require(notice.text.components(separatedBy: "saved: ").last)
        let dump = try String(contentsOfFile: path, encoding: .utf8)
        #expect(dump.contains("THE SCREEN"))
        #expect(dump.contains("the last 50 you caused"))
        #expect(dump.contains("/products?n=11\n"))
        #expect(!dump.contains("/products?n=10\n"))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("dumps").path).sorted()
        #expect(names == ["minted-2026-02-20T12-28-36Z-2.txt", "minted-2026-02-20T12-28-36Z.txt"], "a second dump never overwrites the first")
    }
}

extension InspectorReducerTests {
    @Test func aDigestChallengeIsLeftOutOfStatusFiltersUnlessAskedFor() {
        let store = Self.recorded()
        var challenge = Self.exchange("/products", status: 401)
        challenge.id = 6
        challenge.isChallenge = true
        store.send(.inspector(.exchangeRecorded(challenge))) { $0.inspector.record(challenge) }
        #expect(Self.listed(store.state.inspector, filter: "4xx") == [5])
        #expect(Self.listed(store.state.inspector, filter: "401") == [6])
        #expect(Self.listed(store.state.inspector, filter: "auth") == [6])
        #expect(Self.listed(store.state.inspector, filter: "products") == [6, 1])
        store.finish()
    }
}

extension InspectorReducerTests {
    @Test func theDetailScrollsNoFurtherThanItsLastScreenful() {
        // 12 rows: the header, the footer and the sheet's own three leave 7 detail lines, fewer than the detail has.
        let store = Self.recorded { $0.viewport = Viewport(columns: 120, rows: 12) }
        store.send(.modalConfirmed) { $0.inspector.detailId = 5 }
        let count = ExchangeDetail.lines(store.state.inspector.detail!, state: store.state, width: ExchangeDetail.textWidth(columns: 120)).count
        #expect(count > 7, "the sample's detail is longer than the sheet")
        store.send(.inspector(.moved(by: 1_000))) { $0.inspector.detailScroll = count - (12 - 2 - 3) }
        store.send(.inspector(.moved(by: -1))) { $0.inspector.detailScroll = count - (12 - 2 - 3) - 1 }
        store.finish()
    }

    @Test func aPausedListStaysSelectableAsOldExchangesFallOut() {
        let store = Self.recorded()
        store.send(.inspector(.moved(by: 4))) {
            $0.inspector.pausedAt = 5
            $0.inspector.selection = 4
        }
        #expect(store.state.inspector.selected?.id == 1)
        for id in 6...(Inspector.capacity + 4) {
            var exchange = Self.exchange("/products", status: 200)
            exchange.id = id
            // Once the ring drops ids 1, 2, …, the listed rows (up to the pause at 5) shrink and the cursor follows.
            let oldestKept = max(1, id - Inspector.capacity + 1)
            store.send(.inspector(.exchangeRecorded(exchange))) {
                $0.inspector.record(exchange)
                $0.inspector.selection = min(4, 5 - oldestKept)
            }
        }
        #expect(store.state.inspector.listed.map(\.id) == [5], "the pause keeps what is still kept")
        #expect(store.state.inspector.selected?.id == 5)
        store.finish()
    }
}

extension InspectorReducerTests {
    @Test func longDetailLinesWrapToTheSheetAndLoseNothing() {
        let store = Self.recorded()
        store.send(.modalConfirmed) { $0.inspector.detailId = 5 }
        let exchange = store.state.inspector.detail!
        let lines = ExchangeDetail.lines(exchange, state: store.state, width: 40)
        #expect(lines.allSatisfy { $0.count <= 40 })
        let curl = exchange.curl(username: "qa")
        let start = lines.firstIndex { $0.hasPrefix("curl -sS") }!
        let rejoined = lines[start...].enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst(2)) }.joined()
        #expect(rejoined == curl, "the curl line, wrapped, is all there")
        store.finish()
    }
}

extension InspectorReducerTests {
    /// Issue 17 item 1: a filter word can exclude (`-rates`, `!poll`), and `h` hides the background polls.
    @Test func filtersExcludeAndPollsHide() {
        var inspector = Inspector()
        let exchanges = [
            Self.exchange("/currency-rates", status: 200), Self.exchange("/rate-history?item_currency_id=1&period=1d", status: 200),
            Self.exchange("/basket", status: 422, method: "PATCH"), Self.exchange("/products?page=1", status: 200),
        ]
        for (index, exchange) in exchanges.enumerated() {
            var exchange = exchange
            exchange.id = index + 1
            inspector.record(exchange)
        }
        inspector.filter = "-rates"
        #expect(inspector.listed.map(\.id) == [4, 3, 2], "only currency-rates has 'rates'")
        inspector.filter = "!poll"
        #expect(inspector.listed.map(\.id) == [4, 3])
        inspector.filter = "poll"
        #expect(inspector.listed.map(\.id) == [2, 1])
        inspector.filter = "4xx -products"
        #expect(inspector.listed.map(\.id) == [3])
        inspector.filter = "-"
        #expect(inspector.listed.map(\.id) == [2, 1], "a lone '-' is a plain word (the paths with a dash)")
        inspector.filter = ""
        let context = FeatureContext(AppState(connection: .sandbox, customerId: Samples.customerId, now: Samples.start))
        #expect(InspectorFeature.reduce(into: &inspector, action: .pollsToggled, context: context) == InspectorFeature.Step())
        #expect(inspector.hidesPolls && inspector.listed.map(\.id) == [4, 3])
        #expect(InspectorFeature.reduce(into: &inspector, action: .pollsToggled, context: context) == InspectorFeature.Step())
        #expect(!inspector.hidesPolls && inspector.listed.count == 4)
    }
}

extension InspectorReducerTests {
    /// Issue 17 item 2: the dump keeps every failure and the person's calls in full; polls only as counts, so a
    /// failure is still in a dump taken long after it.
    @Test func theDumpKeepsFailuresAndThePersonsCallsAndCountsPolls() {
        var state = Samples.liveState()
        var failed = Self.exchange("/basket", status: 422, method: "PATCH")
        failed.id = 1
        state.inspector.record(failed)
        for id in 2...600 {  // two minutes of polls and more: the ring of 500 has long dropped the failure
            var poll = Self.exchange(id % 2 == 0 ? "/currency-rates" : "/rate-history?item_currency_id=1&period=1d", status: id == 300 ? 503 : 200)
            poll.id = id
            state.inspector.record(poll)
        }
        #expect(!state.inspector.exchanges.contains { $0.id == 1 }, "the ring no longer has it")
        let dump = ScreenDump.text(screen: "S", state: state)
        #expect(dump.contains("#1 ─"), "the 422 is in the dump")
        #expect(dump.contains("#300 ─"), "so is the failed poll")
        #expect(!dump.contains("#302 ─"), "a healthy poll is not")
        #expect(dump.contains("GET /partner/walletable/currency-rates × 250 (1 failed)"), "\(dump.suffix(400))")
        #expect(dump.contains("GET /partner/walletable/rate-history × 250"))
    }
}
