import Foundation
import MintedAPI
import MintedSandbox
import Testing

/// `Accept-Language`: `tr` answers as seed 004 does (English product and currency names, Turkish fee lines) with Turkish
/// messages; anything else English throughout.
@Suite struct SandboxLanguageTests {
    private let customer = SandboxFixtures.customer

    static let englishProducts = [
        "Minted 1 g 999.9 Gold Bar", "Minted 5 g 999.9 Gold Bar", "Minted 10 g 999.9 Gold Bar", "Minted 8 g Gold Coin",
        "Minted Digital Gold", "Minted 100 g 999 Silver Bar", "Minted 1 kg 999 Silver Bar",
    ]

    @Test(arguments: [
        ("tr", SandboxLanguage.turkish), ("TR", .turkish), ("tr-TR", .turkish), ("tr-TR,tr;q=0.9,en;q=0.8", .turkish),
        ("en;q=0.5, tr", .turkish), ("en-US,en;q=0.9,tr;q=0.8", .english), ("en", .english), ("de", .english),
        ("tr;q=0, en", .english), ("", .english), ("trk", .english), ("*", .english),
    ])
    func acceptLanguagePicksTheMostPreferred(header: String, expected: SandboxLanguage) {
        #expect(SandboxLanguage(acceptLanguage: header) == expected)
    }

    @Test func noHeaderIsEnglish() {
        #expect(SandboxLanguage(acceptLanguage: nil) == .english)
    }

    /// Both texts of every message kind exist and differ (a Turkish text left in English would be caught).
    @Test(arguments: [
        SandboxMessage.unauthenticated, .noRoute(method: "GET", path: "/x"), .bodyNotJSONObject, .customerNotFound("x"),
        .priceLockExpired, .required("qty"), .atLeast("qty", 1), .selectedInvalid("sku"), .basketEmpty,
        .notEnoughHeld(.sell, qty: 2, sku: "S", held: 1), .andMore(.required("sku"), 2), .injectedFault(500),
    ])
    func everyMessageHasTwoTexts(message: SandboxMessage) {
        let english = message.text(for: .english), turkish = message.text(for: .turkish)
        #expect(!english.isEmpty && !turkish.isEmpty && english != turkish)
    }

    static let turkishFeeLines = ["Fiziksel Dönüşüm", "Kargo", "Minting Fee", "Sigorta"]
    static let englishFeeLines = ["Physical Conversion", "Shipping", "Minting Fee", "Insurance"]

    /// Seed 004 is answered under `Accept-Language: tr`: "product_name": "Minted 1 g 999.9 Gold Bar",
    /// "item_currency_name": "Dirham Gold" and fee lines "Fiziksel Dönüşüm", "Kargo", "Minting Fee", "Sigorta".
    @Test func turkishKeepsEnglishNamesAndTurkishFeeLinesAsSeed004() async throws {
        try await SandboxFixtures.withSandbox(language: "tr-TR,tr;q=0.9,en;q=0.8") { client, _ in
            let products = try await client.send(.products())
            #expect(products.data.map(\.name) == Self.englishProducts)
            #expect(try await client.send(.currencyRates()).map(\.itemCurrencyName) == ["Dirham Gold", "Dirham Silver"])

            let basket = try await client.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 3, type: .buy, cartToken: nil))
            #expect(basket.items.map(\.productName) == ["Minted 1 g 999.9 Gold Bar"])
            #expect(basket.currency == "Dirham Gold")
            let lines = try #require(basket.items.first?.prices)
            #expect(lines.map(\.name) == Self.turkishFeeLines)
            // Exact code points, not merely canonically equivalent text.
            #expect(lines.map { Array($0.name.unicodeScalars) } == Self.turkishFeeLines.map { Array($0.unicodeScalars) })
            let order = try await client.send(.complete(.buy, customer: customer, cartToken: basket.token))
            #expect(order.items.first?.prices?.map(\.name) == Self.turkishFeeLines)
            let receipt = try await client.send(.receipt(customer: customer, guid: try #require(order.guid)))
            #expect(receipt.items.map(\.productName) == ["Minted 1 g 999.9 Gold Bar"])
            #expect(try await client.send(.balance(customer: customer)).map(\.itemCurrencyName).allSatisfy { $0?.hasPrefix("Dirham ") == true })
        }
    }

    /// [ours] The vendor shows no English fee-line names; an English request gets English ones.
    @Test func englishRequestsGetEnglishFeeLines() async throws {
        try await SandboxFixtures.withSandbox(language: "en") { client, _ in
            #expect(try await client.send(.products()).data.map(\.name) == Self.englishProducts)
            let basket = try await client.send(.addItem(customer: customer, sku: "MNTCAE0008", qty: 2, type: .buy, cartToken: nil))
            #expect(basket.items.map(\.productName) == ["Minted 8 g Gold Coin"] && basket.currency == "Dirham Gold")
            #expect(basket.items.first?.prices?.map(\.name) == Self.englishFeeLines)
            let order = try await client.send(.complete(.buy, customer: customer, cartToken: basket.token))
            #expect(try await client.send(.orders()).data.first?.items.first?.prices?.map(\.name) == Self.englishFeeLines)
            #expect(order.items.map(\.productName) == ["Minted 8 g Gold Coin"])
        }
    }

