import MintedAPI

/// The `--demo` caption for each step, worked out from what an action changed; nil when nothing worth saying happened.
enum DemoCaption {
    static func text(for action: AppAction, before: AppState, after: AppState) -> String? {
        if let notice = after.notice, notice != before.notice, notice.kind == .error, action.isAnswer {
            return "The API answered with an error: the footer says what, the inspector (i) shows the exchange"
        }
        switch action {
        case .started:
            return "Connected to \(after.connection.label) over HTTP with Digest auth: products, basket, wallet and rates load"
        case .basket(.addRequested):
            guard case .quantity(let entry) = after.modal else { return nil }
            return "Choosing how many \(entry.productName) to put in the \(after.checkout.type.rawValue) basket"
        case .modalConfirmed:
            return confirmed(before: before, after: after)
        case .basket(.loaded(_, .success(let basket))):
            if before.checkout.repricing && !after.checkout.repricing {
                return "The price lock ran out: the basket was re-priced at the new rates (changes highlighted)"
            }
            guard let basket, basket.items != before.checkout.basket?.items else { return nil }
            let lock = basket.pricefix.map { ", price locked for \($0.secondsLeft(at: after.now)) s" } ?? ""
            let count = basket.items.reduce(0) { $0 + max(0, $1.amount) }
            let holds = count == 1 ? "1 item" : "\(count) items"
            let change = changed(from: before.checkout.basket?.items ?? [], to: basket.items)
            return "\(change.map { $0 + ": the" } ?? "The") \(after.checkout.type.rawValue) basket holds \(holds)\(lock)"
        case .basket(.typeChosen(let type)) where before.checkout.type != type:
            return "Switched to the \(type.rawValue) basket"
        case .basket(.completionRequested) where after.modal == .confirmation:
            return "Confirmation: the basket type, every fee and the seconds left on the lock; Enter completes"
        case .basket(.completionRequested):
            guard case .address = after.modal else { return nil }
            return "Delivery: a shipping address first, checked before the confirmation"
        case .basket(.completionAnswered(.success)):
            return "Order completed: the receipt is shown and the wallet updated"
        case .orders(.opened) where after.modal == .orders:
            return "Orders: every completed basket; Enter opens its receipt"
        case .customers(.listRequested) where after.modal == .customers:
            return "Customers: switch, create, edit or remove"
        case .inspector(.opened):
            return "HTTP inspector: every request and answer, credentials redacted"
        case .faults(.opened) where after.modal == .faults:
            return "Faults: make the sandbox slow, failing or volatile, and watch the client cope"
        case .faults(.lockExpiryForced(nil)):
            return "The sandbox ended the price lock: the basket re-prices now"
        case .webview(.opened) where after.modal == .webview:
            return "Embedded webview: a bearer token for the customer, and the basket as the partner's webview sees it"
        case .webview(.completionAnswered(.success)):
            return "Webview basket completed with the bearer token: the order is shown"
        case .faults(.spiked(.success(let rate))):
            return "A price spike: \(rate.itemCurrencyName) jumped; the locked basket keeps its price until the lock ends"
        default:
            return nil
        }
    }

    /// What a basket answer changed, line by line in words: "Added 2 × Gold Bar", "Removed Silver Bar", "Gold Bar 3 → 1".
    static func changed(from old: [BasketItem], to new: [BasketItem]) -> String? {
        var said: [String] = []
        for item in new {
            let was = old.first { $0.sku == item.sku }?.amount ?? 0
            if was == 0 {
                said.append("Added \(item.amount) × \(item.productName)")
            } else if item.amount > was {
                said.append("Added \(item.amount - was) × \(item.productName) (now \(item.amount))")
            } else if item.amount < was {
                said.append("\(item.productName) \(was) → \(item.amount)")
            }
        }
        for item in old where !new.contains(where: { $0.sku == item.sku }) {
            said.append("Removed \(item.productName)")
        }
        return said.isEmpty ? nil : said.joined(separator: ", ")
    }

    private static func confirmed(before: AppState, after: AppState) -> String? {
        switch before.modal {
        case .quantity(let entry) where after.modal == nil:
            guard let quantity = entry.quantity else { return nil }
            return "Adding \(quantity) × \(entry.productName) to the \(after.checkout.type.rawValue) basket"
        case .confirmation where after.checkout.completing:
            return "Completing the \(after.checkout.type.rawValue) basket: sent once, never twice"
        case .customers where after.customerId != before.customerId:
            return "Switched customer: basket and wallet reload"
        default:
            return nil
        }
    }
}
