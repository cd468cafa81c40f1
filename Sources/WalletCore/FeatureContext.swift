import Foundation
import MintedAPI

/// What every feature may read of the app and none may change: the session, the customer, the open basket's identity,
/// the dialog, the terminal and the clock. The app builds one for each feature action; the feature's own state is passed apart.
public struct FeatureContext: Sendable, Equatable {
    /// True while the feature's own sheet is the open modal.
    public var isOpen: Bool
    public var connection: ConnectionKind
    public var customerId: String
    public var apiUsername: String
    /// The built-in sandbox's public password, for copied curl commands; nil on any other host.
    public var replayPassword: String?
    public var masksPersonalData: Bool
    public var now: Date
    /// The basket generation calls belong to.
    public var generation: Int
    public var basketType: BasketType
    /// The open basket's token, when it has a lock and lines (what a lock can be expired on).
    public var lockedBasketToken: String?
    /// The market a spike moves: the charted one, else the first.
    public var chartedCurrencyId: Int?
    public var columns: Int?
    public var rows: Int?
    public var chromeRows: Int
    /// The dialog open over the main screen.
    public var modal: Modal?
    /// The current customer, once read.
    public var customer: Customer?
    /// The product under the products pane's cursor.
    public var selectedProduct: Product?
    /// The current customer's last shipping address.
    public var address: Address?

    /// The context `state` gives a feature whose sheet is `sheet` (nil for a pane of the main screen).
    public init(_ state: AppState, sheet: Modal? = nil) {
        isOpen = sheet != nil && state.modal == sheet
        connection = state.connection
        customerId = state.customerId
        apiUsername = state.apiUsername
        replayPassword = state.replayPassword
        masksPersonalData = state.masksPersonalData
        now = state.now
        generation = state.checkout.generation
        basketType = state.checkout.type
        if let basket = state.checkout.basket, basket.pricefix != nil, !basket.items.isEmpty { lockedBasketToken = basket.token }
        chartedCurrencyId = state.market.historyCurrencyId ?? state.market.rates.first?.itemCurrencyId
        columns = state.viewport?.columns
        rows = state.viewport?.rows
        chromeRows = state.chromeRows
        modal = state.modal
        customer = state.customer
        selectedProduct = state.selectedProduct
        address = state.roster.addresses[state.customerId]
    }

    /// `call`, tagged with the context's generation.
    func call(_ call: APICall) -> Effect { .call(call, generation: generation) }
}

extension Int {
    /// This index kept inside `0..<count` (0 when empty).
    func clampedIndex(_ count: Int) -> Int {
        count == 0 ? 0 : Swift.min(Swift.max(0, self), count - 1)
    }
}
