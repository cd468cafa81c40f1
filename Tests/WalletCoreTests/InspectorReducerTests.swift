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

    /// A state whose inspector holds five exchanges, ids 1…5, the newest a 422.
    static func recorded() -> AppState {
        var state = Samples.liveState()
        state.apiUsername = "qa"
        let exchanges = [exchange("/products", status: 200), exchange("/basket", status: 200, method: "POST"),
                         exchange("/currency-rates", status: nil), exchange("/balance", status: 200),
                         exchange("/basket", status: 422, method: "PATCH")]
        for (index, var exchange) in exchanges.enumerated() {
            exchange.id = index + 1
            _ = AppReducer.reduce(into: &state, action: .inspector(.exchangeRecorded(exchange)))
        }
        _ = AppReducer.reduce(into: &state, action: .inspector(.opened))
        return state
    }

    @Test func newestFirstAndFollowingUntilTheCursorMoves() {
        var state = Self.recorded()
        #expect(state.inputMode == .inspector)
        #expect(state.inspector.listed.map(\.id) == [5, 4, 3, 2, 1])
        #expect(state.inspector.selected?.id == 5)
        var sixth = Self.exchange("/products", status: 200)
        sixth.id = 6
        _ = AppReducer.reduce(into: &state, action: .inspector(.exchangeRecorded(sixth)))
        #expect(state.inspector.selected?.id == 6, "following: the cursor stays on the newest")
        _ = AppReducer.reduce(into: &state, action: .inspector(.moved(by: 2)))
        #expect(!state.inspector.isFollowing)
        #expect(state.inspector.selected?.id == 4)
        var seventh = sixth
        seventh.id = 7
        _ = AppReducer.reduce(into: &state, action: .inspector(.exchangeRecorded(seventh)))
        #expect(state.inspector.selected?.id == 4, "paused: the row under the cursor stays put")
        #expect(state.inspector.arrivedSincePause == 1)
        _ = AppReducer.reduce(into: &state, action: .inspector(.followToggled))
        #expect(state.inspector.isFollowing)
        #expect(state.inspector.selected?.id == 7)
    }

    @Test func theRingIsBounded() {
        var state = Samples.liveState()
        for id in 1...(Inspector.capacity + 20) {
            var exchange = Self.exchange("/products", status: 200)
            exchange.id = id
            _ = AppReducer.reduce(into: &state, action: .inspector(.exchangeRecorded(exchange)))
        }
        #expect(state.inspector.exchanges.count == Inspector.capacity)
        #expect(state.inspector.exchanges.first?.id == 21)
    }

    @Test func theFilterMatchesPathMethodStatusClassAndFailures() {
        var state = Self.recorded()
        _ = AppReducer.reduce(into: &state, action: .inspector(.filterStarted))
        #expect(state.inputMode == .inspectorFilter)
        for character in "basket" { _ = AppReducer.reduce(into: &state, action: .characterTyped(character)) }
        #expect(state.inspector.listed.map(\.id) == [5, 2])
        _ = AppReducer.reduce(into: &state, action: .characterTyped(" "))
        for character in "4xx" { _ = AppReducer.reduce(into: &state, action: .characterTyped(character)) }
        #expect(state.inspector.listed.map(\.id) == [5])
        _ = AppReducer.reduce(into: &state, action: .modalConfirmed)
        #expect(state.inputMode == .inspector, "Enter keeps the filter")
        #expect(state.inspector.filter == "basket 4xx")
        state.inspector.filter = "fail"
        #expect(state.inspector.listed.map(\.id) == [5, 3])
        state.inspector.filter = "post"
        #expect(state.inspector.listed.map(\.id) == [2])
        state.inspector.filter = "20"
        #expect(state.inspector.listed.map(\.id) == [4, 2, 1])
        _ = AppReducer.reduce(into: &state, action: .inspector(.filterStarted))
        _ = AppReducer.reduce(into: &state, action: .modalDismissed)
        #expect(state.inspector.filter.isEmpty, "Esc while typing clears the filter")
        #expect(state.modal == .inspector)
    }

    @Test func enterOpensTheDetailEscClosesItThenTheInspector() {
        var state = Self.recorded()
        _ = AppReducer.reduce(into: &state, action: .inspector(.moved(by: 1)))
        _ = AppReducer.reduce(into: &state, action: .modalConfirmed)
        #expect(state.inputMode == .exchangeDetail)
        #expect(state.inspector.detail?.id == 4)
        _ = AppReducer.reduce(into: &state, action: .inspector(.moved(by: 5)))
        #expect(state.inspector.detailScroll == 5)
        _ = AppReducer.reduce(into: &state, action: .inspector(.moved(by: 1_000)))
        let lines = ExchangeDetail.lines(state.inspector.detail!, state: state, width: ExchangeDetail.textWidth(columns: 150))
        #expect(state.inspector.detailScroll == lines.count - 1)
        _ = AppReducer.reduce(into: &state, action: .modalDismissed)
        #expect(state.inputMode == .inspector)
        _ = AppReducer.reduce(into: &state, action: .modalDismissed)
        #expect(state.modal == nil)
    }

    @Test func yCopiesCurlAndWWritesTheReportNamedByIdAndTime() {
        var state = Self.recorded()
        let copy = AppReducer.reduce(into: &state, action: .inspector(.copyRequested))
        #expect(copy == .copy(state.inspector.selected!.curl(username: "qa")))
        #expect(state.notice?.text.contains("#5 as curl sent to the terminal") == true)
        let write = AppReducer.reduce(into: &state, action: .inspector(.writeRequested))
        guard case .writeReport(.exchange, "exchanges", let name, let contents) = write else {
            Issue.record("w wrote nothing: \(write)")
            return
        }
        #expect(name == "exchange-5-2026-02-20T12-28-36Z.txt")
        #expect(contents.hasPrefix("PATCH http://127.0.0.1:1/partner/walletable/basket\nstatus 422"))
        _ = AppReducer.reduce(into: &state, action: .reportWritten(.exchange, .success("/data/minted/exchanges/" + name)))
        #expect(state.notice == Notice(.info, "exchange saved: /data/minted/exchanges/" + name))
        _ = AppReducer.reduce(into: &state, action: .reportWritten(.screenDump, .failure(ReportError(message: "disk full"))))
        #expect(state.notice == Notice(.error, "screen dump not saved: disk full"))
    }

    @Test func theStoreWritesTheDumpWithTheScreenAndTheLastFiftyExchanges() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("minted-dump-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var state = Samples.liveState()
        for id in 1...60 {
            var exchange = Self.exchange("/products?n=\(id)", status: 200)
            exchange.id = id
            _ = AppReducer.reduce(into: &state, action: .inspector(.exchangeRecorded(exchange)))
        }
        let environment = WalletEnvironment(api: .samples(lockedUntil: Samples.start), sleep: { _ in }, now: { Samples.start }, jitter: { _ in .zero },
                                            reports: .directory(folder), screenText: { _ in "THE SCREEN" })
        let store = Store(state: state, environment: environment)
        await store.send(.screenDumpRequested)
        await store.send(.screenDumpRequested)
        await settle { await store.state.notice?.text.contains("-2.txt") == true }
        let notice = try #require(await store.state.notice)
        let path = try #require(notice.text.components(separatedBy: "saved: ").last)
        let dump = try String(contentsOfFile: path, encoding: .utf8)
        #expect(dump.contains("THE SCREEN"))
        #expect(dump.contains("last 50 HTTP exchanges"))
        #expect(dump.contains("/products?n=11\n"))
        #expect(!dump.contains("/products?n=10\n"))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("dumps").path).sorted()
        #expect(names == ["minted-2026-02-20T12-28-36Z-2.txt", "minted-2026-02-20T12-28-36Z.txt"], "a second dump never overwrites the first")
    }
}

