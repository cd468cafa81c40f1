import MintedAPI

/// Puts answers into the request's language at the edge. Seed 004 answers `Accept-Language: tr` with English product
/// and item currency names and Turkish fee-line names (`prices[]`: Fiziksel Dönüşüm, Kargo, Minting Fee, Sigorta), so
/// the engine's canonical answer is the Turkish one and only an English request is changed: its fee lines get English
/// names [ours: the vendor's English names are not shown anywhere].
enum SandboxLocalization {
    /// `payload` in `language`; payloads without fee lines are returned as they are.
    static func localized<Payload>(_ payload: Payload, _ language: SandboxLanguage) -> Payload {
        guard language != .turkish, let localizable = payload as? any SandboxLocalizable else { return payload }
        return localizable.localized(language) as? Payload ?? payload
    }

    /// The fee line `id`'s name in `language`; nil for a line this sandbox does not emit.
    static func feeLineName(id: Int, _ language: SandboxLanguage) -> String? {
        let names: [Int: (turkish: String, english: String)] = [
            6: ("Fiziksel Dönüşüm", "Physical Conversion"),
            4: ("Kargo", "Shipping"),
            7: ("Minting Fee", "Minting Fee"),
            2: ("Sigorta", "Insurance"),
        ]
        return names[id].map { language == .turkish ? $0.turkish : $0.english }
    }
}

/// An answer that holds fee lines.
protocol SandboxLocalizable {
    /// The same answer with its fee-line names in `language`.
    func localized(_ language: SandboxLanguage) -> Self
}

extension BasketItem: SandboxLocalizable {
    func localized(_ language: SandboxLanguage) -> BasketItem {
        var item = self
        item.prices = prices?.map { line in
            var line = line
            line.name = SandboxLocalization.feeLineName(id: line.id, language) ?? line.name
            return line
        }
        return item
    }
}

extension Basket: SandboxLocalizable {
    func localized(_ language: SandboxLanguage) -> Basket {
        var basket = self
        basket.items = items.map { $0.localized(language) }
        return basket
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
