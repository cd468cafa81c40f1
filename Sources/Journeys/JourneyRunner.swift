import Foundation
import MintedAPI

/// Runs journeys against a Minted Connect host through `MintedClient`, step by step.
public struct JourneyRunner: Sendable {
    public var client: MintedClient
    /// The customer used when a journey names none.
    public var defaultCustomer: String
    /// Waits, for `wait_lock_expiry`.
    public var sleep: @Sendable (Duration) async throws -> Void
    public var now: @Sendable () -> Date
    /// Receives one line per step as it finishes.
    public var report: @Sendable (String) -> Void
    /// The longest a `wait_lock_expiry` step may wait.
    public var longestWait: Duration

    public init(client: MintedClient, defaultCustomer: String,
                sleep: @escaping @Sendable (Duration) async throws -> Void = { try await ContinuousClock().sleep(for: $0) },
                now: @escaping @Sendable () -> Date = Date.init, report: @escaping @Sendable (String) -> Void = { print($0) },
                longestWait: Duration = .seconds(300)) {
        self.client = client
        self.defaultCustomer = defaultCustomer
        self.sleep = sleep
        self.now = now
        self.report = report
        self.longestWait = longestWait
    }

    /// What a journey remembers between steps.
    struct Context {
        var customer: String
        var carts: [BasketType: String] = [:]
        /// Tokens already completed: a new `add` opens a fresh basket, but `complete` may name one again.
        var completed: Set<String> = []
        var lastOrder: Basket?
    }

    /// A step's failure, with the expected and the actual value.
    struct Mismatch: Error {
        var message: String
    }

    /// Runs every step in order; after the first failure the rest are skipped and reported so.
    public func run(_ journey: Journey, file: String) async -> JourneyResult {
        report("journey \(journey.name) (\(file))")
        var context = Context(customer: journey.customer ?? defaultCustomer)
        var results: [StepResult] = []
        let clock = ContinuousClock()
        for (index, step) in journey.steps.enumerated() {
            let number = index + 1
            if results.contains(where: { !$0.passed }) {
                results.append(StepResult(index: number, action: step.action.rawValue, label: step.label, summary: step.summary,
                                          duration: .zero, failure: nil, skipped: true))
                report("  - \(number). \(step.label): skipped")
                continue
            }
            let mark = await client.log.all.last?.id ?? 0
            let started = clock.now
            var failure: String?
            do {
                try await perform(step, &context)
            } catch let mismatch as Mismatch {
                failure = mismatch.message
            } catch let error as APIError {
                failure = "unexpected error: \(error)"
            } catch {
                failure = "\(error)"
            }
            let elapsed = started.duration(to: clock.now)
            let exchanges = await client.log.all.filter { $0.id > mark && !$0.isChallenge }
            results.append(StepResult(index: number, action: step.action.rawValue, label: step.label, summary: step.summary,
                                      duration: elapsed, failure: failure, exchanges: exchanges))
            let millis = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
            if let failure {
                report("  ✘ \(number). \(step.label) · \(millis) ms\n      \(failure)")
            } else {
                report("  ✔ \(number). \(step.label) · \(millis) ms")
            }
        }
        return JourneyResult(journey: journey.name, file: file, steps: results)
    }

    private func perform(_ step: JourneyStep, _ context: inout Context) async throws {
        do {
            try await act(step, &context)
        } catch let error as APIError {
            guard let expected = step.expectError else { throw error }
            guard error.status == expected.status else {
                throw Mismatch(message: "expected HTTP \(expected.status), got \(error)")
            }
            if let field = expected.field {
                guard case .validation(_, let fields) = error, fields[field] != nil else {
                    throw Mismatch(message: "expected a message for field '\(field)', got \(error)")
                }
            }
            return
        }
        if let expected = step.expectError {
            throw Mismatch(message: "expected HTTP \(expected.status)\(expected.field.map { " on '\($0)'" } ?? ""), but the call succeeded")
        }
    }

