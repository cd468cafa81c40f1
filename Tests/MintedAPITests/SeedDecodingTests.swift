import Foundation
import MintedAPI
import MintedTesting
import Testing

/// The vendor's own examples decode, every amount exactly equal to its text.
struct SeedDecodingTests {
    func amount(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }

    @Test func seed004BasketDecodesExactly() throws {
        let envelope = try JSONDecoder().decode(Envelope<Basket>.self, from: Fixture.data("seed004-update-basket-item.json"))
        let basket = try #require(envelope.data)
        #expect(envelope.success)
        #expect(envelope.code == 0)
        #expect(basket.token == "SKTHzfR4HnKXmcM4XeHfFRUPq6n3jJGL")
        #expect(basket.priceToken == "I50OIXArzMS9PFK0t7BdLYrP6uHiS0GF")
        #expect(basket.basketType == .buy)
        #expect(basket.id == 10984)
        #expect(basket.guid == "2695BF07-6963-40FD-9777-21670640745B")
        #expect(basket.incrementId == "59047701704")
        #expect(basket.price == amount("1777.02"))
        #expect(basket.total == amount("1777.02"))
        #expect(basket.paidTotal == amount("1852.60"))
        #expect(basket.chargeFee == amount("31.10"))
        #expect(basket.chargeFeeRate == amount("1.75"))
        #expect(basket.mintingFee == amount("35.55"))
        #expect(basket.storageFee == amount("5.33"))
        #expect(basket.storageFeeRate == amount("0.3"))
        #expect(basket.chargesVat == amount("3.60"))
        #expect(basket.vatRate == 5)
        #expect(basket.currencyCode == "AED")
        #expect(basket.statusId == 1)
        #expect(basket.statusName == "Created")
        #expect(basket.txType == "oneoffpurchase")
        #expect(basket.totalAmount == 3)
        #expect(basket.currency == "Dirham Gold")
        #expect(basket.payment?.comission == amount("51.18"))
        #expect(basket.payment?.total == amount("1828.2"))
        #expect(basket.customer?.fullname == "Brant Ankunding")
        #expect(basket.customer?.externalId == "ea0982a7-4fd3-43ff-a682-cae5870d1eac")
        #expect(basket.pricefix?.remaining == 201)
        #expect(basket.pricefix?.nextUpdate == Timestamp.parse("2026-02-20T12:31:57Z"))
        #expect(basket.orderDate == Timestamp.parse("2026-02-20T12:27:57Z"))
        let item = try #require(basket.items.first)
        #expect(item.sku == "MNTBAE0001")
        #expect(item.price == amount("592.34"))
        #expect(item.amount == 3)
        #expect(item.total == amount("1777.02"))
        #expect(item.productWeight == 1)
        #expect(item.prices?.first { $0.id == 7 }?.price == amount("11.85"))
        #expect(item.productImages?.count == 4)
    }

    @Test func seed000EcomBasketDecodesExactly() throws {
        let envelope = try JSONDecoder().decode(Envelope<Basket>.self, from: Fixture.data("seed000-get-active-basket.json"))
        let basket = try #require(envelope.data)
        #expect(basket.price == amount("2960.3"))
        #expect(basket.deliveryPrice == 65)
        #expect(basket.insurancePrice == amount("8.12"))
        #expect(basket.marketCommission == amount("209.69"))
        #expect(basket.mintedMarkupPrice == amount("31.81"))
        #expect(basket.currencyCode == "TRY")
        #expect(basket.pricefix?.remaining == -2)
        #expect(basket.pricefix?.updated == false)
        #expect(basket.shippingaddress?.city == "İstanbul")
        #expect(basket.billingaddress?.companyName == "Minted LTD")
        #expect(basket.items.first?.productWeight == amount("1.01"))
        #expect(basket.items.first?.prices?.first { $0.id == 3 }?.price == amount("190.68"))
        #expect(basket.type == nil)
    }

    @Test func decodingFailureNamesTheFieldPath() async throws {
        let transport = FakeTransport { _ in
            FakeTransport.json(#"{"data": {"token": "t", "total": "lots", "paid_total": 1, "items": []}, "success": true, "code": 0, "message": ""}"#)
        }
        let client = MintedClient(configuration: ClientConfiguration(baseURL: URL(string: "http://127.0.0.1:1")!,
                                                                     credentials: DigestCredentials(username: "u", password: "p")),
                                  transport: transport)
        await #expect(throws: APIError.decoding(path: "data.total", snippet: #"{"data": {"token": "t", "total": "lots", "paid_total": 1, "items": []}, "success": true, "code": 0, "message": ""}"#)) {
            _ = try await client.send(.activeBasket(customer: "c", type: .buy))
        }
    }
}
