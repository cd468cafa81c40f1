import Foundation
import MintedTesting
import Testing

/// A delivery journey by keyboard on the real binary: basket, address form, confirmation, wallet and orders.
@Suite(.serialized)
struct DeliveryJourneyTests {
    @Test func deliveryTakesExactlyOneBarOutAndTheOrderIsListed() async throws {
        let run = try MintedRun()
        let first = await run.session.waitFor { MintedRun.goldGrams($0) != nil && $0.contains("MNTBAE0001") }
        let before = try #require(MintedRun.goldGrams(first), "no gold in the wallet:\n\(first)")

        try run.session.send("d")
        await run.session.waitFor { $0.contains("Basket [2] · DELIVERY") }
        try run.session.send("a")
        await run.session.waitFor { $0.contains("Quantity") }
        try run.session.send("1")
        try run.session.send("Enter")
        // The basket's own line ("Minted 1 g 999.9 Gold Bar … 1 × price"), not the wallet's "1 × Minted 100 g …":
        // pressing c before the add is answered would find the basket still empty.
        let basket = await run.session.waitFor { screen in
            !screen.contains("Quantity") && screen.split(separator: "\n").contains { line in
                guard let name = line.range(of: "Minted 1 g 999.9 Gold Bar"), let units = line.range(of: "1 × ") else { return false }
                return name.upperBound <= units.lowerBound
            }
        }
        #expect(basket.contains("Minted 1 g 999.9 Gold Bar"), "the delivery basket line:\n\(basket)")

        try run.session.send("c")
        let form = await run.session.waitFor { $0.contains("Full name") && $0.contains("Zip code") }
        #expect(form.contains("Phone"), "the address form opens:\n\(form)")
        for (index, value) in ["John Due", "+905330000000", "Istanbul", "Beykoz", "54 sok. No: 12"].enumerated() {
            if index > 0 { try run.session.send("Tab") }
            try run.session.send("-l", value)
        }
        try run.session.send("Enter")
        let confirmation = await run.session.waitFor { $0.contains("Confirm DELIVERY") && $0.contains("Enter confirms") }
        #expect(confirmation.contains("Enter confirms"), "the confirmation follows the address:\n\(confirmation)")
        try run.session.send("Enter")
        let receipt = await run.session.waitFor { $0.contains("Receipt") && $0.contains("Esc closes") }
        #expect(receipt.contains("Receipt"), "the receipt opens:\n\(receipt)")
        try run.session.send("Escape")

        let after = await run.session.waitFor { MintedRun.goldGrams($0).map { $0 != before } ?? false }
        #expect(MintedRun.goldGrams(after) == before - 1, "one 1 g bar left the wallet:\n\(after)")

        try run.session.send("o")
        let orders = await run.session.waitFor { $0.contains("Orders ·") && $0.contains("Preparing") }
        #expect(orders.contains("Preparing"), "the delivery order is listed, preparing:\n\(orders)")
        try run.session.send("Escape")
        try run.session.send("C-c")
        #expect(try await run.ended().code == "0")
    }
}