    private func act(_ step: JourneyStep, _ context: inout Context) async throws {
        let type = step.basketType
        switch step.action {
        case .createCustomer:
            guard let profile = step.profile else { throw Mismatch(message: "create_customer needs a [steps.profile] table") }
            let customer = try await client.send(.createCustomer(profile))
            context.customer = customer.externalId
            context.carts = [:]
        case .useCustomer:
            guard let customer = step.customer else { throw Mismatch(message: "use_customer needs customer = \"…\"") }
            context.customer = customer
            context.carts = [:]
        case .add:
            let sku = try required(step.sku, "sku", step)
            let open = context.carts[type].flatMap { context.completed.contains($0) ? nil : $0 }
            let basket = try await client.send(.addItem(customer: context.customer, sku: sku, qty: step.qty ?? 1, type: type, cartToken: open))
            context.carts[type] = basket.token
            try check(step.expect, basket: basket)
        case .update:
            let basket = try await client.send(.updateItem(customer: context.customer, cartToken: try cart(type, context),
                                                     sku: try required(step.sku, "sku", step), qty: try required(step.qty, "qty", step)))
            try check(step.expect, basket: basket)
        case .remove:
            let basket = try await client.send(.removeItem(customer: context.customer, cartToken: try cart(type, context),
                                                     sku: try required(step.sku, "sku", step)))
            try check(step.expect, basket: basket)
        case .clear:
            let basket = try await client.send(.clearBasket(customer: context.customer, cartToken: try cart(type, context)))
            try check(step.expect, basket: basket)
        case .basket:
            guard let basket = try await client.send(.activeBasket(customer: context.customer, type: type)) else {
                throw Mismatch(message: "expected an open \(type.rawValue) basket, there is none")
            }
            context.carts[type] = basket.token
            try check(step.expect, basket: basket)
        case .waitLockExpiry:
            guard let basket = try await client.send(.activeBasket(customer: context.customer, type: type)),
                  let pricefix = basket.pricefix else {
                throw Mismatch(message: "no open \(type.rawValue) basket with a price lock to wait for")
            }
            let wait = Duration.milliseconds(Int(max(0, pricefix.nextUpdate.timeIntervalSince(now())) * 1000) + 1000)
            guard wait <= longestWait else { throw Mismatch(message: "the lock ends in \(wait), longer than the \(longestWait) allowed") }
            try await sleep(wait)
            // A read answers the expired lock as it stands (seed 000); the host re-prices on the next change, so the
            // runner makes the change the client makes: the first line's quantity, sent again.
            guard let expired = try await client.send(.activeBasket(customer: context.customer, type: type)) else {
                throw Mismatch(message: "the \(type.rawValue) basket disappeared after its lock expired")
            }
            let repriced = if let line = expired.items.first {
                try await client.send(.updateItem(customer: context.customer, cartToken: expired.token, sku: line.sku, qty: line.amount))
            } else {
                expired
            }
            try check(step.expect, basket: repriced)
        case .complete:
            let before = try await units(context.customer)
            let token = try cart(type, context)
            let order = try await client.send(.complete(type, customer: context.customer, cartToken: token, shippingAddress: step.address))
            context.completed.insert(token)
            context.lastOrder = order
            try check(step.expect, basket: order)
            if let change = step.expect?.walletChange {
                let after = try await units(context.customer)
                for sku in change.keys.sorted() {
                    let actual = (after[sku] ?? 0) - (before[sku] ?? 0)
                    guard actual == change[sku] else {
                        throw Mismatch(message: "wallet_change \(sku): expected \(signed(change[sku] ?? 0)), got \(signed(actual))")
                    }
                }
            }
        case .balance:
            let held = try await units(context.customer)
            for (sku, expected) in (step.expect?.holdings ?? [:]).sorted(by: { $0.key < $1.key }) where (held[sku] ?? 0) != expected {
                throw Mismatch(message: "holdings \(sku): expected \(expected), got \(held[sku] ?? 0)")
            }
        case .orders:
            let page = try await client.send(.orders(OrderQuery(perPage: 100, sortBy: "order_at", sortType: "desc",
                                                          types: step.type.map { [$0] } ?? [], customerExternalId: context.customer)))
            if let count = step.expect?.orderCount, count != page.total {
                throw Mismatch(message: "order_count: expected \(count), got \(page.total)")
            }
            if let status = step.expect?.statusName {
                let latest = page.data.first?.statusName ?? "none"
                guard latest == status else { throw Mismatch(message: "status_name of the latest order: expected \(status), got \(latest)") }
            }
        case .receipt:
            guard let guid = context.lastOrder?.guid else { throw Mismatch(message: "receipt needs a completed order first") }
            let receipt = try await client.send(.receipt(customer: context.customer, guid: guid))
            try check(step.expect, receipt: receipt)
        }
    }

