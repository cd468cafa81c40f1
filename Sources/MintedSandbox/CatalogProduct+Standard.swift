import Foundation
import MintedAPI

/// The sandbox catalog: ids from 3000099 up, all priced in AED.
extension CatalogProduct {
    /// The 1 g bar of seed 004.
    static let goldBar1g = CatalogProduct(
        id: 3_000_099, sku: "MNTBAE0001", name: "Minted 1 g 999.9 Gold Bar",
        barcode: "8690000000019", metal: .gold,
        weight: 1, currencyId: Market.dirhamGold.id, mintingRate: 2, conversionFee: 0,
        isDeliverable: true, stock: 1_000, images: [
            "https://minted-tr.mncdn.com/products/10/Z1P5eT1ggOvmgyS5bwFeW1qZwS41zj5FOL3gu4Fv.png",
            "https://minted-tr.mncdn.com/products/10/JxMzuWaZkljzWoVXzfKZPWYY2FeAU1TQY1sAtMnv.png",
            "https://minted-tr.mncdn.com/products/10/qzyXgt51f7ndySM5QpMQqyDN6QBZXqAomsyshp5r.png",
            "https://minted-tr.mncdn.com/products/10/sKZiiWqLA9PdejL5mG2sMWOyPJl7FWD95ILsYtx4.png",
        ]
    )

    /// The 100 g silver bar the demo customer holds.
    static let silverBar100g = CatalogProduct(
        id: 3_000_104, sku: "MNTBAS0100", name: "Minted 100 g 999 Silver Bar",
        barcode: "8690000001047", metal: .silver,
        weight: 100, currencyId: Market.dirhamSilver.id, mintingRate: 1,
        conversionFee: Decimal(minorUnits: 1_000), isDeliverable: true, stock: 500, images: []
    )

    /// Every product, in catalog order.
    static let standard: [CatalogProduct] = [
        goldBar1g,
        CatalogProduct(
            id: 3_000_100, sku: "MNTBAE0005", name: "Minted 5 g 999.9 Gold Bar",
            barcode: "8690000001009", metal: .gold,
            weight: 5, currencyId: Market.dirhamGold.id, mintingRate: Decimal(minorUnits: 120),
            conversionFee: Decimal(minorUnits: 1_500), isDeliverable: true, stock: 800, images: []
        ),
        CatalogProduct(
            id: 3_000_101, sku: "MNTBAE0010", name: "Minted 10 g 999.9 Gold Bar",
            barcode: "8690000001016", metal: .gold,
            weight: 10, currencyId: Market.dirhamGold.id, mintingRate: Decimal(minorUnits: 95),
            conversionFee: Decimal(minorUnits: 2_500), isDeliverable: true, stock: 600, images: []
        ),
        CatalogProduct(
            id: 3_000_102, sku: "MNTCAE0008", name: "Minted 8 g Gold Coin",
            barcode: "8690000001023", metal: .gold,
            weight: 8, currencyId: Market.dirhamGold.id, mintingRate: Decimal(minorUnits: 85),
            conversionFee: Decimal(minorUnits: 2_000), isDeliverable: true, stock: 300, images: []
        ),
        CatalogProduct(
            id: 3_000_103, sku: "MNTDAE0001", name: "Minted Digital Gold",
            barcode: "8690000001030", metal: .gold,
            weight: 1, currencyId: Market.dirhamGold.id, mintingRate: 0, conversionFee: 0,
            isDeliverable: false, stock: 100_000, images: []
        ),
        silverBar100g,
        CatalogProduct(
            id: 3_000_105, sku: "MNTBAS1000", name: "Minted 1 kg 999 Silver Bar",
            barcode: "8690000001054", metal: .silver,
            weight: 1_000, currencyId: Market.dirhamSilver.id, mintingRate: Decimal(minorUnits: 50),
            conversionFee: Decimal(minorUnits: 4_000), isDeliverable: true, stock: 100, images: []
        ),
    ]
}
