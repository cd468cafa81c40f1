import Foundation
import MintedAPI
@testable import MintedSandbox
import MintedTesting
import Testing

/// The OpenAPI document against what the sandbox really serves.
struct SandboxOpenAPITests {
    /// Every `METHOD path` of the document's `paths`.
    static func documentedOperations() throws -> Set<String> {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let methods: Set<String> = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]
        return Set(paths.flatMap { path, item in
            item.keys.filter(methods.contains).map { "\($0.uppercased()) \(path)" }
        })
    }

    @Test func everyServedRouteIsDocumentedAndEveryDocumentedOneIsServed() throws {
        let served = Set(SandboxRoutes.table.map { "\($0.method.rawValue) \($0.path)" })
        #expect(served.count == SandboxRoutes.table.count, "a route is registered twice")
        let documented = try Self.documentedOperations()
        #expect(served.subtracting(documented).isEmpty, "served but not documented: \(served.subtracting(documented).sorted())")
        #expect(documented.subtracting(served).isEmpty, "documented but not served: \(documented.subtracting(served).sorted())")
        #expect(served.count == 22)
    }

    @Test func everyTablePathIsOneOfTheClientsEndpoints() {
        let clientPaths = [
            Endpoint.customerPath, Endpoint.productsPath, Endpoint.completePath, Endpoint.ordersPath, Endpoint.receiptPath,
            Endpoint.balancePath, Endpoint.basketPath, Endpoint.currencyRatesPath, Endpoint.rateHistoryPath, Endpoint.orderPath,
            Endpoint.webviewTokenPath, Endpoint.webviewBasketPath, Endpoint.webviewCompletePath,
        ]
        for route in SandboxRoutes.table {
            #expect(clientPaths.contains { route.path.hasPrefix($0) }, "\(route.path) is not built from the endpoint table")
        }
    }

    @Test func theDocumentIsServedWithoutCredentials() async throws {
        let server = SandboxServer(configuration: SandboxFixtures.frozen)
        let url = try await server.start()
        do {
            let response = try await HTTPClientTransport().send(HTTPRequest(method: "GET", url: url.appendingPathComponent("_sandbox/openapi.json")))
            #expect(response.status == 200)
            #expect(response.header("content-type") == "application/json")
            #expect(String(decoding: response.body, as: UTF8.self) == OpenAPIDocument.json)
            let refused = try await HTTPClientTransport().send(HTTPRequest(method: "GET", url: url.appendingPathComponent("_sandbox/faults")))
            #expect(refused.status == 401, "the rest of the control API stays behind Digest")
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }
}
