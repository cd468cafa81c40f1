import Foundation

/// The walletable paths, shared by the client's requests (`APIRequest+Walletable.swift`) and the sandbox's routes.
extension Endpoint {
    public static let basketPath = "/partner/walletable/basket"
    public static let productsPath = "/partner/walletable/products"
    public static let balancePath = "/partner/walletable/balance"
    public static let currencyRatesPath = "/partner/walletable/currency-rates"
    public static let rateHistoryPath = "/partner/walletable/rate-history"
    public static let customerPath = "/partner/customer"
    public static let completePath = "/partner/walletable/complete"
    public static let ordersPath = "/partner/walletable/orders"
    public static let receiptPath = "/partner/walletable/receipt"
    public static let orderPath = "/partner/order"
    public static let webviewTokenPath = "/partner/ecom/token"
    public static let webviewBasketPath = "/partner/ecom/getActiveBasket"
    public static let webviewCompletePath = "/partner/ecom/complete"

    static func segment(_ text: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove("/")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
