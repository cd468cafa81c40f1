import Foundation
import MintedAPI
import MintedTesting
import Testing

/// What the inspector, exports and dumps make of an exchange: exact digits, masked personal data, no credentials.
@Suite struct ExchangeReportTests {
    static func exchange(method: String = "POST", status: Int? = 422, requestBody: String = "", responseBody: String = "") -> Exchange {
        Exchange(id: 7, method: method, url: "http://127.0.0.1:8080/partner/walletable/basket?type=buy", status: status,
                 startedAt: Date(timeIntervalSince1970: 1_771_590_477), duration: .milliseconds(38),
                 requestHeaders: ["Authorization": "Digest ***", "Accept": "application/json", "Content-Type": "application/json"],
                 responseHeaders: ["content-type": "application/json"], requestBody: requestBody, responseBody: responseBody,
                 requestBytes: requestBody.utf8.count, responseBytes: responseBody.utf8.count, failure: nil)
    }

    @Test func prettyJSONKeepsEveryDigitAndIndentsByStructure() {
        let lines = PrettyJSON.lines(#"{"data":{"price":592.340000000000000001,"items":[],"tags":["a,b","c:d"],"e":{}},"ok":true}"#)
        #expect(lines == [
            "{",
            #"  "data": {"#,
            #"    "price": 592.340000000000000001,"#,
            #"    "items": [],"#,
            #"    "tags": ["#,
            #"      "a,b","#,
            #"      "c:d""#,
            "    ],",
            #"    "e": {}"#,
            "  },",
            #"  "ok": true"#,
            "}",
        ])
    }

    @Test func maskingHidesPersonalValuesButNotStructureOrNulls() {
        let text = #"{"fullname":"Ayşe Yılmaz","phone":"+905551112233","email":null,"address":{"city":"İstanbul","street":"Bağdat Cd. 1"},"qty":2}"#
        let shown = Self.exchange(requestBody: text).report(username: "qa", masking: PrettyJSON.personalKeys).joined(separator: "\n")
        for secret in ["Ayşe", "+90555", "Bağdat"] { #expect(!shown.contains(secret)) }
        #expect(shown.contains(#""email": null"#))
        #expect(shown.contains(#""qty": 2"#))
    }

    @Test func truncatedOrNonJSONBodiesComeBackWhole() {
        #expect(PrettyJSON.lines(#"{"data": {"token": "trunc"#) == ["{", #"  "data": {"#, #"    "token": "trunc"#])
        #expect(PrettyJSON.lines("<html>\nBad Gateway</html>") == ["<html>", "Bad Gateway</html>"])
    }

    @Test func credentialValuesInBodiesAreRedactedWhenRecorded() {
        let body = Exchange.capped(Data(#"{"data":{"token":"eyJ.secret\"x","expires_at":"2026","cart_token":"c-1"},"password" : "hunter2"}"#.utf8))
        #expect(!body.contains("eyJ"))
        #expect(!body.contains("hunter2"))
        #expect(body.contains(#""token":"***""#))
        #expect(body.contains(#""cart_token":"c-1""#), "a cart token is a basket's id, not a credential")
    }

    @Test func curlQuotesForTheShellAndNeverCarriesTheCredential() {
        let exchange = Self.exchange(requestBody: #"{"name":"O'Brien"}"#)
        let curl = exchange.curl(username: "qa")
        #expect(curl == #"curl -sS -i --fail-with-body --digest -u 'qa:***' -X POST -H 'Accept: application/json' -H 'Content-Type: application/json' --data-raw '{"name":"O'\''Brien"}' 'http://127.0.0.1:8080/partner/walletable/basket?type=buy'"#)
        var bearer = Self.exchange(method: "GET")
        bearer.requestHeaders["Authorization"] = "Bearer ***"
        #expect(bearer.curl(username: "qa").contains("-H 'Authorization: Bearer ***'"))
        #expect(!bearer.curl(username: "qa").contains("--digest"))
        #expect(exchange.curl(username: "sandbox", password: "sandbox").contains("--digest -u 'sandbox:sandbox'"),
                "the built-in sandbox's public password, so that the command runs as is")
    }

    @Test func theReportNamesStatusTimingSizesAndSections() {
        let report = Self.exchange(requestBody: #"{"qty":0}"#, responseBody: #"{"message":"The qty must be at least 1."}"#).report(username: "qa")
        #expect(report[0] == "POST http://127.0.0.1:8080/partner/walletable/basket?type=buy")
        #expect(report[1] == "status 422 Unprocessable Content · 38 ms · sent 9 B · received 41 B")
        for heading in ["── request headers", "── request body", "── response headers", "── response body"] { #expect(report.contains(heading)) }
        #expect(report.contains("Authorization: Digest ***"))
        #expect(report.last?.hasPrefix("curl -sS -i --fail-with-body --digest -u 'qa:***'") == true, "a written report never carries a password")
    }

    @Test func statusLabelsAndFilterFields() {
        var challenge = Self.exchange(method: "GET", status: 401)
        challenge.isChallenge = true
        #expect(challenge.statusLabel == "401 auth")
        #expect(!challenge.isFailure)
        var dropped = Self.exchange(status: nil)
        dropped.failure = "the connection was lost"
        #expect(dropped.statusLabel == "no answer")
        #expect(dropped.isFailure)
        var cancelled = Self.exchange(status: nil)
        cancelled.failure = "the request was cancelled"
        cancelled.wasCancelled = true
        #expect(cancelled.statusLabel == "cancelled")
        #expect(!cancelled.isFailure, "the app cancelled it; the API did not fail")
        #expect(Self.exchange().pathAndQuery == "/partner/walletable/basket?type=buy")
    }
}

extension ExchangeReportTests {
    @Test func maskingHidesPersonalValuesAndCustomerIdsEverywhereTheCurlLineIncluded() {
        var exchange = Self.exchange(requestBody: #"{"external_customer_id":"ea0982a7","shipping_address":{"fullname":"Ayşe Yılmaz","phone":"+905551112233","city":"İstanbul"},"qty":2}"#)
        exchange.url = "http://127.0.0.1:8080/partner/customer/ea0982a7?external_customer_id=ea0982a7&type=buy"
        let report = exchange.report(username: "qa", masking: PrettyJSON.personalKeys).joined(separator: "\n")
        for secret in ["ea0982a7", "Ayşe", "+90555", "İstanbul"] { #expect(!report.contains(secret), "\(secret)") }
        #expect(report.contains("/partner/customer/•••?external_customer_id=•••&type=buy"))
        #expect(report.contains(#""qty": 2"#))
        #expect(report.contains("── curl (personal data masked here; y copies the request as sent)"))
        #expect(exchange.curl(username: "qa").contains("Ayşe"), "the copy itself is the request as sent")
    }

    @Test func aCredentialCutByTheBodyLimitIsStillRedacted() {
        let padding = String(repeating: "x", count: Exchange.bodyLimit - 20)
        let body = Exchange.capped(Data((#"{"pad":""# + padding + #"","token":"SECRET-SECRET-SECRET-SECRET"}"#).utf8))
        #expect(!body.contains("SECRET"))
        #expect(body.contains("bytes in all"))
    }

    @Test func aPasswordInTheBaseURLNeverReachesTheWireURLOrTheLog() async throws {
        let transport = FakeTransport { _ in FakeTransport.json(#"{"data": [], "success": true, "code": 0, "message": ""}"#) }
        let client = MintedClient(configuration: ClientConfiguration(baseURL: URL(string: "http://qa:hunter2@127.0.0.1:9/api")!,
                                                                     credentials: DigestCredentials(username: "qa", password: "pw")),
                                  transport: transport)
        _ = try await client.send(.currencyRates())
        #expect(transport.requests.allSatisfy { !$0.url.absoluteString.contains("hunter2") })
        let logged = await client.log.all.map(\.url).joined()
        #expect(!logged.contains("hunter2") && logged.contains("127.0.0.1:9/api/partner/walletable/currency-rates"))
    }
}
