import Foundation
import MintedAPI
import MintedTesting
import Synchronization
import Testing

/// Every failure becomes a typed `APIError` that keeps the API's message; the exchange log keeps no secret.
struct ErrorMappingTests {
    func client(_ transport: any HTTPTransport) -> MintedClient {
        MintedClient(configuration: ClientConfiguration(baseURL: URL(string: "http://127.0.0.1:9")!,
                                                        credentials: DigestCredentials(username: "qa", password: "hunter2-secret")),
                     transport: transport)
    }

    func failing(_ status: Int, _ body: String, headers: [String: String] = [:]) -> MintedClient {
        client(FakeTransport { _ in FakeTransport.json(body, status: status, headers: headers) })
    }

    static func envelope(_ code: Int, _ message: String) -> String {
        #"{"data": null, "success": false, "code": \#(code), "message": "\#(message)"}"#
    }

    @Test func statusesMapToTheirCases() async {
        let cases: [(Int, String, [String: String], APIError)] = [
            (404, Self.envelope(404, "Record Not Found"), [:], .notFound(message: "Record Not Found")),
            (409, Self.envelope(409, "price lock expired"), [:], .conflict(message: "price lock expired")),
            (429, Self.envelope(429, "slow down"), ["Retry-After": "7"], .rateLimited(retryAfter: 7, message: "slow down")),
            (503, Self.envelope(503, "maintenance"), [:], .server(status: 503, message: "maintenance")),
            (400, "not json at all", [:], .http(status: 400, message: "Bad Request")),
            (500, "", [:], .server(status: 500, message: "Internal Server Error")),
        ]
        for (status, body, headers, expected) in cases {
            await #expect(throws: expected) { _ = try await failing(status, body, headers: headers).send(.currencyRates()) }
        }
    }

    /// A 200 that refuses in its envelope is an error with the host's code and message, not empty data.
    @Test func aSuccessStatusWithARefusingEnvelopeIsAnError() async {
        await #expect(throws: APIError.rejected(status: 200, code: 0, message: "basket locked")) {
            _ = try await failing(200, #"{"data": null, "success": false, "code": 0, "message": "basket locked"}"#).send(.currencyRates())
        }
        await #expect(throws: APIError.rejected(status: 200, code: 1042, message: "Kayıt bulunamadı")) {
            _ = try await failing(200, #"{"data": [], "success": true, "code": 1042, "message": "Kayıt bulunamadı"}"#).send(.currencyRates())
        }
        let error = APIError.rejected(status: 200, code: 1042, message: "Kayıt bulunamadı")
        #expect(error.description == "200 refused, code 1042: Kayıt bulunamadı")
    }

