import Foundation
import MintedAPI

/// The order list's place in the app.
extension AppReducer {
    /// The order list's actions, reduced by `OrdersFeature` over its own state; its sheet, the receipt it opens and its
    /// footer line are the app's.
    static func orders(_ action: OrdersAction, _ state: inout AppState) -> Effect {
        let step = OrdersFeature.reduce(into: &state.orders, action: action, context: FeatureContext(state, sheet: .orders))
        if step.sheetOpen { state.modal = .orders }
        if let order = step.receiptOf { state.modal = .receipt(ReceiptView(receipt: Receipt(order: order), returnsToOrders: true, shippingAddress: order.shippingaddress)) }
        if let notice = step.notice { state.notice = notice }
        return step.effect
    }
}
