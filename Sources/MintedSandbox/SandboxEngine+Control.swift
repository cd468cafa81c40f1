import Foundation
import MintedAPI

/// What the control API (`/_sandbox/`) does to the engine: expire a lock, spike a price, account for everything.
extension SandboxEngine {
    /// Ends the price lock of the open basket `cartToken` now; the next read or change re-prices it. 404 when none is open.
    public mutating func expireLock(cartToken: String, now: Date) throws {
        guard let index = baskets.firstIndex(where: { $0.token == cartToken && $0.state == .open }) else {
            throw SandboxError.notFound(.basketNotFound(cartToken: cartToken))
        }
        baskets[index].lock.expiresAt = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
    }

    /// Moves market `currencyId`'s live rate by `percent` (−90…1000) at once; the walk continues from there.
    /// Returns the new rates; 404 for an unknown market, 422 for a percent out of range.
    public mutating func spike(currencyId: Int, percent: Decimal, now: Date) throws -> CurrencyRate {
        guard (-90...1_000).contains(percent) else {
            throw SandboxError.field("percent", .between("percent", -90, 1_000))
        }
        advance(to: now)
        guard let index = marketIndex(currencyId) else { throw SandboxError.notFound(.marketNotFound(currencyId)) }
        let moved = (Decimal(markets[index].buyCents) * (100 + percent) / 100).rounded(scale: 0)
        // Fifteen +1000 % spikes used to overflow the rate and trap; past the ceiling the spike is refused instead.
        guard moved <= Decimal(Market.maximumBuyCents) else {
            throw SandboxError.field("percent", .rateBeyondLimit(maximum: Market.maximumBuyCents / 100))
        }
        markets[index].buyCents = max(1, NSDecimalNumber(decimal: moved).intValue)
        markets[index].history[markets[index].history.count - 1] = Int32(clamping: markets[index].buyCents)
        revision &+= 1
        return currencyRates(now: now)[index]
    }

    /// Stock, holdings, deliveries and money, for conservation checks.
    public var accounting: SandboxAccounting {
        var held: [String: Int] = [:]
        for account in customers.values {
            for (sku, units) in account.wallet { held[sku, default: 0] += units }
        }
        return SandboxAccounting(stock: stock, held: held, delivered: delivered, ledger: ledger)
    }
}
