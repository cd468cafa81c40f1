import Foundation
import MintedAPI

/// A fake host for store tests: answers each request by its name (`addItem`) with a closure of the request's
/// endpoint, so a test can read the body or query it was sent. What has no answer fails with 501.
public struct SampleHost: APIHost {
    /// An answer to one request, given what was sent.
    public typealias Answer = @Sendable (Endpoint) async throws -> any Sendable

    /// Answers by request name.
    public var answers: [String: Answer]

    /// What a request nobody answers throws.
    public static let unsupported = APIError.http(status: 501, message: "not supported by this host")

    public init(answers: [String: Answer] = [:]) {
        self.answers = answers
    }

    @discardableResult
    public func send<Response>(_ request: APIRequest<Response>) async throws -> Response {
        guard let answer = answers[request.name] else { throw Self.unsupported }
        let value = try await answer(request.endpoint)
        guard let response = value as? Response else {
            throw APIError.decoding(path: request.name, snippet: "the fake answered \(type(of: value)), not \(Response.self)")
        }
        return response
    }

    /// A host whose every call answers with the samples; override single answers per test.
    public static func samples(lockedUntil: Date) -> SampleHost {
        var host = SampleHost()
        host.answers["customer"] = { _ in Samples.customer }
        host.answers["products"] = { _ in Page(currentPage: 1, data: [Samples.goldBar], lastPage: 1, perPage: 100, total: 1) }
        host.answers["activeBasket"] = { _ in Samples.basket(lockedUntil: lockedUntil) }
        host.answers["addItem"] = { sent in
            Samples.basket(lockedUntil: lockedUntil, quantity: try sent.body(BasketItemAddition.self).qty)
        }
        host.answers["updateItem"] = { sent in
            Samples.basket(lockedUntil: lockedUntil, quantity: try sent.body(BasketItemUpdate.self).qty)
        }
        host.answers["balance"] = { _ in Samples.holdings }
        host.answers["currencyRates"] = { _ in [Samples.goldRate] }
        host.answers["rateHistory"] = { _ in Samples.history(count: 120) }
        host.answers["removeItem"] = { _ in Samples.basket(lockedUntil: lockedUntil, quantity: 0) }
        host.answers["clearBasket"] = { _ in Samples.basket(lockedUntil: lockedUntil, quantity: 0) }
        host.answers["complete"] = { sent in
            Samples.order(type: BasketType(rawValue: sent.path.split(separator: "/").last.map(String.init) ?? "") ?? .buy)
        }
        host.answers["orders"] = { sent in
            let page = Int(sent.queryValue("page") ?? "") ?? 1
            let perPage = Int(sent.queryValue("total") ?? "") ?? 20
            return Page(currentPage: page, data: [Samples.order()], lastPage: 1, perPage: perPage, total: 1)
        }
        host.answers["receipt"] = { sent in
            var receipt = Receipt(order: Samples.order())
            receipt.guid = sent.queryValue("guid") ?? ""
            return receipt
        }
        host.answers["createCustomer"] = { sent in
            let profile = try sent.body(CustomerProfile.self)
            return Customer(externalId: profile.externalId ?? "", firstname: profile.firstname, lastname: profile.lastname,
                            fullname: [profile.firstname, profile.lastname].compactMap { $0 }.joined(separator: " "), email: profile.email,
                            phone: profile.phone, gender: profile.gender, identityNumber: profile.identityNumber, birthdate: profile.birthdate)
        }
        host.answers["updateCustomer"] = { sent in
            let id = sent.path.split(separator: "/").last.map { String($0).removingPercentEncoding ?? String($0) } ?? ""
            let profile = try sent.body(CustomerProfile.self)
            var customer = id == Samples.newCustomer.externalId ? Samples.newCustomer : Customer(externalId: id)
            if let lastname = profile.lastname { customer.lastname = lastname }
            if let firstname = profile.firstname { customer.firstname = firstname }
            customer.fullname = [customer.firstname, customer.lastname].compactMap { $0 }.joined(separator: " ")
            return customer
        }
        host.answers["removeCustomer"] = { _ in Nothing() }
        return host
    }
}

extension Endpoint {
    /// The JSON body decoded as `type`.
    public func body<Body: Decodable>(_ type: Body.Type) throws -> Body {
        guard let body else { throw APIError.decoding(path: "body", snippet: "no body sent") }
        return try JSONDecoder().decode(Body.self, from: body)
    }

    /// The first value of query item `name`.
    public func queryValue(_ name: String) -> String? {
        query.first { $0.name == name }?.value
    }
}
