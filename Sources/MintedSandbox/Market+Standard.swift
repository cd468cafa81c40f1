/// The sandbox's item currencies.
extension Market {
    /// 1000013 "Dirham Gold": AED 592.34 per gram at start.
    static let dirhamGold = Market(id: 1_000_013, name: "Dirham Gold", metal: .gold, currencyCode: "AED", buyCents: 59_234)

    /// 1000014 "Dirham Silver": AED 7.35 per gram at start.
    static let dirhamSilver = Market(id: 1_000_014, name: "Dirham Silver", metal: .silver, currencyCode: "AED", buyCents: 735)

    /// Every market, in the order the API lists them.
    static let standard = [dirhamGold, dirhamSilver]
}
