import Foundation
import MintedAPI
import MintedTesting
import Testing

/// Every field the vendor's two seed bodies show survives decode → encode with the client's types, nulls included:
/// a client that drops `payment.details` or turns `external_id: null` into a missing key would send back less than it got.
struct SeedRoundTripTests {
    private let round = SeedRoundTrip()
    func leaves(_ value: JSONValue) -> [(String, JSONValue)] { round.leaves(value) }
    func lookup(_ path: String, in root: JSONValue) -> JSONValue? { round.lookup(path, in: root) }
    func same(_ a: JSONValue, _ b: JSONValue) -> Bool { round.same(a, b) }

    @Test(arguments: ["seed000-get-active-basket.json", "seed004-update-basket-item.json"])
    func everySeedFieldSurvivesARoundTrip(fixture: String) throws {
        let original = try Fixture.data(fixture)
        let envelope = try JSONDecoder().decode(Envelope<Basket>.self, from: original)
        let reencoded = try JSONEncoder().encode(envelope)
        let seed = try JSONDecoder().decode(JSONValue.self, from: original)
        let back = try JSONDecoder().decode(JSONValue.self, from: reencoded)
        let seedLeaves = leaves(seed)
        #expect(seedLeaves.count > 50)
        for (path, value) in seedLeaves {
            let found = lookup(path, in: back)
            #expect(found.map { same($0, value) } == true, "\(fixture): \(path) was \(value), came back \(String(describing: found))")
        }
    }

    @Test func explicitNullsStayNullNotMissing() throws {
        let envelope = try JSONDecoder().decode(Envelope<Basket>.self, from: Fixture.data("seed004-update-basket-item.json"))
        let back = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(envelope))
        for path in ["data.external_id", "data.customer.tax_office", "data.shippingaddress", "data.billingaddress",
                     "data.payment.details", "data.delivery"] {
            #expect(lookup(path, in: back) == .null, "\(path)")
        }
    }
}