    private func required<T>(_ value: T?, _ name: String, _ step: JourneyStep) throws -> T {
        guard let value else { throw Mismatch(message: "\(step.action.rawValue) needs \(name)") }
        return value
    }

    private func cart(_ type: BasketType, _ context: Context) throws -> String {
        guard let token = context.carts[type] else {
            throw Mismatch(message: "no \(type.rawValue) basket opened in this journey (add an item first)")
        }
        return token
    }

    private func units(_ customer: String) async throws -> [String: Int] {
        var units: [String: Int] = [:]
        for holding in try await client.send(.balance(customer: customer)) { units[holding.sku, default: 0] += holding.amount }
        return units
    }

    private func signed(_ value: Int) -> String { value > 0 ? "+\(value)" : "\(value)" }

    /// Checks the amounts an expectation names against the charges of a basket, an order or a receipt alike.
    private func check(_ expect: Expectation, _ charges: Charges) throws {
        let currency = charges.currencyCode
        try amount("total", expect.total, charges.total, currency)
        try amount("paid_total", expect.paidTotal, charges.paidTotal, currency)
        let named: [(FeeLine.Kind, String?)] = [(.chargeFee, expect.chargeFee), (.mintingFee, expect.mintingFee),
                                                (.storageFee, expect.storageFee), (.vat, expect.chargesVat),
                                                (.deliveryCost, expect.deliveryCost)]
        for (kind, expected) in named { try amount(kind.rawValue, expected, charges.amount(of: kind), currency) }
    }

    private func check(_ expect: Expectation?, basket: Basket) throws {
        guard let expect else { return }
        try check(expect, Charges(basket))
        if let units = expect.units {
            let actual = basket.items.reduce(0) { $0 + $1.amount }
            guard actual == units else { throw Mismatch(message: "units: expected \(units), got \(actual)") }
        }
        if let status = expect.statusName, status != basket.statusName {
            throw Mismatch(message: "status_name: expected \(status), got \(basket.statusName ?? "none")")
        }
        if let repriced = expect.repriced, repriced != (basket.pricefix?.updated == true) {
            throw Mismatch(message: "repriced: expected \(repriced), got \(basket.pricefix?.updated == true)")
        }
    }

    private func check(_ expect: Expectation?, receipt: Receipt) throws {
        guard let expect else { return }
        try check(expect, Charges(receipt))
    }

    /// Compares exactly; a mismatch names both sides as money in the basket's currency, as the UI shows it.
    private func amount(_ name: String, _ expected: String?, _ actual: Decimal?, _ currency: String?) throws {
        guard let expected else { return }
        guard let value = Decimal(string: expected, locale: Locale(identifier: "en_US_POSIX")) else {
            throw Mismatch(message: "\(name): '\(expected)' is not an amount")
        }
        guard let actual, actual == value else {
            let got = actual.map { Self.money($0, currency) } ?? "nothing"
            throw Mismatch(message: "\(name): expected \(Self.money(value, currency)), got \(got)")
        }
    }

    /// `1,779.60 AED`: grouped, in the currency's scale, from the `Decimal` as decoded (never a `Double`); a digit
    /// beyond the scale is kept, so two amounts that differ never read the same.
    static func money(_ amount: Decimal, _ currency: String?) -> String {
        let digits = MoneyFormat.english.string(amount, scale: max(MoneyFormat.scale(for: currency), -amount.exponent))
        guard let currency, !currency.isEmpty else { return digits }
        return digits + " " + currency
    }
}
