import Foundation
import MintedAPI

/// The customers as a feature: it owns the `Roster` (the list, addresses, the customer book) and reduces
/// `CustomersAction`. Switching customer and the current customer's profile belong to the session, so they come back
/// in the `Step` for the app to apply, with the sheet and the footer line.
public enum CustomersFeature {
    /// What the app must do after a customers action, besides running `effect`.
    public struct Step: Sendable, Equatable {
        public var effect: Effect = .none
        public var sheet: SheetChange?
        public var notice: Notice?
        /// The current customer's profile as the API answered it.
        public var currentCustomer: Customer?
        /// The customer to switch to.
        public var switchTo: String?
    }

    public static func reduce(into roster: inout Roster, action: CustomersAction, context: FeatureContext) -> Step {
        switch action {
        case .listRequested:
            let effect = remember(KnownCustomer(externalId: context.customerId, name: context.customer?.displayName), &roster)
            roster.selection = roster.customers.firstIndex { $0.externalId == context.customerId } ?? 0
            return Step(effect: effect, sheet: .open(.customers))

        case .moved(let delta):
            roster.selection = (roster.selection + delta).clampedIndex(roster.customers.count)
            return Step()

        case .chosen:
            guard let chosen = roster.selected else { return Step() }
            return Step(switchTo: chosen.externalId)

        case .loaded(let id, let result):
            if id == roster.lookupPending { return lookedUp(id: id, result, &roster) }
            return loaded(id: id, result, &roster, context)

        case .lookupStarted, .lookupTyped, .lookupErased, .lookupSubmitted, .lookupCancelled:
            return lookup(action, &roster, context)

        case .creationRequested:
            return Step(sheet: .open(.customerForm(CustomerForm(purpose: .create))))

        case .editRequested:
            guard let chosen = roster.selected else { return Step(notice: Notice(.info, "no customer selected")) }
            let id = chosen.externalId
            if id == context.customerId, let customer = context.customer {
                return Step(sheet: .open(.customerForm(CustomerForm(purpose: .edit(id), customer: customer))))
            }
            var form = CustomerForm(purpose: .edit(id))
            form.loading = true
            return Step(effect: context.call(.customer(id)), sheet: .open(.customerForm(form)))

        case .formSubmitted(let form):
            return formSubmitted(form, context)

        case .created(let result):
            switch result {
            case .success(let customer):
                var step = Step(effect: remember(KnownCustomer(externalId: customer.externalId, name: customer.displayName), &roster))
                if case .customerForm(let form) = context.modal, form.purpose == .create {
                    step.sheet = .open(.customers)
                    roster.selection = roster.customers.firstIndex { $0.externalId == customer.externalId } ?? 0
                }
                step.notice = Notice(.info, "created \(customer.displayName) (\(customer.externalId)) — Enter switches to them")
                return step
            case .failure(let error):
                return Step(sheet: reopened(with: error, purpose: .create, context), notice: .failure("create customer", error))
            }

        case .updated(let id, let result):
            switch result {
            case .success(let customer):
                var step = Step(effect: remember(KnownCustomer(externalId: id, name: customer.displayName), &roster))
                if id == context.customerId { step.currentCustomer = customer }
                if case .customerForm(let form) = context.modal, form.purpose == .edit(id) { step.sheet = .open(.customers) }
                step.notice = Notice(.info, "saved \(customer.displayName) (\(id))")
                return step
            case .failure(let error):
                return Step(sheet: reopened(with: error, purpose: .edit(id), context), notice: .failure("update customer \(id)", error))
            }

        case .removalRequested:
            guard let chosen = roster.selected else { return Step(notice: Notice(.info, "no customer selected")) }
            guard chosen.externalId != context.customerId else {
                return Step(notice: Notice(.error, "remove refused: \(chosen.externalId) is in use — switch to another customer first"))
            }
            return Step(sheet: .open(.customerRemoval(chosen)))

        case .removalConfirmed(let customer):
            return Step(effect: context.call(.removeCustomer(customer.externalId)), sheet: .open(.customers),
                        notice: Notice(.info, "removing \(customer.name ?? customer.externalId)…"))

        case .removed(let id, let error):
            if let error, error.status != 404 { return Step(notice: .failure("remove customer \(id)", error)) }
            roster.customers.removeAll { $0.externalId == id }
            roster.addresses[id] = nil
            roster.selection = roster.selection.clampedIndex(roster.customers.count)
            return Step(effect: save(roster), notice: Notice(.info, error == nil ? "removed \(id)" : "\(id) was already gone: forgotten"))

        case .bookLoaded(.success(let book)):
            let merged = roster.book.merged(over: book)
            roster.customers = merged.customers
            roster.addresses = merged.addresses
            roster.bookWritable = true
            return Step(effect: merged == book ? .none : .saveCustomerBook(merged))

        case .bookLoaded(.failure(let error)):
            return Step(notice: Notice(.error, "customer book: \(error) — not saved this session"))

        case .bookSaveFailed(let message):
            return Step(notice: Notice(.error, "customer book not saved: \(message)"))
        }
    }

