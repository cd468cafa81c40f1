import Journeys
import TerminalKit
import Testing
@testable import WalletUI

/// How `--play` turns a journey's steps into the keys a person would press.
struct DemoScriptTests {
    @Test func anAddSelectsTheProductThenTypesItsQuantity() throws {
        let journey = try Journey.parse("name = \"x\"\n[[steps]]\naction = \"add\"\ntype = \"sell\"\nsku = \"MNTBAE0005\"\nqty = 12\n", file: "x.toml")
        let cues = DemoScript.cues(for: journey)
        let add = try #require(cues.firstIndex(of: .step("Add 12 × MNTBAE0005 to the sell basket")))
        #expect(Array(cues[(add + 1)...].prefix(7)) == [.press(.character("s")), .press(.character("1")), .selectProduct("MNTBAE0005"),
                                                        .press(.character("a")), .type("12"), .press(.enter), .settle])
    }

    @Test func aDeliveryCompleteFillsTheAddressFieldByField() throws {
        let journey = try Journey.parse("""
        name = "x"
        [[steps]]
        action = "complete"
        type = "delivery"
        address = { fullname = "Ayşe Yılmaz", phone = "+905551112233", city = "İstanbul", address = "Bağdat Cd. 1" }
        """, file: "x.toml")
        let cues = DemoScript.cues(for: journey)
        #expect(cues.contains(.type("Ayşe Yılmaz")) && cues.contains(.type("+905551112233")))
        // Six fields, each left with Tab; the district and zip code are not given and left as they are.
        #expect(cues.filter { $0 == .press(.tab) }.count == 6)
        #expect(cues.filter { $0 == .press(.control("u")) }.count == 4)
    }

    @Test func whatCannotBePlayedSaysSo() throws {
        let journey = try Journey.parse("name = \"x\"\n[[steps]]\naction = \"create_customer\"\n[steps.profile]\nexternal_id = \"a\"\n", file: "x.toml")
        #expect(DemoScript.cues(for: journey).contains { if case .step(let text) = $0 { text.contains("skipped") } else { false } })
    }

    @Test func aQuantityTheDialogCannotTakeIsSkippedWithItsReason() throws {
        for qty in ["9223372036854775807", "-1", "0", "10000"] {
            let journey = try Journey.parse("name = \"x\"\n[[steps]]\naction = \"add\"\nsku = \"MNTBAE0001\"\nqty = \(qty)\n", file: "x.toml")
            let cues = DemoScript.cues(for: journey)
            #expect(!cues.contains(.press(.character("a"))), "qty \(qty) is not typed")
            #expect(cues.contains { if case .step(let text) = $0 { text.contains("qty \(qty) is not 1…9999") } else { false } }, "\(cues)")
        }
    }
}
