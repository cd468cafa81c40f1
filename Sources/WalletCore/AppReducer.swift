import Foundation
import MintedAPI

/// The pure heart of the app: state changes only here, and everything else is returned as an `Effect`.
public enum AppReducer {
    public static func reduce(into state: inout AppState, action: AppAction) -> Effect {
        guard state.demo else { return reduceEvent(into: &state, action: action) }
        let before = state
        let effect = reduceEvent(into: &state, action: action)
        if let text = DemoCaption.text(for: action, before: before, after: state) {
            state.caption = Caption(step: (state.caption?.step ?? 0) + 1, text: text)
        }
        return effect
    }

    private static func reduceEvent(into state: inout AppState, action: AppAction) -> Effect {
        if state.readOnly && action.changesAnything {
            state.notice = Notice(.info, "READ-ONLY: changes are disabled (--readonly)")
            return .none
        }
        switch action {
        case .started:
            _ = remember(KnownCustomer(externalId: state.customerId), &state)
            return .tick(every: .seconds(1), id: .ticker)
                + call(.customer(state.customerId), &state)
                + call(.products, &state)
                + loadBasket(&state)
                + call(.balance(customer: state.customerId), &state)
                + call(.currencyRates, &state)
                + .loadCustomerBook

        case .ticked(let now):
            state.now = now
            guard let basket = state.basket, let pricefix = basket.pricefix, now >= pricefix.nextUpdate, !state.repricing,
                  !basket.items.isEmpty, state.basketRequestsInFlight == 0,
                  state.repriceAttemptedAt.map({ now.timeIntervalSince($0) >= repriceRetry }) ?? true else { return .none }
            return reprice(&state)

        case .ratePollDue:
            return call(.currencyRates, &state)

        case .viewportChanged(let columns, let rows):
            state.viewport = Viewport(columns: columns, rows: rows)
            return .none

        case .customerLoaded(let id, let result):
            return customerLoaded(id: id, result, &state)

        case .customerCreated(let result):
            return customerCreated(result, &state)

        case .customerUpdated(let id, let result):
            return customerUpdated(id: id, result, &state)

        case .customerRemoved(let id, let error):
            return customerRemoved(id: id, error, &state)

        case .customerBookLoaded(let result):
            return customerBookLoaded(result, &state)

        case .customerBookSaveFailed(let message):
            state.notice = Notice(.error, "customer book not saved: \(message)")
            return .none

        case .productsLoaded(let result):
            finish(&state)
            switch result {
            case .success(let products):
                state.products = products
                state.productsLoaded = true
                state.productSelection = clamp(state.productSelection, products.count)
            case .failure(let error):
                state.notice = .failure("products", error)
            }
            return .none

        case .basketLoaded(let generation, let result):
            return basketLoaded(generation: generation, result, &state)

        case .completionAnswered(let result):
            return completionAnswered(result, &state)

        case .receiptLoaded(let guid, let result):
            return receiptLoaded(guid: guid, result, &state)

        case .ordersLoaded(let query, let result):
            return ordersLoaded(query, result, &state)

        case .invoiceLoaded(let orderId, let result):
            return invoiceLoaded(orderId: orderId, result, &state)

        case .holdingsLoaded(let customer, let result):
            finish(&state)
            guard customer == state.customerId else { return .none }
            switch result {
            case .success(let holdings):
                state.holdings = holdings
                state.holdingsLoaded = true
                state.walletSelection = clamp(state.walletSelection, holdings.count)
            case .failure(let error):
                state.notice = .failure("wallet", error)
            }
            return .none

        case .ratesLoaded(let result):
            finish(&state)
            var effect = Effect.none
            switch result {
            case .success(let rates):
                if state.productsLoaded && !state.rates.isEmpty && rates.map(\.buy) != state.rates.map(\.buy) {
                    effect = call(.products, &state)
                }
                state.rates = rates
                state.ratesUpdatedAt = state.now
                state.ratePolling.failures = 0
                if state.historyCurrencyId == nil || !rates.contains(where: { $0.itemCurrencyId == state.historyCurrencyId }) {
                    state.historyCurrencyId = rates.first?.itemCurrencyId
                }
                let historyIsOld = state.historyRequestedAt.map { state.now.timeIntervalSince($0) >= 60 } ?? true
                if let id = state.historyCurrencyId, state.history.isEmpty || historyIsOld {
                    effect = effect + requestHistory(id, &state)
                }
            case .failure(let error):
                state.ratePolling.failures += 1
                state.notice = .failure("rates", error)
            }
            let jitter = state.ratePolling.failures > 0
            return effect + .schedule(.ratePollDue, after: state.ratePolling.nextDelay, jitter: jitter, id: .ratePoll)

        case .historyLoaded(let currencyId, let period, let result):
            finish(&state)
            guard currencyId == state.historyCurrencyId, period == state.historyPeriod else { return .none }
            switch result {
            case .success(let points): state.history = points
            case .failure(let error): state.notice = .failure("rate history", error)
            }
            return .none

        case .focusAdvanced:
            state.focus = state.focus.next
            return .none

        case .focusRetreated:
            state.focus = state.focus.previous
            return .none

        case .paneChosen(let pane):
            state.focus = pane
            return .none

        case .selectionMoved(let delta) where state.modal == .orders:
            state.orders.selection = clamp(state.orders.selection + delta, state.orders.orders.count)
            return .none

        case .selectionMoved(let delta) where state.modal == .inspector:
            return inspectorMoved(by: delta, &state)

        case .selectionMoved(let delta) where state.modal == .faults:
            return faultSelectionMoved(by: delta, &state)

        case .selectionMoved(let delta) where state.modal == .customers:
            state.customerSelection = clamp(state.customerSelection + delta, state.knownCustomers.count)
            return .none

        case .selectionMoved(let delta):
            let chartedBefore = state.historyCurrencyId
            moveSelection(&state, by: delta)
            guard let id = state.historyCurrencyId, id != chartedBefore else { return .none }
            state.history = []
            return requestHistory(id, &state)

        case .addRequested:
            return addRequested(&state)

        case .quantityStepped(let delta):
            return quantityStepped(by: delta, &state)

        case .lineRemovalRequested:
            return lineRemovalRequested(&state)

        case .clearRequested:
            return clearRequested(&state)

        case .basketTypeChosen(let type):
            return basketTypeChosen(type, &state)

        case .completionRequested:
            return completionRequested(&state)

        case .ordersRequested:
            return ordersRequested(&state)

        case .customersRequested:
            return customersRequested(&state)

        case .customerCreationRequested:
            return customerCreationRequested(&state)

        case .customerEditRequested:
            return customerEditRequested(&state)

        case .customerRemovalRequested:
            return customerRemovalRequested(&state)

        case .orderPageStepped(let delta):
            return orderPageStepped(by: delta, &state)

        case .orderTypeToggled(let type):
            return orderTypeToggled(type, &state)

        case .orderStatusCycled:
            return orderFilterChanged(&state) { $0.status = $0.status.next }

        case .orderRangeCycled:
            return orderFilterChanged(&state) { $0.range = $0.range.next }

        case .orderSortToggled:
            return orderFilterChanged(&state) { $0.oldestFirst.toggle() }

        case .invoiceRequested:
            return invoiceRequested(&state)

        case .modalConfirmed:
            return modalConfirmed(&state)

        case .modalDismissed:
            return modalDismissed(&state)

        case .characterTyped(let character):
            return characterTyped(character, &state)

        case .characterDeleted:
            return characterDeleted(&state)

        case .fieldMoved(let delta):
            if case .address(var form) = state.modal {
                form.moveFocus(by: delta)
                state.modal = .address(form)
            } else if case .customerForm(var form) = state.modal {
                form.moveFocus(by: delta)
                state.modal = .customerForm(form)
            }
            return .none

        case .privacyToggled:
            state.privacy.toggle()
            return .none

        case .themeCycled:
            state.themeIndex += 1
            return .none

        case .rangeStepped(let delta):
            let periods = RatePeriod.allCases
            let index = periods.firstIndex(of: state.historyPeriod) ?? 0
            let next = periods[clamp(index + delta, periods.count)]
            guard next != state.historyPeriod else { return .none }
            state.historyPeriod = next
            state.history = []
            guard let id = state.historyCurrencyId else { return .none }
            return requestHistory(id, &state)

        case .refreshRequested:
            return call(.products, &state)
                + loadBasket(&state)
                + call(.balance(customer: state.customerId), &state)
                + call(.currencyRates, &state)

        case .helpToggled:
            state.showsHelp.toggle()
            return .none

        case .exchangeRecorded(let exchange):
            state.inspector.record(exchange)
            // Every poll lands here: the list is filtered only while someone is looking at it.
            guard state.modal == .inspector else { return .none }
            if state.inspector.detailId != nil && state.inspector.detail == nil { state.inspector.detailId = nil }
            state.inspector.selection = clamp(state.inspector.selection, state.inspector.listed.count)
            return .none

        case .inspectorRequested:
            return inspectorRequested(&state)

        case .inspectorFollowToggled:
            return inspectorFollowToggled(&state)

        case .inspectorFilterStarted:
            state.inspector.editingFilter = true
            return .none

        case .exchangeCopyRequested:
            return exchangeCopyRequested(&state)

        case .exchangeWriteRequested:
            return exchangeWriteRequested(&state)

        case .screenDumpRequested:
            return .dumpScreen(name: ScreenDump.name(at: state.now))

        case .reportWritten(let kind, let result):
            return reportWritten(kind, result, &state)

        case .faultsRequested:
            return faultsRequested(&state)

        case .faultAdjusted(let delta):
            return faultAdjusted(by: delta, &state)

        case .faultsCleared:
            return setFaults(FaultPlan(), &state)

        case .faultsLoaded(let result):
            return faultsLoaded(result, &state)

        case .faultsSet(let result):
            return faultsSet(result, &state)

        case .lockExpiryRequested:
            return lockExpiryRequested(&state)

        case .lockExpiryForced(let error):
            return lockExpiryForced(error, &state)

        case .priceSpikeRequested(let percent):
            return priceSpikeRequested(percent: percent, &state)

        case .priceSpiked(let result):
            return priceSpiked(result, &state)

        case .quitRequested:
            return .cancel(.ratePoll) + .cancel(.ticker) + .quit
        }
    }

