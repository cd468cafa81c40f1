import Foundation
import MintedAPI
import Testing

/// Masked exchanges (`--demo`, privacy): customer ids hidden in URLs and bodies, the mask shown as itself.
struct ExchangeMaskingTests {
    static func exchange(_ url: String, body: String = "") -> Exchange {
        Exchange(id: 1, method: "GET", url: url, status: 200, startedAt: Date(timeIntervalSince1970: 0), duration: .milliseconds(5),
                 requestHeaders: [:], responseHeaders: [:], requestBody: body, responseBody: "", requestBytes: body.utf8.count,
                 responseBytes: 0, failure: nil)
    }

    @Test func aMaskedPathReadsAsTheMaskNotPercentEncoded() {
        let customer = Self.exchange("http://127.0.0.1:8080/partner/customer/ea0982a7-4fd3-43ff-a682-cae5870d1eac")
        #expect(customer.maskedPathAndQuery == "/partner/customer/•••")
        let balance = Self.exchange("http://127.0.0.1:8080/partner/walletable/balance?metal_type=gold,silver&external_customer_id=ea0982a7-4fd3")
        #expect(balance.maskedPathAndQuery == "/partner/walletable/balance?metal_type=gold,silver&external_customer_id=•••")
        #expect(!balance.summaryLine(clock: "12:00:00", masksPersonalData: true).contains("%E2"), "never percent-encoded")
        #expect(!balance.summaryLine(clock: "12:00:00", masksPersonalData: true).contains("ea0982a7"))
    }

    @Test func bodiesLoseTheirPersonalValues() {
        let masked = Self.exchange("http://h/partner/walletable/basket", body: #"{"external_customer_id":"ea0982a7","qty":2}"#)
            .masked(PrettyJSON.personalKeys)
        #expect(!masked.requestBody.contains("ea0982a7"))
        #expect(masked.requestBody.contains("\"qty\":2") || masked.requestBody.contains("\"qty\": 2"))
    }
}
