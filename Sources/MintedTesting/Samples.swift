import Foundation
import MintedAPI
import WalletCore

/// Small, realistic values for tests.
public enum Samples {
    public static let customerId = "ea0982a7-4fd3-43ff-a682-cae5870d1eac"
    public static let start = Date(timeIntervalSince1970: 1_771_590_477) // 2026-02-20T12:27:57Z

    public static let goldBar = Product(
        id: 3000099, name: "Minted 1 g 999.9 Gold Bar", sku: "MNTBAE0001", metalType: .gold, productWeight: 1,
        itemCurrencyId: 1000013, itemCurrencyName: "Dirham Gold", currencyCode: "AED",
        buyPrice: Decimal(string: "592.34")!, sellPrice: Decimal(string: "580.49")!, mintingFee: Decimal(string: "11.85")!,
        isDeliverable: true, stock: 100
    )

    public static let goldRate = CurrencyRate(
        itemCurrencyId: 1000013, itemCurrencyName: "Dirham Gold", metalType: .gold, currencyCode: "AED",
        buy: Decimal(string: "592.34")!, sell: Decimal(string: "580.49")!, updatedAt: nil
    )

    public static let customer = Customer(externalId: customerId, firstname: "Brant", lastname: "Ankunding", fullname: "Brant Ankunding")

    /// Seed 004's basket: 3 × MNTBAE0001, locked until `lockedUntil`.
    public static func basket(lockedUntil: Date, quantity: Int = 3) -> Basket {
        let price = Decimal(string: "592.34")!
        var basket = Basket(token: "SKTHzfR4HnKXmcM4XeHfFRUPq6n3jJGL", type: .buy, total: price * Decimal(quantity),
                            paidTotal: Decimal(string: "1852.60")!, items: [
                                BasketItem(itemCurrencyId: 1000013, itemCurrencyName: "Dirham Gold", productId: 3000099, sku: "MNTBAE0001",
                                           productName: "Minted 1 g 999.9 Gold Bar", productWeight: 1, price: price, amount: quantity,
                                           total: price * Decimal(quantity)),
                            ])
        basket.pricefix = Pricefix(remaining: Int(lockedUntil.timeIntervalSince(start)), nextUpdate: lockedUntil)
        basket.chargeFee = Decimal(string: "31.10")!
        basket.chargeFeeRate = Decimal(string: "1.75")!
        basket.mintingFee = Decimal(string: "35.55")!
        basket.storageFee = Decimal(string: "5.33")!
        basket.storageFeeRate = Decimal(string: "0.3")!
        basket.chargesVat = Decimal(string: "3.60")!
        basket.vatRate = 5
        basket.currencyCode = "AED"
        return basket
    }

    public static let holdings = [
        Holding(productName: "Minted 1 g 999.9 Gold Bar", sku: "MNTBAE0001", metalType: .gold, itemCurrencyName: "Dirham Gold",
                amount: 12, weight: 12, value: Decimal(string: "6965.88")!, currencyCode: "AED"),
        Holding(productName: "Minted 100 g 999 Silver Bar", sku: "MNTBAS0100", metalType: .silver, itemCurrencyName: "Dirham Silver",
                amount: 1, weight: 100, value: Decimal(string: "720.30")!, currencyCode: "AED"),
    ]

    /// A gently rising history of `count` points.
    public static func history(count: Int) -> [RatePoint] {
        (0..<count).map { index in
            let cents = 59_000 + (index * 37) % 500 + index / 10
            return RatePoint(date: "2026-02-20T12:\(index % 60):00.000000Z", buy: Decimal(minorUnits: cents), sell: Decimal(minorUnits: cents - 1_100))
        }
    }

    /// The sample basket completed into an order: guid, increment id, status and order time set.
    public static func order(type: BasketType = .buy, quantity: Int = 3, guid: String = "9f1c2b7e-0d41-4c55-9a51-6f0e8a3e2c11",
                             at date: Date = start) -> Basket {
        var order = basket(lockedUntil: date.addingTimeInterval(240), quantity: quantity)
        order.type = type.rawValue
        order.guid = guid
        order.incrementId = "100000042"
        order.orderCreationStatus = "order"
        order.statusId = type == .delivery ? 6 : 5
        order.statusName = type == .delivery ? "Preparing" : "Completed"
        order.orderAt = Timestamp.microsecondString(date)
        order.customer = customer
        order.pricefix = nil
        return order
    }

    /// A delivery address that passes the form's checks.
    public static let address = Address(fullname: "Brant Ankunding", phone: "+905111111111", city: "Istanbul", district: "Kadıköy",
                                        zipcode: "34710", address: "Moda Cd. 12")

    /// A customer created in a test session, with every field the form has.
    public static let newCustomer = Customer(externalId: "qa-ayse-001", firstname: "Ayşe", lastname: "Yılmaz", fullname: "Ayşe Yılmaz",
                                             email: "ayse@example.com", phone: "+905551112233", gender: "F",
                                             identityNumber: "12345678901", birthdate: "1990-04-23", accountType: "person")

    /// The customer list of a session that used the demo customer, created one and switched to a third.
    public static let knownCustomers = [
        KnownCustomer(externalId: customerId, name: "Brant Ankunding"),
        KnownCustomer(externalId: newCustomer.externalId, name: newCustomer.displayName),
        KnownCustomer(externalId: "qa-002"),
    ]
}
