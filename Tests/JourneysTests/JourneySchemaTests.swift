import Journeys
import Testing

/// A journey file that names an action or a key the runner does not know fails to load, naming it, its line and
/// the words that are valid.
struct JourneySchemaTests {
    static let actions = "add, balance, basket, clear, complete, create_customer, orders, receipt, remove, update, "
        + "use_customer, wait_lock_expiry"

    func message(_ text: String) -> String {
        do {
            _ = try Journey.parse(text, file: "bad.toml")
            return "parsed"
        } catch {
            return "\(error)"
        }
    }

    @Test func anUnknownActionNamesItselfItsLineAndTheValidActions() {
        let text = """
        name = "typo"
        # a comment
        [[steps]]
        action = "add"
        sku = "MNTBAE0001"

        [[steps]]
        sku = "MNTBAE0001"
        action = "by"   # should be add
        """
        #expect(message(text) == "bad.toml:9: step 2: unknown action 'by'; valid actions: \(Self.actions)")
    }

    @Test func anUnknownActionInAnInlineStepIsFoundByItsValue() {
        let text = "name = \"x\"\nsteps = [\n  { action = \"add\", sku = \"A\" },\n  { action = \"fly\" },\n]\n"
        #expect(message(text) == "bad.toml:4: step 2: unknown action 'fly'; valid actions: \(Self.actions)")
    }

    @Test func anUnknownKeyInAStepOrItsExpectationOrAtTheTopIsNamed() {
        let step = "name = \"x\"\n[[steps]]\naction = \"add\"\nsku = \"A\"\nquantity = 3\n"
        #expect(message(step) == "bad.toml:5: step 1: unknown key 'quantity'; valid keys: action, address, customer, "
            + "expect, expect_error, name, profile, qty, sku, type")
        let expect = "name = \"x\"\n[[steps]]\naction = \"add\"\nsku = \"A\"\nexpect = { total = \"1\", paidtotal = \"2\" }\n"
        #expect(message(expect).hasPrefix("bad.toml:5: step 1: unknown key 'paidtotal' in expect; valid expect keys: charge_fee, "))
        #expect(message("nmae = \"x\"\nname = \"y\"\n[[steps]]\naction = \"add\"\n")
            == "bad.toml:1: unknown key 'nmae'; valid keys: customer, description, name, steps")
    }

    @Test func theExampleJourneysStillLoad() throws {
        for file in ["buy.toml", "sell.toml", "delivery.toml", "lock-expiry.toml"] {
            #expect(throws: Never.self) { _ = try Journey.load(JourneyTests.folder.appendingPathComponent(file)) }
        }
    }
}
