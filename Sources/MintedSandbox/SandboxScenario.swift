import Foundation
import MintedAPI

/// A set of facts loaded on request (`POST /_sandbox/scenarios/<name>`) to reproduce one of the vendor's examples.
/// Its markets are priced fixed and never walk, and its products are never listed: the default catalog, the rate walk
/// and every listing stay exactly as without it.
enum SandboxScenario: String, Codable, Sendable, CaseIterable {
    /// Seed 000's webview basket: John Due, 1 × MNT0001 (1.01 g) in TRY "Physical Gold" at 2930.99 a gram.
    case seed000

    /// The markets it adds, at fixed rates.
    var markets: [Market] {
        switch self {
        case .seed000: [.physicalGold]
        }
    }

    /// The products it adds, unlisted.
    var products: [CatalogProduct] {
        switch self {
        case .seed000: [.nadirGold1g]
        }
    }

    /// Seed 000's customer's external id here; the seed shows a template variable (`{{customer_external_id}}`).
    static let seed000CustomerId = "seed000-john-due"

    /// Seed 000's customer (its e-mail is redacted in the seed: this one is ours).
    static let johnDue = Customer(
        externalId: seed000CustomerId, firstname: "John", middlename: "", lastname: "Due", fullname: "John Due",
        email: "john.due@example.com", phone: "+905330000000", gender: "M", identityNumber: "12345677937",
        birthdate: "1970-01-31"
    )

    /// Seed 000's `shippingaddress`; `id` is this sandbox's.
    static let johnDueShipping: Address = {
        var address = Address(fullname: "John Due", phone: "+905330000000", city: "İstanbul", county: "Beykoz",
                              district: "Acarlar Mah.", street: "Sokak adı", zipcode: "", address: "54 sok. No: 12")
        address.id = 1
        address.taxNumber = "12312312"
        address.externalId = "66b3666fcc19b0487e691695"
        return address
    }()

    /// Seed 000's `billingaddress`; `id` is this sandbox's.
    static let johnDueBilling: Address = {
        var address = Address(fullname: "John Due", phone: "+905330000000", city: "İstanbul", county: "Beykoz",
                              district: "Acarlar Mah.", street: "Sokak adı", zipcode: "", address: "54 sok. No: 13")
        address.id = 2
        address.type = "billing"
        address.invoiceType = "Individual"
        address.companyName = "Minted LTD"
        address.taxOffice = "Beykoz"
        address.taxNumber = "2838293932"
        address.externalId = "66b3666fcc19b0487e691695"
        address.email = "john.due@example.com"
        return address
    }()
}

extension Market {
    /// 1000006 "Physical Gold" of seed 000: TRY 2930.99 a gram, fixed (seed 000's 2960.30 for 1.01 g).
    static let physicalGold = Market(id: 1_000_006, name: "Physical Gold", metal: .gold, currencyCode: "TRY", buyCents: 293_099)
}

extension CatalogProduct {
    /// Seed 000's MNT0001, 1.01 g; images as the seed shows them.
    static let nadirGold1g = CatalogProduct(
        id: 3_000_065, sku: "MNT0001", name: "Minted 1 Gr 999,9 Külçe Altın (NadirGold)",
        barcode: "8690000000651", metal: .gold,
        weight: Decimal(string: "1.01")!, currencyId: Market.physicalGold.id, mintingRate: 0, conversionFee: 0,
        isDeliverable: true, stock: 100, images: goldBar1g.images
    )
}

extension SandboxEngine {
    /// Loads seed 000's scenario at `now`: its market and product (unlisted, fixed price), John Due with his addresses,
    /// and a new open buy basket of 1 × MNT0001 with a fresh lock, replacing his open one. Returns that basket as the
    /// webview answers it. Loading again keeps his wallet and opens another basket.
    public mutating func loadSeed000Scenario(now: Date) -> Basket {
        advance(to: now)
        if !scenarios.contains(.seed000) { scenarios.append(.seed000) }
        let product = CatalogProduct.nadirGold1g
        if stock[product.sku] == nil { stock[product.sku] = product.stock }
        let id = SandboxScenario.seed000CustomerId
        customers[id] = CustomerAccount(customer: SandboxScenario.johnDue, wallet: customers[id]?.wallet ?? [:])
        let index = openBasket(customer: id, type: .buy, now: now)
        baskets[index].setQty(1, of: product.sku)
        baskets[index].shippingAddress = SandboxScenario.johnDueShipping
        baskets[index].billingAddress = SandboxScenario.johnDueBilling
        return ecomBasket(baskets[index], now: now)
    }
}
