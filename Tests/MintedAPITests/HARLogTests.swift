import Foundation
import MintedAPI
import Testing

/// The HAR 1.2 export (`HARLog`): the shape dev tools and Postman import, and no credential in it.
@Suite struct HARLogTests {
    static let started = Date(timeIntervalSince1970: 1_771_590_516.25)

    static func exchange(_ method: String, _ url: String, status: Int?, requestHeaders: [String: String] = [:],
                         responseHeaders: [String: String] = [:], requestBody: String = "", responseBody: String = "",
                         failure: String? = nil) -> Exchange {
        Exchange(id: 1, method: method, url: url, status: status, startedAt: started, duration: .microseconds(12_345),
                 requestHeaders: requestHeaders, responseHeaders: responseHeaders, requestBody: requestBody, responseBody: responseBody,
                 requestBytes: requestBody.utf8.count, responseBytes: responseBody.utf8.count, failure: failure)
    }

    /// A 200 read with a query, a 422 with a body each way, and a request that got no response.
    static let session: [Exchange] = [
        exchange("GET", "http://127.0.0.1:8080/partner/walletable/products?page=1&per_page=50&metal_type=gold%2Csilver", status: 200,
                 requestHeaders: ["Authorization": "Digest ***", "Accept-Language": "tr", "x-client-id": "web"],
                 responseHeaders: ["content-type": "application/json; charset=utf-8"],
                 responseBody: #"{"data":[{"sku":"MNTBAE0001","buy_price":592.340000000000000001}],"success":true,"code":0,"message":""}"#),
        exchange("PATCH", "http://127.0.0.1:8080/partner/walletable/basket", status: 422,
                 requestHeaders: ["Authorization": "Digest ***", "Content-Type": "application/json"],
                 responseHeaders: ["content-type": "application/json"],
                 requestBody: #"{"cart_token":"c1","sku":"MNTBAE0001","qty":0}"#,
                 responseBody: #"{"data":null,"success":false,"code":422,"message":"The given data was invalid.","errors":{"qty":["The qty must be at least 1."]}}"#),
        exchange("GET", "http://127.0.0.1:1/partner/walletable/currency-rates", status: nil,
                 requestHeaders: ["Authorization": "Digest ***"], failure: "cannot connect to the server (connection refused)"),
    ]

    static func parsed(_ exchanges: [Exchange]) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: try HARLog(exchanges).encoded())
        return try #require(object as? [String: Any])
    }

    /// A JSON number as a Double, whichever type JSONSerialization gave it.
    static func number(_ value: Any?) -> Double? {
        switch value {
        case let value as Int: Double(value)
        case let value as Double: value
        case let value as NSNumber: value.doubleValue
        default: nil
        }
    }

    static func entries(_ har: [String: Any]) throws -> [[String: Any]] {
        let log = try #require(har["log"] as? [String: Any])
        return try #require(log["entries"] as? [[String: Any]])
    }

    @Test func theLogNamesVersionCreatorAndHasOneEntryPerExchangeInOrder() throws {
        let har = try Self.parsed(Self.session)
        let log = try #require(har["log"] as? [String: Any])
        #expect(log["version"] as? String == "1.2")
        #expect(log["creator"] as? [String: String] == ["name": "minted", "version": MintedRelease.version])
        let entries = try Self.entries(har)
        #expect(entries.compactMap { ($0["request"] as? [String: Any])?["method"] as? String } == ["GET", "PATCH", "GET"])
        for entry in entries {
            let started = try #require(entry["startedDateTime"] as? String)
            #expect(started.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}(Z|[+-]\d\d:\d\d)/) != nil, "\(started)")
            #expect(started == "2026-02-20T12:28:36.250Z")
            #expect(Self.number(entry["time"]) == 12.345)
            #expect((entry["cache"] as? [String: Any])?.isEmpty == true)
            let timings = try #require(entry["timings"] as? [String: Any])
            #expect(timings.count == 3)
            #expect([Self.number(timings["send"]), Self.number(timings["wait"]), Self.number(timings["receive"])] == [0, 12.345, 0])
        }
    }

