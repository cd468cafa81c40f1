import Conformance
import Foundation
import MintedAPI
import MintedSandbox
import Testing

/// `minted conformance`'s walk against the embedded sandbox over loopback with Digest: clean read-only and with
/// writes, a field corrupted by the sandbox's fault plan named with its endpoint and check, and an unreachable host.
@Suite(.serialized) struct ConformanceSandboxTests {
    private func withSandbox<Result>(_ body: (MintedClient, URL) async throws -> Result) async throws -> Result {
        let server = SandboxServer(configuration: SandboxConfiguration())
        let url = try await server.start()
        let client = MintedClient(configuration: ClientConfiguration(
            baseURL: url, credentials: DigestCredentials(username: "sandbox", password: "sandbox"), timeout: .seconds(120)))
        do {
            let result = try await body(client, url)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }

    private func run(_ client: MintedClient, write: Bool) async throws -> ConformanceReport {
        let options = ConformanceRun.Options(customer: SandboxEngine.demoCustomerId, write: write, pageSize: 2)
        return try await ConformanceRun(client: client, contract: try OpenAPIContract.builtIn(), options: options).run()
    }

    private func corrupt(_ client: MintedClient, _ corruption: FaultPlan.Corruption) async throws {
        _ = try await client.send(.setSandboxFaults(FaultPlan(corrupt: [corruption])))
    }

    @Test func readOnlyWalkOfTheSandboxHasNoDrift() async throws {
        let report = try await withSandbox { client, _ in try await run(client, write: false) }
        #expect(report.isClean, "\(report.table ?? "")")
        #expect(!report.wrote && report.calls > 20 && report.checks > 100)
        for check in ["schema", "envelope", "pagination", "rates", "history", "wallet"] {
            #expect(report.groups.contains { $0.check == check }, "no \(check) checks")
        }
        // The provoked refusals were checked: a 404 and a 422 envelope.
        #expect(report.groups.contains { $0.endpoint == "GET /partner/customer/{external_id}" && $0.check == "envelope" && $0.passed >= 4 })
        #expect(report.groups.contains { $0.endpoint == "GET /partner/walletable/rate-history" && $0.check == "envelope" && $0.passed >= 6 })
        #expect(report.summary.hasSuffix("(read-only): no drift"))
        // The webview: a token (shape, expiry) and Get Active Basket with its bearer, answered and checked.
        #expect(report.groups.contains { $0.endpoint == "POST /partner/ecom/token" && $0.check == "webview" && $0.passed == 2 })
        #expect(report.groups.contains { $0.endpoint == "GET /partner/ecom/getActiveBasket" && $0.check == "schema" && $0.passed > 0 })
    }

    @Test func writeWalkOfTheSandboxHasNoDriftAndRemovesItsCustomer() async throws {
        let report = try await withSandbox { client, _ in try await run(client, write: true) }
        #expect(report.isClean, "\(report.table ?? "")")
        for endpoint in ["POST /partner/walletable/basket", "PATCH /partner/walletable/basket", "DELETE /partner/walletable/basket",
                         "POST /partner/walletable/complete/buy", "POST /partner/walletable/complete/sell",
                         "POST /partner/walletable/complete/delivery"] {
            for check in ["http_status", "schema", "fees", "paid_total", "order_status"] {
                #expect(report.groups.contains { $0.endpoint == endpoint && $0.check == check && $0.passed > 0 }, "\(endpoint) \(check)")
            }
        }
        #expect(report.groups.contains { $0.endpoint == "POST /partner/walletable/basket" && $0.check == "pricefix" && $0.passed > 0 })
        #expect(report.groups.contains { $0.endpoint == "POST /partner/walletable/complete/buy" && $0.check == "payment" && $0.passed > 0 })
        #expect(report.notes.contains { $0.hasPrefix("removed the test customer conformance-") })
        for check in ["schema", "items", "paid_total", "order_status", "pricefix", "basket"] {
            #expect(report.groups.contains { $0.endpoint == "GET /partner/ecom/getActiveBasket" && $0.check == check && $0.passed > 0 }, "webview basket \(check)")
        }
        for check in ["schema", "items", "paid_total", "order_status", "order"] {
            #expect(report.groups.contains { $0.endpoint == "POST /partner/ecom/complete" && $0.check == check && $0.passed > 0 }, "webview complete \(check)")
        }
        #expect(report.groups.contains { $0.endpoint == "GET /partner/walletable/orders" && $0.check == "orders" && $0.passed == 1 })
    }

    @Test func aCorruptedWebviewBasketTotalIsNamed() async throws {
        let report = try await withSandbox { client, _ in
            try await corrupt(client, FaultPlan.Corruption(method: "GET", path: "/partner/ecom/getActiveBasket", field: "data.total", value: .number(1)))
            return try await run(client, write: true)
        }
        let endpoint = "GET /partner/ecom/getActiveBasket"
        let items = report.drift(endpoint: endpoint, check: "items"), paid = report.drift(endpoint: endpoint, check: "paid_total")
        #expect(!items.isEmpty && items.allSatisfy { $0.field == "data.total" && $0.got == "1" }, "\(report.table ?? "no drift")")
        #expect(!paid.isEmpty && paid.allSatisfy { $0.field == "data.paid_total" })
        // The order placed from that basket no longer matches what it said; nothing else drifts.
        #expect(report.drift(endpoint: "POST /partner/ecom/complete", check: "order").map(\.field) == ["data.total"])
        #expect(report.drift.allSatisfy { $0.endpoint == endpoint || $0.check == "order" })
    }

    @Test func aCorruptedPaidTotalIsNamedWithItsEndpointAndCheck() async throws {
        let report = try await withSandbox { client, _ in
            try await corrupt(client, FaultPlan.Corruption(method: "POST", path: "/partner/walletable/basket", field: "data.paid_total", value: .number(1)))
            return try await run(client, write: true)
        }
        let drift = report.drift(endpoint: "POST /partner/walletable/basket", check: "paid_total")
        #expect(!drift.isEmpty, "\(report.table ?? "no drift")")
        #expect(drift.allSatisfy { $0.field == "data.paid_total" && $0.got == "1" })
        #expect(!report.isClean && report.summary.contains("drift"))
        #expect(report.table?.contains("POST /partner/walletable/basket") == true)
        // Only what was corrupted drifts, and the orders completed from those answers no longer match them.
        #expect(report.drift.allSatisfy { $0.endpoint == "POST /partner/walletable/basket" || $0.check == "order" })
        #expect(report.junit().contains(#"<testcase classname="POST /partner/walletable/basket" name="paid_total">"#))
    }

    /// One altered field per invariant, each on its own route: every one is named with its endpoint and check.
    @Test(arguments: [
        ("PATCH", "/partner/walletable/basket", "data.charge_fee", JSONValue.number(0), "fees"),
        ("DELETE", "/partner/walletable/basket", "data.pricefix.remaining", .number(-999), "pricefix"),
        ("POST", "/partner/walletable/complete/buy", "data.status_id", .number(2), "order_status"),
        ("POST", "/partner/walletable/complete/delivery", "data.payment.total", .number(1), "payment"),
        ("POST", "/partner/walletable/complete/sell", "data.items[0].total", .number(1), "items"),
        ("GET", "/partner/walletable/orders", "data.from", .number(5), "pagination"),
        ("GET", "/partner/walletable/receipt", "data.paid_total", .number(0), "receipt"),
        ("GET", "/partner/walletable/balance", "data[0].amount", .number(-1), "wallet"),
    ])
    func eachInvariantNamesItsDrift(method: String, path: String, field: String, value: JSONValue, check: String) async throws {
        let report = try await withSandbox { client, _ in
            try await corrupt(client, FaultPlan.Corruption(method: method, path: path, field: field, value: value))
            return try await run(client, write: true)
        }
        let endpoint = method + " " + path
        #expect(!report.drift(endpoint: endpoint, check: check).isEmpty, "\(report.table ?? "no drift")")
    }

    @Test func aFieldOfTheWrongTypeIsSchemaDrift() async throws {
        let report = try await withSandbox { client, _ in
            try await corrupt(client, FaultPlan.Corruption(method: "GET", path: "/partner/walletable/currency-rates",
                                                           field: "data[0].buy", value: .string("high")))
            return try await run(client, write: false)
        }
        let drift = report.drift(endpoint: "GET /partner/walletable/currency-rates", check: "schema")
        #expect(drift.map(\.field) == ["data[0].buy"])
        #expect(drift.first?.expected == "number" && drift.first?.got == "\"high\"")
    }

    @Test func anUnreachableHostIsNotDrift() async throws {
        let server = SandboxServer(configuration: SandboxConfiguration())
        let url = try await server.start()
        await server.stop()
        let client = MintedClient(configuration: ClientConfiguration(
            baseURL: url, credentials: DigestCredentials(username: "sandbox", password: "sandbox"), timeout: .seconds(20)))
        await #expect(throws: ConformanceError.self) { try await run(client, write: false) }
    }

    @Test func wrongCredentialsAreRefusedNotDrift() async throws {
        try await withSandbox { _, url in
            let client = MintedClient(configuration: ClientConfiguration(
                baseURL: url, credentials: DigestCredentials(username: "sandbox", password: "wrong"), timeout: .seconds(20)))
            do {
                _ = try await run(client, write: false)
                Issue.record("a wrong password walked the host")
            } catch let error as ConformanceError {
                guard case .unauthorized = error else { Issue.record("\(error)"); return }
            }
        }
    }
}