    static func call(_ call: APICall, _ state: inout AppState) -> Effect {
        if state.requestsInFlight == 0 { state.busySince = state.now }
        state.requestsInFlight += 1
        if call.touchesBasket { state.basketRequestsInFlight += 1 }
        return .call(call, generation: state.basketGeneration)
    }

    /// History has 1-minute resolution: asked for when the chart changes, and at most once a minute while polling.
    private static func requestHistory(_ currencyId: Int, _ state: inout AppState) -> Effect {
        state.historyRequestedAt = state.now
        return call(.rateHistory(currencyId: currencyId, period: state.historyPeriod), &state)
    }

    static func finish(_ state: inout AppState) {
        state.requestsInFlight = max(0, state.requestsInFlight - 1)
        if state.requestsInFlight == 0 { state.busySince = nil }
    }

    /// Ends a basket call: one fewer request, and one fewer basket request, in flight.
    static func finishBasket(_ state: inout AppState) {
        finish(&state)
        state.basketRequestsInFlight = max(0, state.basketRequestsInFlight - 1)
    }

    /// Seconds between two automatic re-price attempts while a lock stays expired (a failing host is not hammered).
    static let repriceRetry: TimeInterval = 5

    /// Re-prices an expired basket as the host requires: a read answers the lock as it stands (seed 000: `remaining`
    /// negative, `updated: false`), only a change re-prices. So the first line's quantity is sent again — a change that
    /// changes nothing — and the answer (`updated: true`) flashes what moved. An empty basket has nothing to re-price:
    /// it is read again.
    static func reprice(_ state: inout AppState) -> Effect {
        state.repricing = true
        state.repriceAttemptedAt = state.now
        guard let basket = state.basket, let line = basket.items.first else { return loadBasket(&state) }
        return call(.updateItem(customer: state.customerId, cartToken: basket.token, sku: line.sku, qty: line.amount), &state)
    }

    static func loadBasket(_ state: inout AppState) -> Effect {
        call(.activeBasket(customer: state.customerId, type: state.basketType), &state)
    }

    static func clamp(_ index: Int, _ count: Int) -> Int {
        count == 0 ? 0 : min(max(0, index), count - 1)
    }

    private static func moveSelection(_ state: inout AppState, by delta: Int) {
        switch state.focus {
        case .products: state.productSelection = clamp(state.productSelection + delta, state.products.count)
        case .basket: state.basketSelection = clamp(state.basketSelection + delta, state.basket?.items.count ?? 0)
        case .wallet: state.walletSelection = clamp(state.walletSelection + delta, state.holdings.count)
        case .rates:
            state.rateSelection = clamp(state.rateSelection + delta, state.rates.count)
            if state.rates.indices.contains(state.rateSelection) {
                state.historyCurrencyId = state.rates[state.rateSelection].itemCurrencyId
            }
        }
    }
}
