import Foundation
import MintedAPI

/// Everything that can happen to the app, named as past events.
public enum AppAction: Sendable, Equatable {
    // Lifecycle and time
    case started
    case ticked(Date)
    case ratePollDue
    case viewportChanged(columns: Int, rows: Int)

    // Answers from the API
    /// Get Customer of `id` (the current customer, or one opened for editing).
    case customerLoaded(id: String, Result<Customer, APIError>)
    case productsLoaded(Result<[Product], APIError>)
    case basketLoaded(generation: Int, Result<Basket?, APIError>)
    case completionAnswered(Result<Basket, APIError>)
    case receiptLoaded(guid: String, Result<Receipt, APIError>)
    case ordersLoaded(OrderQuery, Result<Page<Basket>, APIError>)
    /// Get Order Invoice of `orderId`, asked for from a receipt.
    case invoiceLoaded(orderId: String, Result<Invoice, APIError>)
    /// The wallet of `customer`; dropped when another customer is current by then.
    case holdingsLoaded(customer: String, Result<[Holding], APIError>)
    case customerCreated(Result<Customer, APIError>)
    case customerUpdated(id: String, Result<Customer, APIError>)
    /// Remove Customer answered: nil on success.
    case customerRemoved(id: String, APIError?)

    // The customer book on disk
    case customerBookLoaded(Result<CustomerBook, CustomerBookError>)
    case customerBookSaveFailed(String)
    case ratesLoaded(Result<[CurrencyRate], APIError>)
    case historyLoaded(currencyId: Int, period: RatePeriod, Result<[RatePoint], APIError>)

    // The person, on the main screen
    case focusAdvanced
    case focusRetreated
    case paneChosen(Pane)
    case selectionMoved(by: Int)
    case addRequested
    case quantityStepped(by: Int)
    case lineRemovalRequested
    case clearRequested
    case basketTypeChosen(BasketType)
    case completionRequested
    case ordersRequested
    case customersRequested
    case rangeStepped(by: Int)
    case refreshRequested
    case privacyToggled
    case themeCycled
    case helpToggled
    case quitRequested

    // The person, in a modal
    case modalConfirmed
    case modalDismissed
    case characterTyped(Character)
    case characterDeleted
    case fieldMoved(by: Int)
    case orderPageStepped(by: Int)
    case orderTypeToggled(BasketType)
    /// `f`: the next status filter.
    case orderStatusCycled
    /// `r`: the next date range.
    case orderRangeCycled
    /// `S`: newest first / oldest first.
    case orderSortToggled
    /// `v` in a receipt: fetch the order's invoice.
    case invoiceRequested
    case customerCreationRequested
    case customerEditRequested
    case customerRemovalRequested

    /// True for the person's actions that change something on the server; `--readonly` refuses them.
    public var changesAnything: Bool {
        switch self {
        case .addRequested, .quantityStepped, .lineRemovalRequested, .clearRequested, .completionRequested,
             .customerCreationRequested, .customerEditRequested, .customerRemovalRequested: true
        default: false
        }
    }
}
