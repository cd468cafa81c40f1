import Foundation
import MintedAPI
import MintedTesting
import Testing
@testable import WalletCore

/// Issue 15 item 2: messages have a history and a priority.
struct MessageBoardTests {
    let start = Samples.start
    let refused = Notice(.error, "buy order NOT placed — 409 price lock expired", topic: "complete", status: 409)

    @Test func thePersonsErrorOutranksTheAppsChatterAndEverythingIsLogged() {
        var board = MessageBoard()
        board.post(refused, at: start)
        board.post(Notice(.info, "lock expired: basket re-priced", topic: "basket").background, at: start + 1)
        board.post(.failure("rates", .server(status: 503, message: "down")).background, at: start + 5)
        #expect(board.current == refused, "a background poll never overwrites the person's own error")
        #expect(board.log.map(\.notice.text) == [refused.text, "lock expired: basket re-priced", "rates: 503 down"])
        #expect(board.log.last?.notice.status == 503 && board.log.last?.notice.origin == .background)
        board.post(Notice(.info, "buy completed"), at: start + 9)
        #expect(board.current == Notice(.info, "buy completed"), "the person's next message replaces it")
    }

    @Test func backgroundMessagesShowWhenNothingOfThePersonsIsAtStake() {
        var board = MessageBoard()
        board.post(Notice(.info, "customer: Ayşe"), at: start)
        let down = Notice.failure("rates", .timeout).background
        board.post(down, at: start + 1)
        #expect(board.current == down)
    }

    @Test func aSuccessClearsItsOwnErrorOnly() {
        var board = MessageBoard()
        board.post(Notice.failure("rates", .timeout).background, at: start)
        board.resolve("wallet")
        #expect(board.current != nil)
        board.resolve("rates")
        #expect(board.current == nil)
        #expect(board.log.count == 1, "the log keeps what the footer dropped")
    }

    @Test func repeatsAreCountedAndTheLogIsBounded() {
        var board = MessageBoard()
        let down = Notice.failure("rates", .timeout).background
        for second in 0..<4 { board.post(down, at: start + Double(second)) }
        #expect(board.log.count == 1 && board.log[0].repeats == 4 && board.log[0].at == start + 3)
        for index in 0..<(MessageBoard.capacity + 10) { board.post(Notice(.info, "n\(index)"), at: start) }
        #expect(board.log.count == MessageBoard.capacity)
        #expect(board.log.last?.notice.text == "n\(MessageBoard.capacity + 9)")
        #expect(board.failureCount == 0, "the oldest went first")
        board.post(down, at: start)
        board.post(down, at: start)
        #expect(board.failureCount == 2, "every failure counts, repeats included")
    }

    @Test func scrollingStaysInsideTheLog() {
        #expect(MessageBoard.offset(0, movedBy: -1, entries: 5) == 0)
        #expect(MessageBoard.offset(3, movedBy: 10, entries: 5) == 4)
        #expect(MessageBoard.offset(Int.max, movedBy: Int.max, entries: 5) == 4)
        #expect(MessageBoard.offset(2, movedBy: Int.min, entries: 5) == 0)
        #expect(MessageBoard.offset(0, movedBy: 1, entries: 0) == 0)
    }

    /// `r` and `t` confirm themselves; `m` opens the log, Esc clears the footer and the log keeps it.
    @Test func keysWithNoOtherVisibleEffectSaySoAndEscClearsTheFooter() {
        var state = AppState(connection: .sandbox, customerId: Samples.customerId, now: start)
        state.themeNames = ["default", "light"]
        let store = TestStore(state: state)
        store.send(.themeCycled) {
            $0.themeIndex = 1
            $0.notice = Notice(.info, "theme: light")
        }
        store.expectEffects([.saveTheme("light")])  // kept in the config for the next start
        store.send(.messagesOpened) { $0.modal = .messages(offset: 0) }
        store.send(.selectionMoved(by: 1))  // one entry: nothing to scroll to
        store.send(.modalDismissed) { $0.modal = nil }
        store.send(.modalDismissed) { $0.notice = nil }
        #expect(store.state.messages.log.count == 1)
        store.finish()

        var refreshed = state
        let effect = AppReducer.reduce(into: &refreshed, action: .refreshRequested)
        #expect(refreshed.notice == Notice(.info, "refreshing products, basket, wallet and rates"))
        #expect(effect.calls.count == 4)
    }
}

/// Issue 15 item 6: the lock gauge's scale is the lock's own length; no basket lines, no lock.
struct LockLengthTests {
    let start = Samples.start

    @Test func aFortySecondLockStartsFullAndAnEmptyBasketShowsNoLock() {
        var state = AppState(connection: .sandbox, customerId: Samples.customerId, now: start)
        let fortySeconds = Samples.basket(lockedUntil: start.addingTimeInterval(40))
        _ = BasketFeature.reduce(into: &state.checkout, action: .loaded(generation: 0, .success(fortySeconds)), context: FeatureContext(state))
        #expect(state.checkout.lockLength == 40)
        state.now = start.addingTimeInterval(10)
        #expect(state.lockSecondsLeft == 30)
        // The same lock read again later keeps its length; a new lock brings its own.
        _ = BasketFeature.reduce(into: &state.checkout, action: .loaded(generation: 0, .success(fortySeconds)), context: FeatureContext(state))
        #expect(state.checkout.lockLength == 40)
        var emptied = Samples.basket(lockedUntil: start.addingTimeInterval(40), quantity: 0)
        emptied.items = []
        _ = BasketFeature.reduce(into: &state.checkout, action: .loaded(generation: 0, .success(emptied)), context: FeatureContext(state))
        #expect(state.lockSecondsLeft == nil, "a cleared basket locks nothing: no countdown")
        _ = BasketFeature.reduce(into: &state.checkout, action: .loaded(generation: 0, .success(nil)), context: FeatureContext(state))
        #expect(state.checkout.lockLength == nil && state.lockSecondsLeft == nil)
    }
}