    /// Adds `customer` to the list (or renames them) and saves when that changed anything.
    public static func remember(_ customer: KnownCustomer, _ roster: inout Roster) -> Effect {
        if let index = roster.customers.firstIndex(where: { $0.externalId == customer.externalId }) {
            guard let name = customer.name, roster.customers[index].name != name else { return .none }
            roster.customers[index].name = name
        } else {
            roster.customers.append(customer)
        }
        return save(roster)
    }

    /// The customer book as it stands, to be written, once the one on disk has been read.
    public static func save(_ roster: Roster) -> Effect {
        roster.bookWritable ? .saveCustomerBook(roster.book) : .none
    }

    private static func loaded(id: String, _ result: Result<Customer, APIError>, _ roster: inout Roster,
                               _ context: FeatureContext) -> Step {
        var step = Step()
        switch result {
        case .success(let customer):
            if id == context.customerId { step.currentCustomer = customer }
            if id == context.customerId || roster.customers.contains(where: { $0.externalId == id }) {
                step.effect = remember(KnownCustomer(externalId: id, name: customer.displayName), &roster)
            }
            if case .customerForm(var form) = context.modal, form.purpose == .edit(id), form.loading {
                form.fill(from: customer)
                step.sheet = .open(.customerForm(form))
            }
        case .failure(let error):
            if id == context.customerId { step.notice = .failure("customer \(id)", error) }
            if case .customerForm(let form) = context.modal, form.purpose == .edit(id), form.loading {
                step.sheet = .open(.customers)
                step.notice = .failure("customer \(id)", error)
            }
        }
        return step
    }

    /// Enter on the form: missing required fields are named; otherwise one create or update call.
    private static func formSubmitted(_ form: CustomerForm, _ context: FeatureContext) -> Step {
        var form = form
        guard !form.loading, !form.saving else { return Step() }
        form.problems = form.validated()
        if let first = form.editableFields.first(where: { form.problems[$0] != nil }) {
            form.focus = first
            return Step(sheet: .open(.customerForm(form)), notice: Notice(.error, "customer: " + (form.problems[first] ?? "invalid")))
        }
        switch form.purpose {
        case .create:
            form.saving = true
            return Step(effect: context.call(.createCustomer(form.profile)), sheet: .open(.customerForm(form)))
        case .edit(let id):
            if form.isUnchanged { return Step(sheet: .open(.customers), notice: Notice(.info, "nothing changed")) }
            form.saving = true
            return Step(effect: context.call(.updateCustomer(id, form.profile)), sheet: .open(.customerForm(form)))
        }
    }

    /// A refused save: the form stays open, the API's 422 messages next to their fields.
    private static func reopened(with error: APIError, purpose: CustomerForm.Purpose, _ context: FeatureContext) -> SheetChange? {
        guard case .customerForm(var form) = context.modal, form.purpose == purpose else { return nil }
        form.saving = false
        if case .validation(_, let fields) = error { _ = form.place(fields) }
        return .open(.customerForm(form))
    }
}
