import Foundation
import MintedAPI

/// Customers (`u`): the list of those used before, switching, create / edit / remove, and the customer book.
extension AppReducer {
    /// `u`: the list, the current customer under the cursor.
    static func customersRequested(_ state: inout AppState) -> Effect {
        let effect = remember(KnownCustomer(externalId: state.customerId, name: state.customer?.displayName), &state)
        state.customerSelection = state.knownCustomers.firstIndex { $0.externalId == state.customerId } ?? 0
        state.modal = .customers
        return effect
    }

    /// Enter on the list: the selected customer becomes current.
    static func customerChosen(_ state: inout AppState) -> Effect {
        guard let chosen = state.selectedKnownCustomer else { return .none }
        return switchCustomer(to: chosen.externalId, &state)
    }

    /// Another customer: a new basket generation, their customer, basket and wallet read afresh; the old customer's
    /// calls in flight are cancelled and whatever they still answer is dropped.
    static func switchCustomer(to id: String, _ state: inout AppState) -> Effect {
        if state.completing {
            state.notice = Notice(.error, "switch refused: a complete is in flight — wait for its answer")
            return .none
        }
        state.modal = nil
        let old = state.customerId
        guard id != old else { return .none }
        state.customerId = id
        state.customer = nil
        state.forgetBasket()
        state.market.forgetWallet()
        state.orders = OrdersView()
        let known = state.knownCustomers.first { $0.externalId == id }
        state.notice = Notice(.info, "customer: \(known?.name ?? id)")
        return .cancelCalls(customer: old)
            + remember(KnownCustomer(externalId: id, name: known?.name), &state)
            + call(.customer(id), &state)
            + loadBasket(&state)
            + call(.balance(customer: id), &state)
    }

    static func customerLoaded(id: String, _ result: Result<Customer, APIError>, _ state: inout AppState) -> Effect {
        var effect = Effect.none
        switch result {
        case .success(let customer):
            if id == state.customerId { state.customer = customer }
            if id == state.customerId || state.knownCustomers.contains(where: { $0.externalId == id }) {
                effect = remember(KnownCustomer(externalId: id, name: customer.displayName), &state)
            }
            if case .customerForm(var form) = state.modal, form.purpose == .edit(id), form.loading {
                form.fill(from: customer)
                state.modal = .customerForm(form)
            }
        case .failure(let error):
            if id == state.customerId { state.notice = .failure("customer \(id)", error) }
            if case .customerForm(let form) = state.modal, form.purpose == .edit(id), form.loading {
                state.modal = .customers
                state.notice = .failure("customer \(id)", error)
            }
        }
        return effect
    }

    /// `n` in the list: an empty create form.
    static func customerCreationRequested(_ state: inout AppState) -> Effect {
        state.modal = .customerForm(CustomerForm(purpose: .create))
        return .none
    }

    /// `e` in the list: the selected customer's form, read from the API unless it is the current one.
    static func customerEditRequested(_ state: inout AppState) -> Effect {
        guard let chosen = state.selectedKnownCustomer else {
            state.notice = Notice(.info, "no customer selected")
            return .none
        }
        let id = chosen.externalId
        if id == state.customerId, let customer = state.customer {
            state.modal = .customerForm(CustomerForm(purpose: .edit(id), customer: customer))
            return .none
        }
        var form = CustomerForm(purpose: .edit(id))
        form.loading = true
        state.modal = .customerForm(form)
        return call(.customer(id), &state)
    }

    /// Enter on the form: missing required fields are named; otherwise one create or update call.
    static func customerFormSubmitted(_ form: CustomerForm, _ state: inout AppState) -> Effect {
        var form = form
        guard !form.loading, !form.saving else { return .none }
        form.problems = form.validated()
        if let first = form.editableFields.first(where: { form.problems[$0] != nil }) {
            form.focus = first
            state.modal = .customerForm(form)
            state.notice = Notice(.error, "customer: " + (form.problems[first] ?? "invalid"))
            return .none
        }
        switch form.purpose {
        case .create:
            form.saving = true
            state.modal = .customerForm(form)
            return call(.createCustomer(form.profile), &state)
        case .edit(let id):
            if form.isUnchanged {
                state.modal = .customers
                state.notice = Notice(.info, "nothing changed")
                return .none
            }
            form.saving = true
            state.modal = .customerForm(form)
            return call(.updateCustomer(id, form.profile), &state)
        }
    }

