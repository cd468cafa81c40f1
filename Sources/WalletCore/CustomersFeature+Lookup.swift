import Foundation
import MintedAPI

/// "Open by id" in the customer list: any customer the host has, not only those used here.
extension CustomersFeature {
    /// An external id is at most this long (the API's rule is 3 to 40 characters).
    static let lookupLimit = 64

    static func lookup(_ action: CustomersAction, _ roster: inout Roster, _ context: FeatureContext) -> Step {
        switch action {
        case .lookupStarted:
            roster.lookup = ""
            return Step()
        case .lookupTyped(let character):
            guard var text = roster.lookup, !character.isNewline, text.count < lookupLimit else { return Step() }
            text.append(character)
            roster.lookup = text
            return Step()
        case .lookupErased(let erase):
            guard let text = roster.lookup else { return Step() }
            roster.lookup = erase.applied(to: text)
            return Step()
        case .lookupCancelled:
            roster.lookup = nil
            return Step()
        case .lookupSubmitted:
            let id = (roster.lookup ?? "").trimmingCharacters(in: .whitespaces)
            guard !id.isEmpty else { return Step(notice: Notice(.info, "type a customer's external id, then Enter")) }
            guard roster.lookupPending == nil else { return Step(notice: Notice(.info, "busy: still looking up \(roster.lookupPending ?? "")")) }
            if id == context.customerId {
                roster.lookup = nil
                return Step(notice: Notice(.info, "\(id) is the customer in use"))
            }
            roster.lookupPending = id
            return Step(effect: context.call(.customer(id)), notice: Notice(.info, "looking up \(id)…"))
        default:
            return Step()
        }
    }

    /// Get Customer answered for the id typed: known → remembered and current; unknown → said, the id kept to correct.
    static func lookedUp(id: String, _ result: Result<Customer, APIError>, _ roster: inout Roster) -> Step {
        roster.lookupPending = nil
        switch result {
        case .success(let customer):
            roster.lookup = nil
            let effect = remember(KnownCustomer(externalId: id, name: customer.displayName), &roster)
            return Step(effect: effect, switchTo: id)
        case .failure(let error) where error.status == 404:
            return Step(notice: Notice(.error, "no customer \(id) on this host (404) — check the id, or n creates one"))
        case .failure(let error):
            return Step(notice: .failure("customer \(id)", error))
        }
    }
}
