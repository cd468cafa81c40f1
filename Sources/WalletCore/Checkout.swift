import Foundation
import MintedAPI

/// The open basket as the basket pane, the confirmation and the completion see it; `BasketFeature` owns it.
public struct Checkout: Sendable, Equatable {
    /// Which basket is open: buy, sell or delivery (`b` `s` `d`).
    public var type: BasketType = .buy
    public var basket: Basket?
    /// Bumped when the basket in view changes identity; answers for older generations are dropped.
    public var generation = 0
    /// The cursor in the basket pane.
    public var selection = 0
    /// True while an expired lock's re-price is on its way.
    public var repricing = false
    /// When the client last asked the host to re-price an expired lock; retries wait `BasketFeature.repriceRetry`.
    public var repriceAttemptedAt: Date?
    /// True from the moment a complete call is sent until its answer: a second complete is impossible meanwhile.
    public var completing = false
    /// Calls in flight that read or change the basket; counted by the store (`AppState.callSent`).
    public var requestsInFlight = 0
    /// The figures before the last re-price, highlighted until the deadline.
    public var flash: PriceFlash?
    /// The price lock's own length in seconds, for the gauge's scale: what was left when this lock was first seen (the
    /// host does not send the length, and a lock may be 40 s or 240 s).
    public var lockLength: Int?
    /// Quantities the person asked for (`+` `-`) that no basket answer shows yet, by SKU: pressed while a request was
    /// in flight, they leave as one update with the final quantity when it answers.
    public var wantedQuantities: [String: Int] = [:]
    /// Why the basket could not be read, while none is shown.
    public var loadFailure: String?
    /// Enter was pressed in the confirmation while a basket call was out: complete when it answers (if still allowed).
    public var completesWhenAnswered = false

    public init() {}

    /// The basket line under the cursor.
    public var selectedItem: BasketItem? {
        guard let items = basket?.items, items.indices.contains(selection) else { return nil }
        return items[selection]
    }

    /// Leaves the basket in view behind (another type or customer): answers for it are dropped from now on.
    public mutating func forget() {
        generation += 1
        basket = nil
        selection = 0
        repricing = false
        flash = nil
        lockLength = nil
        wantedQuantities = [:]
        loadFailure = nil
        completesWhenAnswered = false
    }
}