    @Test func aSuccessfulReadCarriesHeadersQueryAndTheBodyAsItsText() throws {
        let entry = try #require(try Self.entries(Self.parsed(Self.session)).first)
        let request = try #require(entry["request"] as? [String: Any])
        #expect(request["url"] as? String == Self.session[0].url)
        #expect(request["httpVersion"] as? String == "HTTP/1.1")
        #expect((request["cookies"] as? [Any])?.isEmpty == true)
        #expect(request["headers"] as? [[String: String]] == [["name": "Accept-Language", "value": "tr"],
                                                               ["name": "Authorization", "value": "Digest ***"],
                                                               ["name": "x-client-id", "value": "web"]])
        #expect(request["queryString"] as? [[String: String]] == [["name": "page", "value": "1"], ["name": "per_page", "value": "50"],
                                                                   ["name": "metal_type", "value": "gold,silver"]])
        #expect(request["postData"] == nil, "a GET has no body")
        #expect(request["headersSize"] as? Int == -1)
        #expect(request["bodySize"] as? Int == 0)
        let response = try #require(entry["response"] as? [String: Any])
        #expect(response["status"] as? Int == 200)
        #expect(response["statusText"] as? String == "OK")
        #expect(response["httpVersion"] as? String == "HTTP/1.1")
        #expect(response["redirectURL"] as? String == "")
        #expect(response["headersSize"] as? Int == -1)
        #expect(response["bodySize"] as? Int == Self.session[0].responseBytes)
        #expect(response["_error"] == nil)
        let content = try #require(response["content"] as? [String: Any])
        #expect(content["mimeType"] as? String == "application/json; charset=utf-8")
        #expect(content["size"] as? Int == Self.session[0].responseBytes)
        #expect(content["text"] as? String == Self.session[0].responseBody)
        // The money's digits stay as the host sent them: the file holds the text, never a parsed Double.
        #expect(try HARLog(Self.session).text().contains("592.340000000000000001"))
        #expect(entry["comment"] == nil)
    }

    @Test func a422CarriesTheRequestBodyAsPostDataAndTheErrorEnvelope() throws {
        let entry = try Self.entries(Self.parsed(Self.session))[1]
        let request = try #require(entry["request"] as? [String: Any])
        #expect(request["postData"] as? [String: String] == ["mimeType": "application/json", "text": Self.session[1].requestBody])
        #expect(request["bodySize"] as? Int == Self.session[1].requestBody.utf8.count)
        #expect((request["queryString"] as? [Any])?.isEmpty == true)
        let response = try #require(entry["response"] as? [String: Any])
        #expect(response["status"] as? Int == 422)
        #expect(response["statusText"] as? String == "Unprocessable Content")
        let content = try #require(response["content"] as? [String: Any])
        #expect((content["text"] as? String)?.contains("The qty must be at least 1.") == true)
    }

    @Test func aRequestWithNoResponseIsStatusZeroWithItsFailure() throws {
        let entry = try Self.entries(Self.parsed(Self.session))[2]
        let response = try #require(entry["response"] as? [String: Any])
        #expect(response["status"] as? Int == 0)
        #expect(response["statusText"] as? String == "")
        #expect(response["httpVersion"] as? String == "")
        #expect(response["bodySize"] as? Int == -1)
        #expect(response["_error"] as? String == "cannot connect to the server (connection refused)")
        #expect((response["headers"] as? [Any])?.isEmpty == true)
        let content = try #require(response["content"] as? [String: Any])
        #expect(content.count == 2)
        #expect(Self.number(content["size"]) == 0)
        #expect(content["mimeType"] as? String == "x-unknown")
        #expect(entry["comment"] as? String == "no response: cannot connect to the server (connection refused)")
    }

    @Test func aDigestChallengeAndACancelledCallSayWhatTheyWere() throws {
        var challenge = Self.exchange("GET", "http://127.0.0.1:8080/partner/walletable/products", status: 401,
                                      responseHeaders: ["www-authenticate": #"Digest realm="minted-sandbox", qop="auth", nonce="n1""#])
        challenge.isChallenge = true
        var cancelled = Self.exchange("GET", "http://127.0.0.1:8080/partner/walletable/balance", status: nil, failure: "cancelled")
        cancelled.wasCancelled = true
        let entries = try Self.entries(Self.parsed([challenge, cancelled]))
        #expect(entries[0]["comment"] as? String == "Digest challenge, answered by the next request")
        #expect((entries[0]["response"] as? [String: Any])?["status"] as? Int == 401)
        #expect(entries[1]["comment"] as? String == "cancelled by minted before an answer came")
    }

    @Test func noPasswordDigestResponseOrTokenReachesTheFileEvenFromAnUnredactedExchange() throws {
        let password = "correct-horse-battery-staple"
        let digest = "6629fae49393a05397450978507c4ef1"
        let bearer = "Zq8vN3xT0pLr5sWb7yUe2dHc9kMa4fGj6iQo1nEh"
        // Built by hand, as the client never records them: every credential still on it.
        let authorization = #"Digest username="qa", realm="minted-sandbox", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", "#
            + #"uri="/partner/walletable/basket", qop=auth, nc=00000001, cnonce="0a4f113b", response="\#(digest)", algorithm=SHA-256"#
        let exchanges = [
            Self.exchange("POST", "http://127.0.0.1:8080/partner/walletable/basket", status: 200,
                          requestHeaders: ["Authorization": authorization, "Proxy-Authorization": "Basic cWE6\(password)",
                                           "Content-Type": "application/json"],
                          requestBody: #"{"sku":"MNTBAE0001","qty":1,"password":"\#(password)"}"#,
                          responseBody: #"{"data":{"token":"\#(bearer)","expires_at":"2026-02-20T12:43:36+00:00"},"success":true}"#),
            Self.exchange("GET", "http://127.0.0.1:8080/partner/webview/basket", status: 200,
                          requestHeaders: ["authorization": "Bearer \(bearer)"], responseBody: #"{"data":null}"#),
        ]
        let text = try HARLog(exchanges).text()
        for secret in [password, digest, bearer, "response=", "cnonce=", "username=", "cWE6"] {
            #expect(!text.contains(secret), "“\(secret)” is in the HAR file")
        }
        let entries = try Self.entries(Self.parsed(exchanges))
        let headers = try #require((entries[0]["request"] as? [String: Any])?["headers"] as? [[String: String]])
        #expect(headers.contains(["name": "Authorization", "value": "Digest ***"]))
        #expect(headers.contains(["name": "Proxy-Authorization", "value": "Basic ***"]))
        let bearerHeaders = try #require((entries[1]["request"] as? [String: Any])?["headers"] as? [[String: String]])
        #expect(bearerHeaders == [["name": "authorization", "value": "Bearer ***"]])
        let postData = try #require((entries[0]["request"] as? [String: Any])?["postData"] as? [String: String])
        #expect(postData["text"]?.contains(#""password":"***""#) == true)
    }

    @Test func anEmptySessionIsAValidLogWithNoEntries() throws {
        let har = try Self.parsed([])
        #expect(try Self.entries(har).isEmpty)
        #expect(try HARLog([]).text().hasSuffix("}\n"))
    }
}
