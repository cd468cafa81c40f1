import Foundation
import MintedAPI

/// The open basket as a feature: it owns `Checkout` and reduces `BasketAction` — loading and re-pricing, adding,
/// changing, removing, clearing, switching type, and completing exactly once. It reads the app through a
/// `FeatureContext`; the sheet it opens or closes and its footer line come back in a `Step`.
public enum BasketFeature {
    /// What the app must do after a basket action, besides running `effect`.
    public struct Step: Sendable, Equatable {
        public var effect: Effect = .none
        public var sheet: SheetChange?
        public var notice: Notice?
        /// A topic that succeeded: its error leaves the footer.
        public var resolved: String?
    }

    /// Seconds between two automatic re-price attempts while a lock stays expired (a failing host is not hammered).
    public static let repriceRetry: TimeInterval = 5

    public static func reduce(into checkout: inout Checkout, action: BasketAction, context: FeatureContext) -> Step {
        switch action {
        case .loaded(let generation, let result):
            return loaded(generation: generation, result, &checkout, context)

        case .moved(let delta):
            checkout.selection = (checkout.selection + delta).clampedIndex(checkout.basket?.items.count ?? 0)
            return Step()

        case .addRequested:
            guard let product = context.selectedProduct else { return Step(notice: Notice(.info, "no product selected")) }
            return Step(sheet: .open(.quantity(QuantityEntry(sku: product.sku, productName: product.name))))

        case .quantityEntered(let sku, let qty):
            return Step(effect: call(.addItem(customer: context.customerId, sku: sku, qty: qty, type: checkout.type,
                                              cartToken: checkout.basket?.token), checkout), sheet: .close)

        case .quantityStepped(let delta):
            guard let basket = checkout.basket, let item = checkout.selectedItem else {
                return Step(notice: Notice(.info, "no basket line selected"))
            }
            // From the quantity already asked for, not the one last shown: `+ + +` under latency means three more.
            let limit = QuantityEntry.maximum
            let base = min(limit, max(0, checkout.wantedQuantities[item.sku] ?? item.amount))
            let quantity = min(limit, max(0, base + min(limit, max(-limit, delta))))
            checkout.wantedQuantities[item.sku] = quantity
            guard checkout.requestsInFlight == 0 else {
                // Coalesced: one update with the final quantity leaves when the basket's answer is in.
                return Step(notice: Notice(.info, "busy: the basket is answering — \(item.productName) goes to \(quantity) next", topic: "basket"))
            }
            return Step(effect: call(.updateItem(customer: context.customerId, cartToken: basket.token, sku: item.sku, qty: quantity), checkout))

        case .lineRemovalRequested:
            guard let basket = checkout.basket, let item = checkout.selectedItem else {
                return Step(notice: Notice(.info, "no basket line selected"))
            }
            return Step(effect: call(.removeItem(customer: context.customerId, cartToken: basket.token, sku: item.sku), checkout))

        case .clearRequested:
            guard let basket = checkout.basket, !basket.items.isEmpty else {
                return Step(notice: Notice(.info, "the basket is already empty"))
            }
            return Step(sheet: .open(.clearConfirmation))

        case .clearConfirmed:
            guard let basket = checkout.basket else { return Step(sheet: .close) }
            return Step(effect: call(.clearBasket(customer: context.customerId, cartToken: basket.token), checkout), sheet: .close)

        case .typeChosen(let type):
            guard type != checkout.type else { return Step() }
            checkout.type = type
            checkout.forget()
            return Step(effect: load(checkout, context))

        case .completionRequested:
            if let refusal = completionRefusal(checkout, context) {
                return Step(notice: Notice(.error, "complete refused: " + refusal))
            }
            guard checkout.type != .delivery else { return Step(sheet: .open(.address(AddressForm(address: context.address)))) }
            // The confirmation reads the basket again: a lock ended elsewhere (another client, the vendor) shows as
            // expired there instead of counting down on figures the host no longer honours.
            return Step(effect: load(checkout, context), sheet: .open(.confirmation))

        case .addressGiven:
            if let refusal = completionRefusal(checkout, context) {
                return Step(sheet: .close, notice: Notice(.error, "complete refused: " + refusal))
            }
            // The confirmation reads the basket again: a lock ended elsewhere (another client, the vendor) shows as
            // expired there instead of counting down on figures the host no longer honours.
            return Step(effect: load(checkout, context), sheet: .open(.confirmation))

        case .completionConfirmed:
            if let refusal = completionRefusal(checkout, context) {
                // Enter while a basket read is out (the confirmation's own): it completes when the answer is in and
                // still allows it, instead of vanishing.
                if refusal == Self.inFlight, context.modal == .confirmation {
                    checkout.completesWhenAnswered = true
                    return Step(notice: Notice(.info, "busy: reading the basket — completing when it answers", topic: "basket"))
                }
                return Step(notice: Notice(.error, "complete refused: " + refusal))
            }
            guard let basket = checkout.basket else { return Step() }
            checkout.completing = true
            let address = checkout.type == .delivery ? context.address : nil
            return Step(effect: call(.complete(checkout.type, customer: context.customerId, cartToken: basket.token, shippingAddress: address), checkout),
                        notice: Notice(.info, "completing the \(checkout.type.rawValue) basket…"))

        case .completionAnswered(let result):
            return completionAnswered(result, &checkout, context)
        }
    }

