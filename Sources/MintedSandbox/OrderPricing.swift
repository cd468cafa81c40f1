/// How a completed basket's order is priced: the walletable charges, or the webview's "Ecom Order" figures.
enum OrderPricing: Sendable, Equatable {
    /// `FeeSchedule`'s charges on top of the items (Complete Buy / Sell / Delivery).
    case walletable
    /// The ecom basket's price, fees included (Complete, webview).
    case ecom(EcomFeeSchedule)
}
