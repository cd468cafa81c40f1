import Foundation
import MintedAPI

/// Everything that can happen to the app, named as past events.
public enum AppAction: Sendable, Equatable {
    // Lifecycle and time
    case started
    case ticked(Date)
    case ratePollDue

    // Answers from the API
    case customerLoaded(Result<Customer, APIError>)
    case productsLoaded(Result<[Product], APIError>)
    case basketLoaded(generation: Int, Result<Basket?, APIError>)
    case holdingsLoaded(Result<[Holding], APIError>)
    case ratesLoaded(Result<[CurrencyRate], APIError>)
    case historyLoaded(currencyId: Int, period: RatePeriod, Result<[RatePoint], APIError>)

    // The person
    case focusAdvanced
    case focusRetreated
    case paneChosen(Pane)
    case selectionMoved(by: Int)
    case addRequested
    case quantityStepped(by: Int)
    case rangeStepped(by: Int)
    case refreshRequested
    case helpToggled
    case quitRequested
}
