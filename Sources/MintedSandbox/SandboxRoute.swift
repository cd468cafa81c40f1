import Hummingbird
import MintedAPI

/// One walletable or webview operation the sandbox serves: its method, its path as an OpenAPI template
/// (`{name}` captures one segment) and the handler that answers it.
struct SandboxRoute: Sendable {
    /// The HTTP method.
    let method: HTTPRequest.Method
    /// The path template, as the OpenAPI document spells it.
    let path: String
    /// Answers one request.
    let handler: @Sendable (SandboxRoutes, Request, SandboxRequestContext) async throws -> Response

    init(_ method: HTTPRequest.Method, _ path: String,
         _ handler: @escaping @Sendable (SandboxRoutes, Request, SandboxRequestContext) async throws -> Response) {
        self.method = method
        self.path = path
        self.handler = handler
    }

    /// True when `requestPath` is this route's path, each `{…}` standing for one non-empty segment.
    func matches(_ requestPath: String) -> Bool {
        let template = path.split(separator: "/", omittingEmptySubsequences: false)
        let actual = requestPath.split(separator: "/", omittingEmptySubsequences: false)
        guard template.count == actual.count else { return false }
        return zip(template, actual).allSatisfy { pattern, segment in
            pattern.hasPrefix("{") && pattern.hasSuffix("}") ? !segment.isEmpty : pattern == segment
        }
    }
}

/// The route table: every served operation in one list, which both registers the routes and lets tests
/// compare them with the OpenAPI document.
extension SandboxRoutes {
    static let table: [SandboxRoute] = [
        SandboxRoute(.post, Endpoint.customerPath) { routes, request, _ in try await routes.createCustomer(request) },
        SandboxRoute(.get, Endpoint.customerPath + "/{external_id}") { routes, _, context in try await routes.customer(context) },
        SandboxRoute(.patch, Endpoint.customerPath + "/{external_id}") { routes, request, context in
            try await routes.updateCustomer(request, context)
        },
        SandboxRoute(.delete, Endpoint.customerPath + "/{external_id}") { routes, _, context in try await routes.removeCustomer(context) },
        SandboxRoute(.get, Endpoint.productsPath) { routes, request, _ in try await routes.products(request) },
        SandboxRoute(.post, Endpoint.completePath + "/buy") { routes, request, _ in try await routes.complete(request, .buy) },
        SandboxRoute(.post, Endpoint.completePath + "/sell") { routes, request, _ in try await routes.complete(request, .sell) },
        SandboxRoute(.post, Endpoint.completePath + "/delivery") { routes, request, _ in try await routes.complete(request, .delivery) },
        SandboxRoute(.get, Endpoint.ordersPath) { routes, request, _ in try await routes.orders(request) },
        SandboxRoute(.get, Endpoint.receiptPath) { routes, request, _ in try await routes.receipt(request) },
        SandboxRoute(.get, Endpoint.balancePath) { routes, request, _ in try await routes.balance(request) },
        SandboxRoute(.get, Endpoint.basketPath) { routes, request, _ in try await routes.activeBasket(request) },
        SandboxRoute(.delete, Endpoint.basketPath) { routes, request, _ in try await routes.removeItem(request) },
        SandboxRoute(.post, Endpoint.basketPath) { routes, request, _ in try await routes.addItem(request) },
        SandboxRoute(.delete, Endpoint.basketPath + "/empty") { routes, request, _ in try await routes.clearBasket(request) },
        SandboxRoute(.patch, Endpoint.basketPath) { routes, request, _ in try await routes.updateItem(request) },
        SandboxRoute(.get, Endpoint.currencyRatesPath) { routes, request, _ in try await routes.currencyRates(request) },
        SandboxRoute(.get, Endpoint.rateHistoryPath) { routes, request, _ in try await routes.rateHistory(request) },
        SandboxRoute(.get, Endpoint.orderPath + "/{external_order_id}/invoice") { routes, _, context in
            try await routes.invoice(context)
        },
        SandboxRoute(.post, Endpoint.webviewTokenPath) { routes, request, _ in try await routes.createToken(request) },
        SandboxRoute(.get, Endpoint.webviewBasketPath) { routes, request, _ in try await routes.webviewBasket(request) },
        SandboxRoute(.post, Endpoint.webviewCompletePath) { routes, request, _ in try await routes.webviewComplete(request) },
    ]

    /// The methods served at `path` (for a 405's `Allow`), in table order; empty for an unknown path.
    static func allowedMethods(at path: String) -> [String] {
        var methods: [String] = []
        for route in table where route.matches(path) && !methods.contains(route.method.rawValue) {
            methods.append(route.method.rawValue)
        }
        return methods
    }
}
