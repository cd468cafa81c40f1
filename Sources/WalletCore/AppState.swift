import Foundation
import MintedAPI

/// The whole state of the app; only `reduce` changes it.
public struct AppState: Sendable, Equatable {
    public var connection: ConnectionKind
    /// The host talked to (`api.staging.example:443`), shown in the header; nil for the built-in sandbox.
    public var host: String?
    public var customerId: String
    public var customer: Customer?
    /// Products, the wallet, rates and the chart (`MarketFeature`).
    public var market: Market
    /// The open basket, its lock and its completion (`BasketFeature`).
    public var checkout = Checkout()
    /// The customers used before and their addresses (`CustomersFeature`).
    public var roster = Roster()
    public var focus: Pane = .products
    /// The clock's time at the last tick; the countdown is computed from it.
    public var now: Date
    public var requestsInFlight = 0
    /// When `requestsInFlight` last went from 0 to 1 (the clock's `now` then); nil while idle or unknown.
    public var busySince: Date?
    /// The footer's message and the message log (`m`).
    public var messages = MessageBoard()
    /// The footer's message. Setting one posts it (logged, and shown unless it would hide the person's own error);
    /// setting nil dismisses the footer's.
    public var notice: Notice? {
        get { messages.current }
        set {
            if let newValue { messages.post(newValue, at: now) } else { messages.dismiss() }
        }
    }
    public var showsHelp = false
    /// How far the help overlay is scrolled, in rows (one column on a narrow terminal runs longer than the screen).
    public var helpOffset = 0
    /// The dialog over the main screen.
    public var modal: Modal?
    /// The terminal's size, when known.
    public var viewport: Viewport?
    /// The order list's page, filter and contents.
    public var orders = OrdersView()
    /// Masks balances and personal data (`p`).
    public var privacy = false
    /// Refuses every key that changes anything (`--readonly`).
    public var readOnly = false
    /// Which of the context's themes is in use (`t` cycles).
    public var themeIndex = 0
    /// The names of the context's themes, in order, for `t`'s confirmation.
    public var themeNames: [String] = []
    /// Every HTTP exchange kept, and the inspector's view of them (`i`).
    public var inspector = Inspector()
    /// The API user name, for curl exports (`--digest -u USER:***`); never the password.
    public var apiUsername = ""
    /// The password a copied curl command carries: the built-in sandbox's public one only; nil elsewhere (`***`).
    public var replayPassword: String?
    /// The asciicast file `--record` writes: a screen dump names it and the moment (from `recordingStartedAt`).
    public var recordingPath: String?
    /// When the recording started.
    public var recordingStartedAt: Date?
    /// The fault panel (`f`): the sandbox's plan and the panel's cursor; `FaultsFeature` owns it.
    public var faultPanel = FaultPanel()
    /// `--demo`: a caption line names each step, and personal data is masked.
    public var demo = false
    /// `--play`: the step being played and the key just pressed; nil when nothing is playing.
    public var playback: Playback?
    /// The `--demo` captions: the one shown and those waiting their turn.
    public var captions = CaptionQueue()
    /// The `--demo` caption on screen.
    public var caption: Caption? { captions.shown }
    /// The embedded webview (`W`): its token, basket and order; `WebviewFeature` owns it.
    public var webview = Webview()

    public init(connection: ConnectionKind, customerId: String, now: Date, ratePolling: RatePolling = RatePolling()) {
        self.connection = connection
        self.customerId = customerId
        self.now = now
        market = Market(ratePolling: ratePolling)
    }

    /// The theme `themeIndex` picks, by name.
    public var themeName: String {
        guard !themeNames.isEmpty else { return "default" }
        return themeNames[((themeIndex % themeNames.count) + themeNames.count) % themeNames.count]
    }

    /// Seconds left on the basket's price lock; nil without a lock, and an empty basket locks nothing.
    public var lockSecondsLeft: Int? {
        guard let basket = checkout.basket, !basket.items.isEmpty else { return nil }
        return basket.pricefix?.secondsLeft(at: now)
    }

    /// True when rates are older than the poll interval allows, or the last poll failed.
    public var ratesAreStale: Bool {
        if market.ratePolling.failures > 0 { return true }
        guard let ratesUpdatedAt = market.ratesUpdatedAt else { return false }
        let limit = market.ratePolling.interval * 3
        let age = now.timeIntervalSince(ratesUpdatedAt)
        return age > Double(limit.components.seconds)
    }

    /// The product under the products pane's cursor.
    public var selectedProduct: Product? {
        market.products.indices.contains(market.productSelection) ? market.products[market.productSelection] : nil
    }

    /// Rows no dialog can use: the header, the footer and, with `--demo`, the caption line.
    public var chromeRows: Int { demo ? 3 : 2 }

    /// True when names, contact details, addresses and customer ids are masked: privacy (`p`) or `--demo`.
    public var masksPersonalData: Bool { privacy || demo }

    /// The sandbox's fault plan as last read or set; nil until known, and always off the sandbox.
    public var faults: FaultPlan? {
        get { faultPanel.plan }
        set { faultPanel.plan = newValue }
    }

    /// The currency whose history the rates pane charts.
    public var historyCurrency: CurrencyRate? {
        market.rates.first { $0.itemCurrencyId == market.historyCurrencyId }
    }
}
