import Foundation
import MintedAPI
@testable import MintedSandbox
import MintedTesting
import Testing

/// Issue 13 A9 over loopback: 405 with `Allow`, empty list filters, numbers beyond `Decimal`, Laravel's page links.
struct SandboxRoutingTests {
    @Test func aKnownPathWithAnotherMethodIs405WithAllow() async throws {
        let transport = CountingTransport()
        try await SandboxFixtures.withSandbox(transport: transport) { client, _ in
            _ = try? await client.raw(Endpoint(method: "PUT", path: Endpoint.basketPath))
            let answer = try #require(transport.all.last)
            #expect(answer.status == 405)
            #expect(answer.header("allow") == "GET, DELETE, POST, PATCH")
            let envelope = try JSONDecoder().decode(Envelope<Nothing>.self, from: answer.body)
            #expect(!envelope.success)
            #expect(envelope.code == 405)
            #expect(envelope.message == "The PUT method is not supported for route /partner/walletable/basket. Supported methods: GET, DELETE, POST, PATCH.")

            _ = try? await client.raw(Endpoint(method: "GET", path: Endpoint.customerPath + "/someone/else"))
            #expect(transport.all.last?.status == 404, "an unknown path stays a 404")
            _ = try? await client.raw(Endpoint(method: "POST", path: Endpoint.customerPath + "/someone"))
            #expect(transport.all.last?.status == 405)
            #expect(transport.all.last?.header("allow") == "GET, PATCH, DELETE")
            _ = try? await client.raw(Endpoint(method: "GET", path: Endpoint.completePath + "/buy"))
            #expect(transport.all.last?.header("allow") == "POST")
            _ = try? await client.raw(Endpoint(method: "POST", path: Endpoint.completePath + "/gift"))
            #expect(transport.all.last?.status == 404)
        }
    }

    /// An empty item is another matter, found by the fuzz: `metal_type=,` read as no filter.
    @Test func anEmptyMetalTypeIsNoFilter() async throws {
        try await SandboxFixtures.withSandbox { client, _ in
            let all = try #require(try await client.send(.decoding(Endpoint(method: "GET", path: Endpoint.productsPath), as: Page<Product>.self)))
            let empty = try #require(try await client.send(.decoding(
                Endpoint(method: "GET", path: Endpoint.productsPath, query: [URLQueryItem(name: "metal_type", value: "")]), as: Page<Product>.self
            )))
            #expect(all.total > 0)
            #expect(empty.total == all.total)
            let basket = try await client.send(.addItem(customer: SandboxFixtures.customer, sku: "MNTBAE0001", qty: 1, type: .buy, cartToken: nil))
            _ = try await client.send(.complete(.buy, customer: SandboxFixtures.customer, cartToken: basket.token))
            let holdings = try #require(try await client.send(.decoding(Endpoint(method: "GET", path: Endpoint.balancePath, query: [
                URLQueryItem(name: "metal_type", value: ""), URLQueryItem(name: "external_customer_id", value: SandboxFixtures.customer),
            ]), as: [Holding].self)))
            #expect(holdings.contains { $0.sku == "MNTBAE0001" })
            for list in [",", "gold,", "gold,,silver", "gold, silver", " "] {
                let message = "The selected metal_type is invalid."
                await #expect(throws: APIError.validation(message: message, fields: ["metal_type": [message]]), "\(list)") {
                    try await client.raw(Endpoint(method: "GET", path: Endpoint.productsPath, query: [URLQueryItem(name: "metal_type", value: list)]))
                }
            }
        }
    }

    @Test func aNumberBeyondDecimalIsA422NamingTheField() async throws {
        try await SandboxFixtures.withSandbox { client, _ in
            let body = #"{"external_customer_id": "\#(SandboxFixtures.customer)", "sku": "MNTBAE0001", "qty": 1e400, "type": "buy"}"#
            let message = "The qty field is out of range."
            await #expect(throws: APIError.validation(message: message, fields: ["qty": [message]])) {
                try await client.raw(Endpoint(method: "POST", path: Endpoint.basketPath, body: Data(body.utf8)))
            }
            let unknownField = #"{"external_customer_id": "\#(SandboxFixtures.customer)", "sku": "MNTBAE0001", "qty": 1, "type": "buy", "x": -9e999}"#
            await #expect(throws: APIError.validation(message: "The x field is out of range.", fields: ["x": ["The x field is out of range."]])) {
                try await client.raw(Endpoint(method: "POST", path: Endpoint.basketPath, body: Data(unknownField.utf8)))
            }
        }
    }

    @Test func pagesCarryLaravelsLinks() async throws {
        try await SandboxFixtures.withSandbox { client, server in
            let base = try #require(await server.baseURL).absoluteString
            let endpoint = APIRequest.products(page: 2, perPage: 2).endpoint
            let page = try #require(try await client.send(.decoding(endpoint, as: Page<Product>.self)))
            #expect(page.currentPage == 2)
            #expect(page.path == base + Endpoint.productsPath)
            #expect(page.firstPageURL == base + Endpoint.productsPath + "?total=2&page=1")
            #expect(page.prevPageURL == base + Endpoint.productsPath + "?total=2&page=1")
            #expect(page.lastPageURL == base + Endpoint.productsPath + "?total=2&page=\(page.lastPage)")
            #expect(page.nextPageURL == (page.lastPage > 2 ? base + Endpoint.productsPath + "?total=2&page=3" : nil))
            let links = try #require(page.links)
            #expect(links.first == PageLink(url: page.prevPageURL, label: "&laquo; Previous", active: false))
            #expect(links.last == PageLink(url: page.nextPageURL, label: "Next &raquo;", active: false))
            #expect(links.filter(\.active).map(\.label) == ["2"])
            #expect(links.count == page.lastPage + 2)

            let orders = try #require(try await client.raw(.orders(OrderQuery(page: 1, perPage: 20))))
            guard case .object(let fields) = orders else { Issue.record("orders is not an object"); return }
            for name in ["from", "to", "next_page_url", "prev_page_url"] { #expect(fields[name] == .null, "\(name)") }
            #expect(fields["data"] == .array([]))
            #expect(fields["first_page_url"] == .string(base + Endpoint.ordersPath + "?total=20&page=1"))
            #expect(fields["links"].map { if case .array(let items) = $0 { items.count } else { 0 } } == 3)
        }
    }

    @Test func theLinkWindowFollowsLaravel() {
        #expect(Page<Product>.window(current: 1, last: 3) == [1, 2, 3])
        #expect(Page<Product>.window(current: 1, last: 20) == [1, 2, 3, 4, 5, 6, 7, 8, nil, 19, 20])
        #expect(Page<Product>.window(current: 10, last: 20) == [1, 2, nil, 7, 8, 9, 10, 11, 12, 13, nil, 19, 20])
        #expect(Page<Product>.window(current: 20, last: 20) == [1, 2, nil, 12, 13, 14, 15, 16, 17, 18, 19, 20])
    }

    /// Found by the fuzz: `(page - 1) * total` overflowed and the sandbox crashed.
    @Test func aPageFarPastTheEndIsEmptyNotACrash() async throws {
        try await SandboxFixtures.withSandbox { client, _ in
            let products = try await client.send(.products(page: Int.max, perPage: 100))
            #expect(products.data.isEmpty && products.from == nil && products.currentPage == Int.max)
            let orders = try await client.send(.orders(OrderQuery(page: Int.max / 2, perPage: 100)))
            #expect(orders.data.isEmpty && orders.to == nil)
        }
    }
}