    /// The clock moved: an expired lock is re-priced (once, then every `repriceRetry` seconds).
    public static func repriceIfDue(_ checkout: inout Checkout, _ context: FeatureContext) -> Effect {
        let now = context.now
        guard let basket = checkout.basket, let pricefix = basket.pricefix, now >= pricefix.nextUpdate, !checkout.repricing,
              !basket.items.isEmpty, checkout.requestsInFlight == 0,
              checkout.repriceAttemptedAt.map({ now.timeIntervalSince($0) >= repriceRetry }) ?? true else { return .none }
        return reprice(&checkout, context)
    }

    /// Get Active Basket of the open type.
    public static func load(_ checkout: Checkout, _ context: FeatureContext) -> Effect {
        call(.activeBasket(customer: context.customerId, type: checkout.type), checkout)
    }

    /// `call`, tagged with the basket's generation (the context's may be older: a type switch bumps it here).
    static func call(_ call: APICall, _ checkout: Checkout) -> Effect { .call(call, generation: checkout.generation) }

    private static func loaded(generation: Int, _ result: Result<Basket?, APIError>, _ checkout: inout Checkout,
                               _ context: FeatureContext) -> Step {
        guard generation == checkout.generation else { return Step() }
        let wasRepricing = checkout.repricing
        checkout.repricing = false
        switch result {
        case .success(let basket):
            if let old = checkout.basket, let new = basket, old.token == new.token, wasRepricing || new.pricefix?.updated == true {
                let flash = PriceFlash(before: old, until: context.now.addingTimeInterval(PriceFlash.duration))
                let changed = new.items.contains { flash.priceMove(sku: $0.sku, to: $0.price) != nil }
                    || flash.totalMove(to: new.total) != nil || flash.paidTotalMove(to: new.paidTotal) != nil
                if changed { checkout.flash = flash }
            }
            let sameLock = basket?.pricefix?.nextUpdate == checkout.basket?.pricefix?.nextUpdate
            if let pricefix = basket?.pricefix {
                // An ended lock teaches nothing about its length: the gauge shows it expired either way.
                let left = pricefix.secondsLeft(at: context.now)
                if left > 0 { checkout.lockLength = sameLock ? max(checkout.lockLength ?? left, left) : left }
            } else {
                checkout.lockLength = nil
            }
            checkout.basket = basket
            checkout.loadFailure = nil
            checkout.selection = checkout.selection.clampedIndex(basket?.items.count ?? 0)
            if let next = nextWantedQuantity(&checkout, context) {
                checkout.completesWhenAnswered = false
                return Step(effect: next, resolved: "basket")
            }
            if checkout.completesWhenAnswered, checkout.requestsInFlight == 0 {
                checkout.completesWhenAnswered = false
                guard context.modal == .confirmation else { return Step(resolved: "basket") }
                return reduce(into: &checkout, action: .completionConfirmed, context: context)
            }
            return Step(notice: basket?.pricefix?.updated == true ? Notice(.info, "lock expired: basket re-priced", topic: "basket").background : nil,
                        resolved: "basket")
        case .failure(let error):
            // What was asked for and not yet sent is dropped with the failure: the footer says why, the pane shows
            // what the host has.
            checkout.wantedQuantities = [:]
            checkout.completesWhenAnswered = false
            if checkout.basket == nil, error != .cancelled { checkout.loadFailure = "\(error)" }
            return Step(notice: .failure("basket", error))
        }
    }

    /// After a basket answer: quantities the person asked for meanwhile and the answer does not show yet go out as
    /// one update each (the latest asked for), one at a time; those the answer shows are done.
    static func nextWantedQuantity(_ checkout: inout Checkout, _ context: FeatureContext) -> Effect? {
        guard let basket = checkout.basket else {
            checkout.wantedQuantities = [:]
            return nil
        }
        for (sku, wanted) in checkout.wantedQuantities {
            let shown = basket.items.first { $0.sku == sku }?.amount ?? 0
            if shown == wanted { checkout.wantedQuantities[sku] = nil }
        }
        guard checkout.requestsInFlight == 0, let (sku, qty) = checkout.wantedQuantities.min(by: { $0.key < $1.key }) else { return nil }
        return call(.updateItem(customer: context.customerId, cartToken: basket.token, sku: sku, qty: qty), checkout)
    }
}
