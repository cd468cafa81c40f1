import Clocks
import Foundation
import MintedAPI
import WalletCore

/// A `WalletEnvironment` on a `TestClock`: wall time is `start` plus the clock's elapsed time, jitter is zero.
public func testEnvironment(api: WalletAPI, clock: TestClock<Duration>, start: Date = Samples.start) -> WalletEnvironment {
    let origin = clock.now
    return WalletEnvironment(
        api: api,
        sleep: { try await clock.sleep(for: $0) },
        now: {
            let elapsed = origin.duration(to: clock.now).components
            return start.addingTimeInterval(TimeInterval(elapsed.seconds) + TimeInterval(elapsed.attoseconds) / 1e18)
        },
        jitter: { _ in .zero }
    )
}

extension WalletAPI {
    /// An API whose every call answers with the samples; override single closures per test.
    public static func samples(lockedUntil: Date) -> WalletAPI {
        WalletAPI { api in
            api.customer = { _ in Samples.customer }
            api.products = { [Samples.goldBar] }
            api.activeBasket = { _, _ in Samples.basket(lockedUntil: lockedUntil) }
            api.addItem = { _, _, qty, _, _ in Samples.basket(lockedUntil: lockedUntil, quantity: qty) }
            api.updateItem = { _, _, _, qty in Samples.basket(lockedUntil: lockedUntil, quantity: qty) }
            api.balance = { _ in Samples.holdings }
            api.currencyRates = { [Samples.goldRate] }
            api.rateHistory = { _, _ in Samples.history(count: 120) }
            api.removeItem = { _, _, _ in Samples.basket(lockedUntil: lockedUntil, quantity: 0) }
            api.clearBasket = { _, _ in Samples.basket(lockedUntil: lockedUntil, quantity: 0) }
            api.complete = { type, _, _, _ in Samples.order(type: type) }
            api.orders = { query in Page(currentPage: query.page, data: [Samples.order()], lastPage: 1, perPage: query.perPage, total: 1) }
            api.receipt = { _, guid in
                var receipt = Receipt(order: Samples.order())
                receipt.guid = guid
                return receipt
            }
            api.createCustomer = { profile in
                Customer(externalId: profile.externalId ?? "", firstname: profile.firstname, lastname: profile.lastname,
                         fullname: [profile.firstname, profile.lastname].compactMap { $0 }.joined(separator: " "), email: profile.email,
                         phone: profile.phone, gender: profile.gender, identityNumber: profile.identityNumber, birthdate: profile.birthdate)
            }
            api.updateCustomer = { id, profile in
                var customer = id == Samples.newCustomer.externalId ? Samples.newCustomer : Customer(externalId: id)
                if let lastname = profile.lastname { customer.lastname = lastname }
                if let firstname = profile.firstname { customer.firstname = firstname }
                customer.fullname = [customer.firstname, customer.lastname].compactMap { $0 }.joined(separator: " ")
                return customer
            }
            api.removeCustomer = { _ in }
        }
    }
}

/// Lets pending tasks run until `condition` holds: a bounded number of scheduler turns, with a millisecond's pause
/// every hundred so that a machine busy with other tests still gets there. Nothing is asserted about time.
public func settle(_ condition: @Sendable () async -> Bool) async {
    for turn in 0..<20_000 {
        if await condition() { return }
        if turn % 100 == 99 { try? await Task.sleep(for: .milliseconds(1)) } else { await Task.yield() }
    }
}
