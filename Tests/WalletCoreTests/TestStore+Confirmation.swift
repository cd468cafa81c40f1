import Foundation
import MintedAPI
import MintedTesting
import Testing
@testable import WalletCore

extension TestStore {
    /// `action` opens the confirmation, which reads the basket again; the host answers `answer` (by default the basket
    /// shown, unchanged). `update` states what else `action` changes.
    func openConfirmation(by action: AppAction = .basket(.completionRequested), answer: Basket?? = nil,
                          _ update: (inout AppState) -> Void = { _ in }, sourceLocation: SourceLocation = #_sourceLocation) {
        let shown = state.checkout.basket
        send(action, {
            update(&$0)
            $0.modal = .confirmation
            if $0.requestsInFlight == 0 { $0.busySince = $0.now }
            $0.requestsInFlight += 1
            $0.checkout.requestsInFlight += 1
        }, sourceLocation: sourceLocation)
        let read = APICall.activeBasket(customer: state.customerId, type: state.checkout.type)
        let basket = answer ?? shown
        let loaded = AppAction.basket(.loaded(generation: state.checkout.generation, .success(basket)))
        respond(to: read, with: loaded, sourceLocation: sourceLocation)
        receive(loaded, {
            $0.requestsInFlight -= 1
            $0.checkout.requestsInFlight -= 1
            if $0.requestsInFlight == 0 { $0.busySince = nil }
            $0.checkout.basket = basket
        }, sourceLocation: sourceLocation)
    }
}