    static func customerCreated(_ result: Result<Customer, APIError>, _ state: inout AppState) -> Effect {
        switch result {
        case .success(let customer):
            let effect = remember(KnownCustomer(externalId: customer.externalId, name: customer.displayName), &state)
            if case .customerForm(let form) = state.modal, form.purpose == .create {
                state.modal = .customers
                state.customerSelection = state.knownCustomers.firstIndex { $0.externalId == customer.externalId } ?? 0
            }
            state.notice = Notice(.info, "created \(customer.displayName) (\(customer.externalId)) — Enter switches to them")
            return effect
        case .failure(let error):
            state.notice = .failure("create customer", error)
            reopen(with: error, purpose: .create, &state)
            return .none
        }
    }

    static func customerUpdated(id: String, _ result: Result<Customer, APIError>, _ state: inout AppState) -> Effect {
        switch result {
        case .success(let customer):
            if id == state.customerId { state.customer = customer }
            let effect = remember(KnownCustomer(externalId: id, name: customer.displayName), &state)
            if case .customerForm(let form) = state.modal, form.purpose == .edit(id) { state.modal = .customers }
            state.notice = Notice(.info, "saved \(customer.displayName) (\(id))")
            return effect
        case .failure(let error):
            state.notice = .failure("update customer \(id)", error)
            reopen(with: error, purpose: .edit(id), &state)
            return .none
        }
    }

    /// A refused save: the form stays open, the API's 422 messages next to their fields.
    private static func reopen(with error: APIError, purpose: CustomerForm.Purpose, _ state: inout AppState) {
        guard case .customerForm(var form) = state.modal, form.purpose == purpose else { return }
        form.saving = false
        if case .validation(_, let fields) = error { _ = form.place(fields) }
        state.modal = .customerForm(form)
    }

    /// `D` in the list: asks first; the customer in use cannot be removed.
    static func customerRemovalRequested(_ state: inout AppState) -> Effect {
        guard let chosen = state.selectedKnownCustomer else {
            state.notice = Notice(.info, "no customer selected")
            return .none
        }
        guard chosen.externalId != state.customerId else {
            state.notice = Notice(.error, "remove refused: \(chosen.externalId) is in use — switch to another customer first")
            return .none
        }
        state.modal = .customerRemoval(chosen)
        return .none
    }

    /// `y` on the confirmation: one remove call; the list stays open.
    static func customerRemovalConfirmed(_ customer: KnownCustomer, _ state: inout AppState) -> Effect {
        state.modal = .customers
        state.notice = Notice(.info, "removing \(customer.name ?? customer.externalId)…")
        return call(.removeCustomer(customer.externalId), &state)
    }

    /// Removed (or already unknown to the API): forgotten here too, with their address.
    static func customerRemoved(id: String, _ error: APIError?, _ state: inout AppState) -> Effect {
        if let error, error.status != 404 {
            state.notice = .failure("remove customer \(id)", error)
            return .none
        }
        state.knownCustomers.removeAll { $0.externalId == id }
        state.addresses[id] = nil
        state.customerSelection = clamp(state.customerSelection, state.knownCustomers.count)
        state.notice = Notice(.info, error == nil ? "removed \(id)" : "\(id) was already gone: forgotten")
        return persist(&state)
    }

    /// The book from disk, merged with what this session already knows; written back when the merge added anything.
    static func customerBookLoaded(_ result: Result<CustomerBook, CustomerBookError>, _ state: inout AppState) -> Effect {
        switch result {
        case .success(let book):
            let merged = CustomerBook(customers: state.knownCustomers, addresses: state.addresses).merged(over: book)
            state.knownCustomers = merged.customers
            state.addresses = merged.addresses
            state.customerBookWritable = true
            return merged == book ? .none : .saveCustomerBook(merged)
        case .failure(let error):
            state.notice = Notice(.error, "customer book: \(error) — not saved this session")
            return .none
        }
    }

    /// Adds `customer` to the list (or renames them) and saves when that changed anything.
    static func remember(_ customer: KnownCustomer, _ state: inout AppState) -> Effect {
        if let index = state.knownCustomers.firstIndex(where: { $0.externalId == customer.externalId }) {
            guard let name = customer.name, state.knownCustomers[index].name != name else { return .none }
            state.knownCustomers[index].name = name
        } else {
            state.knownCustomers.append(customer)
        }
        return persist(&state)
    }

    /// The customer book as it stands, to be written, once the one on disk has been read.
    static func persist(_ state: inout AppState) -> Effect {
        guard state.customerBookWritable else { return .none }
        return .saveCustomerBook(CustomerBook(customers: state.knownCustomers, addresses: state.addresses))
    }
}
