import Foundation

extension AppState {
    /// Counts a call as it leaves. Only the store calls this (and the test store, which stands in for it): the reducer
    /// asks for calls and reads the counts, it never keeps them.
    public mutating func callSent(_ call: APICall) {
        if requestsInFlight == 0 { busySince = now }
        requestsInFlight += 1
        if call.touchesBasket { checkout.requestsInFlight += 1 }
    }

    /// Counts a call's answer, just before the answer is reduced.
    public mutating func callAnswered(_ call: APICall) {
        requestsInFlight = max(0, requestsInFlight - 1)
        if requestsInFlight == 0 { busySince = nil }
        if call.touchesBasket { checkout.requestsInFlight = max(0, checkout.requestsInFlight - 1) }
    }
}