    /// A redirect is not a server error: it says where the server points and what to do about it.
    @Test func aRedirectSaysWhereToAndIsNotAServerError() async {
        let expected = APIError.http(status: 301, message: "the server redirects to https://api.example/partner/walletable/currency-rates; minted does not follow redirects: use that address as the base URL")
        await #expect(throws: expected) {
            _ = try await failing(301, "", headers: ["Location": "https://api.example/partner/walletable/currency-rates"]).send(.currencyRates())
        }
        #expect(!expected.description.contains("server error"))
    }

    /// An empty or HTML body on a success says what was expected and what came.
    @Test func anEmptyOrHTMLSuccessSaysWhatCame() async {
        do {
            _ = try await failing(200, "").send(.currencyRates())
            Issue.record("an empty body decoded")
        } catch let error as APIError {
            #expect(error.message == "expected a JSON answer, got an empty body")
        } catch {}
        do {
            _ = try await failing(200, "<!DOCTYPE html><html><body>Maintenance</body></html>").send(.currencyRates())
            Issue.record("an HTML page decoded")
        } catch let error as APIError {
            #expect(error.message.hasPrefix("expected a JSON answer, got an HTML page: <!DOCTYPE html>"))
        } catch {}
    }

    @Test func theClientSendsTurkishByDefaultAsTheVendorsSamples() async throws {
        let seen = Mutex<[String?]>([])
        let client = client(FakeTransport { request in
            seen.withLock { $0.append(request.headers["Accept-Language"]) }
            return FakeTransport.json(#"{"data": [], "success": true, "code": 0, "message": ""}"#)
        })
        _ = try await client.send(.currencyRates())
        #expect(seen.withLock { $0 } == ["tr"])
    }

    @Test func malformedSuccessBodiesAreDecodingErrorsWithTheBody() async {
        await #expect(throws: APIError.decoding(path: "", snippet: "<html>oops</html>")) {
            _ = try await failing(200, "<html>oops</html>").send(.currencyRates())
        }
        await #expect {
            _ = try await failing(200, #"{"data": [{"item_currency_id": "x"}]}"#).send(.currencyRates())
        } throws: { error in
            guard case APIError.decoding(let path, let snippet)? = error as? APIError else { return false }
            return path == "data[0].item_currency_id" && snippet.contains("item_currency_id")
        }
    }

    /// A transport that never answers until cancelled.
    final class HangingTransport: HTTPTransport {
        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            try await Task.sleep(for: .seconds(3600))
            return HTTPResponse(status: 200)
        }
    }

    @Test func cancellationIsHonoured() async {
        let client = client(HangingTransport())
        let call = Task { try await client.send(.currencyRates()) }
        call.cancel()
        await #expect(throws: APIError.cancelled) { _ = try await call.value }
    }

    @Test func theExchangeLogRedactsCredentials() async throws {
        let challenge = #"Digest realm="r", qop="auth", nonce="n1", opaque="o""#
        let transport = FakeTransport { request in
            request.headers["Authorization"] == nil
                ? HTTPResponse(status: 401, headers: ["WWW-Authenticate": challenge])
                : FakeTransport.json(request.url.path.hasSuffix("currency-rates")
                    ? #"{"data": [], "success": true, "code": 0, "message": ""}"#
                    : #"{"data": null, "success": true, "code": 0, "message": ""}"#)
        }
        let client = client(transport)
        _ = try await client.send(.currencyRates())
        _ = try await client.send(.webviewBasket(token: "bearer-secret-token"))
        let entries = await client.log.all
        #expect(entries.count == 3)
        #expect(entries.map(\.status) == [401, 200, 200])
        #expect(entries[0].isChallenge, "the 401 that was retried is the Digest handshake")
        #expect(!entries[0].isFailure)
        #expect(entries[1].requestHeaders["Authorization"] == "Digest ***")
        #expect(entries[2].requestHeaders["Authorization"] == "Bearer ***")
        let everything = entries.map { "\($0)" }.joined()
        for secret in ["hunter2-secret", "response=", "cnonce=", "bearer-secret-token"] {
            #expect(!everything.contains(secret), "the log leaks \(secret)")
        }
        #expect(transport.requests[1].headers["Authorization"]?.contains("response=") == true, "the wire still carries the digest")
    }

    @Test func theLogIsABoundedRing() async {
        let log = ExchangeLog(capacity: 3)
        for index in 0..<5 {
            await log.record(Exchange(id: 0, method: "GET", url: "/\(index)", status: 200, startedAt: Date(timeIntervalSince1970: 0),
                                      duration: .zero, requestHeaders: [:], responseHeaders: [:], requestBody: "", responseBody: "",
                                      requestBytes: 0, responseBytes: 0, failure: nil))
        }
        let kept = await log.all
        #expect(kept.map(\.url) == ["/2", "/3", "/4"])
        #expect(kept.map(\.id) == [3, 4, 5])
        #expect(Exchange.capped(Data(repeating: 65, count: Exchange.bodyLimit + 10)).hasSuffix("(\(Exchange.bodyLimit + 10) bytes in all)"))
    }

    @Test func credentialsNeverPrintThePassword() {
        #expect("\(DigestCredentials(username: "qa", password: "hunter2"))" == "qa:***")
    }
}

/// Issue 15 item 7: a 422 whose field repeats the headline says it once.
struct ValidationMessageTests {
    @Test func aFieldThatRepeatsTheHeadlineIsSaidOnce() {
        let repeated = APIError.validation(message: "Cannot sell 2 × MNTBAE0001: you hold 0.",
                                           fields: ["qty": ["Cannot sell 2 × MNTBAE0001: you hold 0."]])
        #expect(repeated.description == "422 Cannot sell 2 × MNTBAE0001: you hold 0.")
        let distinct = APIError.validation(message: "The given data was invalid.",
                                           fields: ["qty": ["The qty must be at least 1."], "sku": ["The sku is unknown."]])
        #expect(distinct.description == "422 The given data was invalid. — qty: The qty must be at least 1.; sku: The sku is unknown.")
    }
}
