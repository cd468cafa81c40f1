import Foundation
import MintedAPI

/// What happens to the open basket: the person's keys, the API's answers, and the dialogs' outcomes.
public enum BasketAction: Sendable, Equatable {
    /// Get Active Basket or a change to it answered, for the basket generation it was asked for.
    case loaded(generation: Int, Result<Basket?, APIError>)
    /// ↑ ↓ in the basket pane.
    case moved(by: Int)
    /// `a`: how many of the selected product?
    case addRequested
    /// The quantity dialog's Enter: add `qty` of `sku`.
    case quantityEntered(sku: String, qty: Int)
    /// `+` `-` on a line.
    case quantityStepped(by: Int)
    /// `x` on a line.
    case lineRemovalRequested
    /// `X`: clear, after a yes.
    case clearRequested
    /// "Clear the basket?" answered yes.
    case clearConfirmed
    /// `b` `s` `d`.
    case typeChosen(BasketType)
    /// `c`: the address (for a delivery) or the confirmation opens.
    case completionRequested
    /// The delivery's address was given (and kept): the confirmation opens unless something changed meanwhile.
    case addressGiven
    /// The confirmation's Enter: the one complete call.
    case completionConfirmed
    case completionAnswered(Result<Basket, APIError>)

    /// True for answers from the API.
    public var isAnswer: Bool {
        switch self {
        case .loaded, .completionAnswered: true
        case .moved, .addRequested, .quantityEntered, .quantityStepped, .lineRemovalRequested, .clearRequested, .clearConfirmed,
             .typeChosen, .completionRequested, .addressGiven, .completionConfirmed: false
        }
    }

    /// True for the person's actions that change the basket on the host; `--readonly` refuses them.
    public var changesAnything: Bool {
        switch self {
        case .addRequested, .quantityEntered, .quantityStepped, .lineRemovalRequested, .clearRequested, .clearConfirmed,
             .completionRequested, .addressGiven, .completionConfirmed: true
        case .loaded, .moved, .typeChosen, .completionAnswered: false
        }
    }
}
