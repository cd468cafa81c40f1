import Foundation
import MintedAPI
import MintedSandbox
import Testing

/// The sell and delivery journeys of contract §4, through the real client.
@Suite struct SandboxJourneyTests {
    private let customer = SandboxFixtures.customer
    private func d(_ text: String) -> Decimal { SandboxFixtures.decimal(text) }

    private func units(_ client: MintedClient, _ sku: String) async throws -> Int {
        try await client.send(.balance(customer: customer)).first { $0.sku == sku }?.amount ?? 0
    }

    @Test func sellShrinksTheWalletAndPaysTheFeePageFormula() async throws {
        try await SandboxFixtures.withSandbox { client, _ in
            let basket = try await client.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 5, type: .sell, cartToken: nil))
            // 5 × 580.49 = 2902.45; charge 1.75 % → 50.79; VAT 5 % → 2.54; received 2849.12.
            #expect(basket.total == d("2902.45") && basket.chargeFee == d("50.79") && basket.chargesVat == d("2.54"))
            #expect(basket.paidTotal == d("2849.12"))
            let order = try await client.send(.complete(.sell, customer: customer, cartToken: basket.token))
            #expect(order.isOrder && order.statusName == "Completed" && order.paidTotal == d("2849.12"))
            #expect(try await units(client, "MNTBAE0001") == 7)
            await #expect(throws: APIError.notFound(message: "this basket was already completed into an order; it cannot change or complete again")) {
                try await client.send(.complete(.sell, customer: customer, cartToken: basket.token))
            }
            // A basket replaced by a newer one of its type says so.
            let first = try await client.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 1, type: .buy, cartToken: nil))
            _ = try await client.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 1, type: .buy, cartToken: nil))
            await #expect(throws: APIError.notFound(message: "this basket was replaced: adding without a cart_token opened a new buy basket; use its cart_token")) {
                try await client.send(.updateItem(customer: customer, cartToken: first.token, sku: "MNTBAE0001", qty: 2))
            }
        }
    }

    @Test func deliveryNeedsAnAddressAndADeliverableHolding() async throws {
        try await SandboxFixtures.withSandbox { client, _ in
            await #expect(throws: APIError.self) {
                try await client.send(.addItem(customer: customer, sku: "MNTDAE0001", qty: 1, type: .delivery, cartToken: nil))
            }
            let basket = try await client.send(.addItem(customer: customer, sku: "MNTBAS0100", qty: 1, type: .delivery, cartToken: nil))
            // Conversion 10.00 + shipping 25.00, VAT 5 % → 1.75; paid 36.75.
            #expect(basket.total == d("10.00") && basket.deliveryCost == d("25.00") && basket.paidTotal == d("36.75"))
            await #expect(throws: APIError.validation(
                message: "The shipping_address field is required.", fields: ["shipping_address": ["The shipping_address field is required."]]
            )) { try await client.send(.complete(.delivery, customer: customer, cartToken: basket.token)) }
            let address = Address(fullname: "Brant Ankunding", phone: "+971500000000", city: "Dubai", address: "1 Gold Souk")
            let order = try await client.send(.complete(.delivery, customer: customer, cartToken: basket.token, shippingAddress: address))
            #expect(order.statusName == "Preparing" && order.shippingaddress?.city == "Dubai")
            #expect(try await units(client, "MNTBAS0100") == 0)

            let again = try await client.send(.addItem(customer: customer, sku: "MNTBAS0100", qty: 1, type: .delivery, cartToken: nil))
            do {
                _ = try await client.send(.complete(.delivery, customer: customer, cartToken: again.token, shippingAddress: address))
                Issue.record("delivering what is no longer held was accepted")
            } catch let APIError.validation(_, fields) {
                #expect(fields["qty"] == ["Cannot deliver 1 × MNTBAS0100: 0 held."])
            }
        }
    }

    /// The fields a 422 names for `body`; empty when the call succeeded.
    private func fieldErrors(_ client: MintedClient, _ body: String, _ method: String = "POST",
                             _ path: String = Endpoint.basketPath) async throws -> Set<String> {
        do {
            _ = try await client.send(.decoding(Endpoint(method: method, path: path, body: Data(body.utf8)), as: Basket.self))
            return []
        } catch let APIError.validation(_, fields) {
            return Set(fields.keys)
        }
    }

    @Test func everyBasketInputIsValidated() async throws {
        try await SandboxFixtures.withSandbox { client, _ in
            let named1 = try await fieldErrors(client, "{}")
            #expect(named1 == ["external_customer_id", "sku", "qty", "type"])
            let body1 = #"{"external_customer_id":"\#(customer)","sku":"MNTBAE0001","qty":-2,"type":"buy"}"#
            let named2 = try await fieldErrors(client, body1)
            #expect(named2 == ["qty"])
            let body2 = #"{"external_customer_id":"\#(customer)","sku":"MNTBAE0001","qty":1,"type":"gift"}"#
            let named3 = try await fieldErrors(client, body2)
            #expect(named3 == ["type"])
            let body3 = #"{"external_customer_id":"\#(customer)","sku":"MNTBAE0001","qty":1,"type":"buy","cart_token":"short"}"#
            let named4 = try await fieldErrors(client, body3)
            #expect(named4 == ["cart_token"])
            let body4 = #"{"external_customer_id":"\#(customer)","cart_token":"short"}"#
            let named5 = try await fieldErrors(client, body4, "DELETE", Endpoint.basketPath + "/empty")
            #expect(named5 == ["cart_token"])
            await #expect(throws: APIError.http(status: 400, message: "The request body is not a JSON object.")) {
                try await client.send(.decoding(Endpoint(method: "PATCH", path: Endpoint.basketPath, body: Data("[1,2".utf8)), as: Basket.self))
            }
            await #expect(throws: APIError.notFound(message: "no open basket with this cart_token for customer \(customer)")) {
                try await client.send(.clearBasket(customer: customer, cartToken: String(repeating: "a", count: 32)))
            }
        }
    }
}
