import Foundation
import MintedAPI

/// Everything that happens in the embedded webview (`W`), as past events; its key tables send these.
public enum WebviewAction: Sendable, Equatable {
    /// `W`: the view opened for the current customer (a token is created unless a fresh one is held).
    case opened
    /// `r`: the basket read again (with a new token when the one held is about to expire).
    case refreshRequested
    /// `s`: seed 000's scenario loaded on the built-in sandbox, so that the webview has a basket to show.
    case scenarioRequested
    /// `c` / Enter: the y/n question before Complete.
    case completionRequested
    /// `y`: Complete sent, once.
    case completionConfirmed
    /// `n`: the question closed, nothing sent.
    case completionCancelled
    /// Esc / `q`: the question closes first, then the view.
    case dismissed
    /// Create Token answered for `customer`.
    case tokenCreated(customer: String, Result<WebviewToken, APIError>)
    /// Get Active Basket answered for bearer `token`; nil is "no active basket".
    case basketLoaded(token: String, Result<Basket?, APIError>)
    /// Complete answered: the order, or why not.
    case completionAnswered(Result<Basket, APIError>)
    /// The sandbox loaded seed 000: the webview basket it opened, its customer included.
    case scenarioLoaded(Result<Basket, APIError>)

    /// True for answers from the API. Every case is decided here.
    public var isAnswer: Bool {
        switch self {
        case .tokenCreated, .basketLoaded, .completionAnswered, .scenarioLoaded: true
        case .opened, .refreshRequested, .scenarioRequested, .completionRequested, .completionConfirmed, .completionCancelled, .dismissed: false
        }
    }

    /// True for what changes the host; `--readonly` refuses these. Every case is decided here. Creating a token and
    /// reading the basket change nothing a partner would call a change, so the view opens under `--readonly`.
    public var changesAnything: Bool {
        switch self {
        case .scenarioRequested, .completionRequested, .completionConfirmed: true
        case .opened, .refreshRequested, .completionCancelled, .dismissed, .tokenCreated, .basketLoaded, .completionAnswered,
             .scenarioLoaded: false
        }
    }
}