    /// The same refusals in both languages: 422 on qty 0 (message and field message), 404s, 400 and 401.
    @Test(arguments: [
        ("tr", "qty alanı en az 1 olmalıdır.", "nobody müşterisi bulunamadı", "GET /partner/walletable/nowhere için bir yol yok",
         "İstek gövdesi bir JSON nesnesi değil.", "Kimlik doğrulanamadı."),
        ("en", "The qty field must be at least 1.", "customer nobody not found", "No route for GET /partner/walletable/nowhere",
         "The request body is not a JSON object.", "Unauthenticated."),
    ])
    func refusalsSpeakTheRequestsLanguage(language: String, qty: String, customer404: String, route404: String,
                                         malformed: String, unauthenticated: String) async throws {
        try await SandboxFixtures.withSandbox(language: language) { client, _ in
            await #expect(throws: APIError.validation(message: qty, fields: ["qty": [qty]])) {
                try await client.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 0, type: .buy, cartToken: nil))
            }
            await #expect(throws: APIError.notFound(message: customer404)) { try await client.send(.balance(customer: "nobody")) }
            await #expect(throws: APIError.notFound(message: route404)) {
                try await client.send(.decoding(Endpoint(method: "GET", path: "/partner/walletable/nowhere"), as: Basket.self))
            }
            let body = Endpoint(method: "POST", path: Endpoint.basketPath, body: Data("{not json".utf8))
            await #expect(throws: APIError.http(status: 400, message: malformed)) { try await client.send(.decoding(body, as: Basket.self)) }
        }
        _ = try await SandboxFixtures.withSandbox(password: "wrong", language: language) { client, _ in
            await #expect(throws: APIError.unauthorized(message: unauthenticated)) { try await client.send(.currencyRates()) }
        }
    }

    @Test func severalFieldErrorsAreSummarisedInTurkish() async throws {
        try await SandboxFixtures.withSandbox(language: "tr") { client, _ in
            do {
                _ = try await client.send(.decoding(Endpoint(method: "POST", path: Endpoint.basketPath, body: Data("{}".utf8)), as: Basket.self))
                Issue.record("an empty body was accepted")
            } catch let APIError.validation(message, fields) {
                #expect(message == "external_customer_id alanı zorunludur. (ve 3 hata daha)")
                #expect(fields["sku"] == ["sku alanı zorunludur."])
                #expect(fields["type"] == ["type alanı zorunludur."])
            }
        }
    }

    /// The state file is language-independent: a Turkish session writes no Turkish, and an English reader of
    /// the same state sees English names on the order a Turkish request completed.
    @Test func theStateFileKeepsNoLanguage() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("minted-language-\(UUID().uuidString)")
        let file = SandboxStateFile(url: directory.appendingPathComponent("sandbox.json"))
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = try SandboxServer(configuration: SandboxFixtures.frozen, stateFile: file)
        let url = try await server.start()
        func client(_ language: String) -> MintedClient {
            MintedClient(configuration: ClientConfiguration(
                baseURL: url, credentials: DigestCredentials(username: "sandbox", password: "sandbox"), language: language,
                timeout: .seconds(120)
            ))
        }
        do {
            let turkish = client("tr")
            let basket = try await turkish.send(.addItem(customer: customer, sku: "MNTBAS0100", qty: 1, type: .buy, cartToken: nil))
            let order = try await turkish.send(.complete(.buy, customer: customer, cartToken: basket.token))
            #expect(order.items.first?.prices?.map(\.name) == Self.turkishFeeLines)
            let state = try StateDatabase.text(at: file.url)
            #expect(state.contains("MNTBAS0100"))
            let english = try await client("en").send(.receipt(customer: customer, guid: try #require(order.guid)))
            #expect(english.items.map(\.productName) == ["Minted 100 g 999 Silver Bar"])
            #expect(english.items.first?.prices?.map(\.name) == Self.englishFeeLines)
            let again = try await turkish.send(.receipt(customer: customer, guid: try #require(order.guid)))
            #expect(again.items.first?.prices?.map(\.name) == Self.turkishFeeLines)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    /// `minted --fresh` removes the state file before starting the sandbox: the next server starts over, even
    /// from a file it would refuse as damaged.
    @Test func removingTheStateFileStartsOver() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("minted-fresh-\(UUID().uuidString)")
        let file = SandboxStateFile(url: directory.appendingPathComponent("sandbox.json"))
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = try SandboxServer(configuration: SandboxFixtures.frozen, stateFile: file)
        let api = MintedClient(configuration: ClientConfiguration(
            baseURL: try await first.start(), credentials: DigestCredentials(username: "sandbox", password: "sandbox"), timeout: .seconds(120)
        ))
        let basket = try await api.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 3, type: .buy, cartToken: nil))
        _ = try await api.send(.complete(.buy, customer: customer, cartToken: basket.token))
        #expect(try await api.send(.balance(customer: customer)).map(\.amount) == [15, 1])
        await first.stop()

        try Data("{\"version\": 1, damaged".utf8).write(to: file.url)
        #expect(throws: SandboxStateFile.Failure.self) { try SandboxServer(configuration: SandboxFixtures.frozen, stateFile: file) }
        try FileManager.default.removeItem(at: file.url)  // what `--fresh` does

        let second = try SandboxServer(configuration: SandboxFixtures.frozen, stateFile: file)
        let again = MintedClient(configuration: ClientConfiguration(
            baseURL: try await second.start(), credentials: DigestCredentials(username: "sandbox", password: "sandbox"), timeout: .seconds(120)
        ))
        do {
            #expect(try await again.send(.balance(customer: customer)).map(\.amount) == [12, 1])
            #expect(try await again.send(.orders()).data.isEmpty)
            #expect(FileManager.default.fileExists(atPath: file.url.path))
        } catch {
            await second.stop()
            throw error
        }
        await second.stop()
    }
}