extension InspectorReducerTests {
    @Test func aDigestChallengeIsLeftOutOfStatusFiltersUnlessAskedFor() {
        var state = Self.recorded()
        var challenge = Self.exchange("/products", status: 401)
        challenge.id = 6
        challenge.isChallenge = true
        _ = AppReducer.reduce(into: &state, action: .inspector(.exchangeRecorded(challenge)))
        state.inspector.filter = "4xx"
        #expect(state.inspector.listed.map(\.id) == [5])
        state.inspector.filter = "401"
        #expect(state.inspector.listed.map(\.id) == [6])
        state.inspector.filter = "auth"
        #expect(state.inspector.listed.map(\.id) == [6])
        state.inspector.filter = "products"
        #expect(state.inspector.listed.map(\.id) == [6, 1])
    }
}

extension InspectorReducerTests {
    @Test func theDetailScrollsNoFurtherThanItsLastScreenful() {
        var state = Self.recorded()
        state.viewport = Viewport(columns: 120, rows: 24)
        _ = AppReducer.reduce(into: &state, action: .modalConfirmed)
        let count = ExchangeDetail.lines(state.inspector.detail!, state: state, width: ExchangeDetail.textWidth(columns: 120)).count
        _ = AppReducer.reduce(into: &state, action: .inspector(.moved(by: 1_000)))
        #expect(state.inspector.detailScroll == max(0, count - (24 - 2 - 3)))
        _ = AppReducer.reduce(into: &state, action: .inspector(.moved(by: -1)))
        #expect(state.inspector.detailScroll == max(0, count - (24 - 2 - 3) - 1), "one ↑ moves at once")
    }

    @Test func aPausedListStaysSelectableAsOldExchangesFallOut() {
        var state = Self.recorded()
        _ = AppReducer.reduce(into: &state, action: .inspector(.moved(by: 4)))
        #expect(state.inspector.selected?.id == 1)
        for id in 6...(Inspector.capacity + 4) {
            var exchange = Self.exchange("/products", status: 200)
            exchange.id = id
            _ = AppReducer.reduce(into: &state, action: .inspector(.exchangeRecorded(exchange)))
        }
        #expect(state.inspector.listed.map(\.id) == [5], "the pause keeps what is still kept")
        #expect(state.inspector.selected?.id == 5)
    }
}

extension InspectorReducerTests {
    @Test func longDetailLinesWrapToTheSheetAndLoseNothing() {
        var state = Self.recorded()
        _ = AppReducer.reduce(into: &state, action: .modalConfirmed)
        let exchange = state.inspector.detail!
        let lines = ExchangeDetail.lines(exchange, state: state, width: 40)
        #expect(lines.allSatisfy { $0.count <= 40 })
        let curl = exchange.curl(username: "qa")
        let start = lines.firstIndex { $0.hasPrefix("curl -sS") }!
        let rejoined = lines[start...].enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst(2)) }.joined()
        #expect(rejoined == curl, "the curl line, wrapped, is all there")
    }
}
