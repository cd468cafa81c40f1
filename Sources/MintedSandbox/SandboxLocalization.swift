import MintedAPI

/// Puts answers into the request's language at the edge: product names by sku and item currency names by
/// `item_currency_id`, from the catalog and the markets. The engine and the state file keep the canonical
/// (English) answers; only what leaves for a Turkish request is changed.
enum SandboxLocalization {
    /// `payload` with its product and item currency names in `language`; payloads without any are returned as they are.
    static func localized<Payload>(_ payload: Payload, _ language: SandboxLanguage) -> Payload {
        guard language != .english, let localizable = payload as? any SandboxLocalizable else { return payload }
        return localizable.localized(language) as? Payload ?? payload
    }

    /// The name of the product `sku` in `language`; nil for a sku outside the catalog.
    static func productName(sku: String, _ language: SandboxLanguage) -> String? {
        CatalogProduct.standard.first { $0.sku == sku }?.name(in: language)
    }

    /// The name of market `id` in `language`; nil for an unknown market.
    static func currencyName(id: Int?, _ language: SandboxLanguage) -> String? {
        Market.standard.first { $0.id == id }?.name(in: language)
    }
}

/// An answer that names products or item currencies.
protocol SandboxLocalizable {
    /// The same answer with those names in `language`.
    func localized(_ language: SandboxLanguage) -> Self
}

extension Product: SandboxLocalizable {
    func localized(_ language: SandboxLanguage) -> Product {
        var product = self
        product.name = SandboxLocalization.productName(sku: sku, language) ?? name
        product.itemCurrencyName = SandboxLocalization.currencyName(id: itemCurrencyId, language) ?? itemCurrencyName
        return product
    }
}

extension BasketItem: SandboxLocalizable {
    func localized(_ language: SandboxLanguage) -> BasketItem {
        var item = self
        item.productName = SandboxLocalization.productName(sku: sku, language) ?? productName
        item.itemCurrencyName = SandboxLocalization.currencyName(id: itemCurrencyId, language) ?? itemCurrencyName
        return item
    }
}

extension Basket: SandboxLocalizable {
    func localized(_ language: SandboxLanguage) -> Basket {
        var basket = self
        basket.items = items.map { $0.localized(language) }
        if currency != nil, let first = basket.items.first { basket.currency = first.itemCurrencyName }
        return basket
    }
}

extension Holding: SandboxLocalizable {
    func localized(_ language: SandboxLanguage) -> Holding {
        var holding = self
        let product = CatalogProduct.standard.first { $0.sku == sku }
        holding.productName = product?.name(in: language) ?? productName
        holding.itemCurrencyName = SandboxLocalization.currencyName(id: product?.currencyId, language) ?? itemCurrencyName
        return holding
    }
}

extension CurrencyRate: SandboxLocalizable {
    func localized(_ language: SandboxLanguage) -> CurrencyRate {
        var rate = self
        rate.itemCurrencyName = SandboxLocalization.currencyName(id: itemCurrencyId, language) ?? itemCurrencyName
        return rate
    }
}

extension Receipt: SandboxLocalizable {
    func localized(_ language: SandboxLanguage) -> Receipt {
        var receipt = self
        receipt.items = items.map { $0.localized(language) }
        return receipt
    }
}

extension Page: SandboxLocalizable where Element: SandboxLocalizable {
    func localized(_ language: SandboxLanguage) -> Page {
        var page = self
        page.data = data.map { $0.localized(language) }
        return page
    }
}

extension Array: SandboxLocalizable where Element: SandboxLocalizable {
    func localized(_ language: SandboxLanguage) -> [Element] {
        map { $0.localized(language) }
    }
}
