import Foundation
import MintedAPI

/// The order list as a feature: it owns `OrdersView` and reduces `OrdersAction`; what it reads of the app comes in a
/// `FeatureContext`, what it asks of the app (its sheet, a receipt, a footer line) comes back in a `Step`.
public enum OrdersFeature {
    /// What the app must do after a list action, besides running `effect`.
    public struct Step: Sendable, Equatable {
        public var effect: Effect = .none
        /// True to open the list's sheet.
        public var sheetOpen = false
        /// The order whose receipt to show (built from it at once; the server's follows).
        public var receiptOf: Basket?
        public var notice: Notice?
    }

    public static func reduce(into orders: inout OrdersView, action: OrdersAction, context: FeatureContext) -> Step {
        switch action {
        case .opened:
            orders.page = 1
            orders.selection = 0
            return Step(effect: load(&orders, context), sheetOpen: true)

        case .moved(let delta):
            orders.selection = (orders.selection + delta).clampedIndex(orders.orders.count)
            return Step()

        case .pageStepped(let delta):
            let page = min(max(1, orders.page + delta), max(1, orders.lastPage))
            guard page != orders.page else { return Step() }
            orders.page = page
            orders.selection = 0
            return Step(effect: load(&orders, context))

        case .typeToggled(let type):
            if orders.types.contains(type) { orders.types.remove(type) } else { orders.types.insert(type) }
            return firstPage(&orders, context)

        case .statusCycled:
            guard context.isOpen else { return Step() }
            orders.status = orders.status.next
            return firstPage(&orders, context)

        case .rangeCycled:
            guard context.isOpen else { return Step() }
            orders.range = orders.range.next
            return firstPage(&orders, context)

        case .sortToggled:
            guard context.isOpen else { return Step() }
            orders.oldestFirst.toggle()
            return firstPage(&orders, context)

        case .orderChosen:
            guard let order = orders.selectedOrder else { return Step() }
            let receipt = order.guid.map { context.call(.receipt(customer: context.customerId, guid: $0)) }
            return Step(effect: receipt ?? .none, receiptOf: order)

        case .loaded(let query, let result):
            guard query == orders.query(customer: context.customerId) else { return Step() }
            orders.loading = false
            switch result {
            case .success(let page):
                orders.orders = page.data.enumerated().sorted { lhs, rhs in
                    let left = lhs.element.orderDate ?? .distantPast
                    let right = rhs.element.orderDate ?? .distantPast
                    guard left != right else { return lhs.offset < rhs.offset }
                    return orders.oldestFirst ? left < right : left > right
                }.map(\.element)
                orders.lastPage = min(max(1, page.lastPage), 1_000_000_000)
                orders.total = page.total
                orders.selection = orders.selection.clampedIndex(orders.orders.count)
                return Step()
            case .failure(let error):
                return Step(notice: .failure("orders", error))
            }
        }
    }

    /// A filter or the sort changed: back to page 1; answers for the old query are dropped.
    private static func firstPage(_ orders: inout OrdersView, _ context: FeatureContext) -> Step {
        orders.page = 1
        orders.selection = 0
        return Step(effect: load(&orders, context))
    }

    /// Asks for the page in view, with the date range worked out afresh from the clock.
    private static func load(_ orders: inout OrdersView, _ context: FeatureContext) -> Effect {
        let days = orders.range.days(endingAt: context.now)
        orders.startDate = days.start
        orders.endDate = days.end
        orders.loading = true
        return context.call(.orders(orders.query(customer: context.customerId)))
    }

}
