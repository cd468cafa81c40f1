import Foundation
import MintedTesting
import Testing

/// Customers (`u`) on the real binary in tmux: create one through the form against the embedded sandbox, switch to
/// them, and see their name in the header and their empty wallet; the list is remembered across a restart.
@Suite(.serialized)
struct CustomerTests {
    @Test func createSwitchToAndSeeTheNewCustomersEmptyWallet() async throws {
        let run = try MintedRun()
        let first = await run.session.waitFor { MintedRun.goldGrams($0) != nil && $0.contains("Brant Ankunding") }
        #expect(MintedRun.goldGrams(first) != nil, "the demo customer's wallet:\n\(first)")

        try run.session.send("u")
        let list = await run.session.waitFor { $0.contains("Customers · 1 used") && $0.contains("● Brant Ankunding") }
        #expect(list.contains("● Brant Ankunding"), "the list names the current customer:\n\(list)")
        try run.session.send("n")
        let form = await run.session.waitFor { $0.contains("New customer") }
        #expect(form.contains("required · 3–40 A-Za-z0-9-_"), "the API's constraints beside the fields:\n\(form)")

        let id = "qa-e2e-" + String(UUID().uuidString.prefix(8)).lowercased()
        for (index, value) in [id, "Testa", "Customer", "", "+905551112233", "12345678901"].enumerated() {
            if index > 0 { try run.session.send("Tab") }
            if !value.isEmpty { try run.session.send(value) }
        }
        await run.session.waitFor { $0.contains("12345678901") }
        try run.session.send("Enter")
        let created = await run.session.waitFor { $0.contains("created Testa Customer") }
        #expect(created.contains("Customers · 2 used"), "back on the list with the new customer:\n\(created)")
        #expect(created.contains(id))

        try run.session.send("Enter")
        let switched = await run.session.waitFor { screen in
            let header = screen.components(separatedBy: "\n").first ?? ""
            return header.contains("Testa Customer (\(id.prefix(8))…)") && screen.contains("empty wallet")
        }
        let header = switched.components(separatedBy: "\n").first ?? ""
        #expect(header.contains("Testa Customer"), "the header names the new customer:\n\(switched)")
        #expect(switched.contains("empty wallet"), "their wallet is empty:\n\(switched)")
        #expect(MintedRun.goldGrams(switched) == nil, "no trace of the demo customer's gold:\n\(switched)")

        try run.session.send("q")
        let (code, _) = try await run.ended()
        #expect(code == "0")
        let book = try String(contentsOf: run.work.appendingPathComponent("data/minted/customers.json"), encoding: .utf8)
        #expect(book.contains(id), "the customer book remembers them:\n\(book)")
        #expect(!book.contains("sandbox:"), "no credentials in the book")
    }
}
