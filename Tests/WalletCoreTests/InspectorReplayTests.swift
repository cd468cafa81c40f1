import Foundation
import MintedAPI
import MintedTesting
import Testing
@testable import WalletCore

/// `r` and `e` in an exchange's detail: sent again as it was, or as edited; `--readonly` refuses a write.
extension InspectorReducerTests {
    @Test func rReSendsTheExchangeAndTheFooterSaysWhatCameBack() {
        let store = Self.recorded()
        store.send(.inspector(.confirmed)) { $0.inspector.detailId = 5 }  // PATCH /basket 422
        store.send(.inspector(.replayRequested)) {
            $0.notice = Notice(.info, "re-sending #5 PATCH /partner/walletable/basket…")
            $0.requestsInFlight = 1
            $0.busySince = $0.now
        }
        let call = APICall.replay(id: 5, method: "PATCH", pathAndQuery: "/partner/walletable/basket", body: "")
        #expect(store.pending.map(\.call) == [call])
        let answer = AppAction.inspector(.replayed(id: 5, .failure(.validation(message: "The qty must be at least 1.", fields: [:]))))
        store.respond(to: call, with: answer)
        store.receive(answer) {
            $0.requestsInFlight = 0
            $0.busySince = nil
            $0.notice = .failure("re-send of #5", .validation(message: "The qty must be at least 1.", fields: [:]))
        }
        store.finish()
    }

    @Test func anEditedBodyIsSentAndReadOnlyRefusesAWrite() {
        let store = Self.recorded()
        store.send(.inspector(.confirmed)) { $0.inspector.detailId = 5 }
        store.send(.inspector(.bodyEdited(id: 5, .success("{\"qty\": 2}\n")))) {
            $0.notice = Notice(.info, "sending #5 PATCH /partner/walletable/basket as edited…")
            $0.requestsInFlight = 1
            $0.busySince = $0.now
        }
        #expect(store.pending.map(\.call) == [.replay(id: 5, method: "PATCH", pathAndQuery: "/partner/walletable/basket", body: "{\"qty\": 2}")])
        store.send(.inspector(.bodyEdited(id: 5, .failure(EditFailure("vi exited with status 1; nothing sent"))))) {
            $0.notice = Notice(.error, "#5 not sent: vi exited with status 1; nothing sent")
        }

        let readOnly = Self.recorded { $0.readOnly = true }
        readOnly.send(.inspector(.confirmed)) { $0.inspector.detailId = 5 }
        readOnly.send(.inspector(.replayRequested)) { $0.notice = AppReducer.readOnlyNotice }
        #expect(readOnly.pending.isEmpty, "a PATCH never leaves under --readonly")
        readOnly.send(.inspector(.confirmed))
        readOnly.send(.inspector(.dismissed)) { $0.inspector.detailId = nil }
        readOnly.send(.inspector(.confirmed)) { $0.inspector.detailId = 5 }
        readOnly.finish()
    }
}
