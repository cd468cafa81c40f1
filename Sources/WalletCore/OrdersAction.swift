import Foundation
import MintedAPI

/// Everything that happens in the order list (`o`), as past events; its key table sends these.
public enum OrdersAction: Sendable, Equatable {
    /// `o`: the list opened at its first page, keeping the filters.
    case opened
    /// ↑ ↓: another order.
    case moved(by: Int)
    /// `[` `]`: another page.
    case pageStepped(by: Int)
    /// `b` `s` `d`: a type shown or hidden.
    case typeToggled(BasketType)
    /// `f`: the next status filter.
    case statusCycled
    /// `r`: the next date range.
    case rangeCycled
    /// `S`: newest first / oldest first.
    case sortToggled
    /// Enter: the selected order's receipt asked for.
    case orderChosen
    /// Get Orders answered `query`; an answer for an older query is dropped.
    case loaded(OrderQuery, Result<Page<Basket>, APIError>)

    /// True for answers from the API. Every case is decided here.
    public var isAnswer: Bool {
        switch self {
        case .loaded: true
        case .opened, .moved, .pageStepped, .typeToggled, .statusCycled, .rangeCycled, .sortToggled, .orderChosen: false
        }
    }
}
