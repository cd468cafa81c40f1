import Foundation
import MintedAPI

/// What happens to the customers: the list (`u`), create / edit / remove, the API's answers and the customer book.
public enum CustomersAction: Sendable, Equatable {
    /// Get Customer of `id` (the current customer, or one opened for editing).
    case loaded(id: String, Result<Customer, APIError>)
    case created(Result<Customer, APIError>)
    case updated(id: String, Result<Customer, APIError>)
    /// Remove Customer answered: nil on success.
    case removed(id: String, APIError?)
    /// The customer book on disk was read.
    case bookLoaded(Result<CustomerBook, CustomerBookError>)
    case bookSaveFailed(String)
    /// `u`: the list opens.
    case listRequested
    /// ↑ ↓ in the list.
    case moved(by: Int)
    /// Enter on the list: the selected customer becomes current.
    case chosen
    /// `n` in the list.
    case creationRequested
    /// `e` in the list.
    case editRequested
    /// `D` in the list: remove, after a yes.
    case removalRequested
    /// "Remove this customer?" answered yes.
    case removalConfirmed(KnownCustomer)
    /// The form's Enter.
    case formSubmitted(CustomerForm)
    /// `o` in the list: type the external id of any customer the host has.
    case lookupStarted
    case lookupTyped(Character)
    case lookupErased(TextErase)
    /// Enter on the id: Get Customer, then switch to them if the host knows them.
    case lookupSubmitted
    /// Esc on the id.
    case lookupCancelled

    /// True for answers from the API.
    public var isAnswer: Bool {
        switch self {
        case .loaded, .created, .updated, .removed: true
        case .bookLoaded, .bookSaveFailed, .listRequested, .moved, .chosen, .creationRequested, .editRequested, .removalRequested,
             .removalConfirmed, .formSubmitted, .lookupStarted, .lookupTyped, .lookupErased, .lookupSubmitted, .lookupCancelled: false
        }
    }

    /// True for the person's actions that change customers on the host; `--readonly` refuses them.
    public var changesAnything: Bool {
        switch self {
        case .creationRequested, .editRequested, .removalRequested, .removalConfirmed, .formSubmitted: true
        case .loaded, .created, .updated, .removed, .bookLoaded, .bookSaveFailed, .listRequested, .moved, .chosen,
             .lookupStarted, .lookupTyped, .lookupErased, .lookupSubmitted, .lookupCancelled: false
        }
    }
}
