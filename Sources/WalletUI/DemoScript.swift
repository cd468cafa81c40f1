import Journeys
import MintedAPI
import TerminalKit
import WalletCore

/// A journey as `--play` performs it: each step as the keys a person would press, with a caption first.
public enum DemoScript {
    /// The cues for `journey`, in order.
    public static func cues(for journey: Journey) -> [DemoCue] {
        var cues: [DemoCue] = [.step("Playing “\(journey.name)”: \(journey.steps.count) steps; press any key to take over"), .settle]
        for step in journey.steps { cues += self.cues(for: step) }
        cues += [.closeDialogs, .step("“\(journey.name)” played to the end"), .settle, .hold(3)]
        return cues
    }

    static func cues(for step: JourneyStep) -> [DemoCue] {
        let type = step.basketType
        let basketKey = DemoCue.press(.character(typeKey(type)))
        switch step.action {
        case .add:
            guard let sku = step.sku else { return skipped(step, "it names no sku") }
            let qty = step.qty ?? 1
            // The quantity dialog takes 1…9,999: anything else would be typed as some other number.
            guard (1...QuantityEntry.maximum).contains(qty) else { return skipped(step, "qty \(qty) is not 1…\(QuantityEntry.maximum)") }
            return [.closeDialogs, .step("Add \(qty) × \(sku) to the \(type.rawValue) basket"), basketKey, .press(.character("1")),
                    .selectProduct(sku), .press(.character("a")), .type(String(qty)), .press(.enter), .settle]
        case .update:
            guard let sku = step.sku, let qty = step.qty else { return skipped(step, "it needs a sku and a qty") }
            // `+` / `-` reach 0 (the line goes) to 99 within the player's 50 presses; more is not a demo.
            guard (0...QuantityEntry.maximum).contains(qty) else { return skipped(step, "qty \(qty) is not 0…\(QuantityEntry.maximum)") }
            return [.closeDialogs, .step("Change \(sku) to \(qty) in the \(type.rawValue) basket"), basketKey, .press(.character("2")),
                    .selectLine(sku), .stepLine(sku: sku, to: qty), .settle]
        case .remove:
            guard let sku = step.sku else { return skipped(step, "it names no sku") }
            return [.closeDialogs, .step("Remove \(sku) from the \(type.rawValue) basket"), basketKey, .press(.character("2")),
                    .selectLine(sku), .press(.character("x")), .settle]
        case .clear:
            return [.closeDialogs, .step("Clear the \(type.rawValue) basket"), basketKey, .press(.character("X")), .press(.character("y")), .settle]
        case .basket:
            return [.closeDialogs, .step("The \(type.rawValue) basket, with its fees and lock"), basketKey, .press(.character("2")), .settle, .hold(2)]
        case .waitLockExpiry:
            return [.closeDialogs, .step("Waiting for the price lock to run out: the basket re-prices itself"), basketKey, .lockExpiry, .settle]
        case .complete:
            var cues: [DemoCue] = [.closeDialogs, .step("Complete the \(type.rawValue) basket"), basketKey, .press(.character("c")), .settle]
            if type == .delivery {
                cues += [.step("A delivery asks where to: the shipping address")]
                let address = step.address
                let values = [address?.fullname, address?.phone, address?.city, address?.district, address?.address, address?.zipcode]
                for value in values {
                    if let value { cues += [.press(.control("u")), .type(value)] }
                    cues.append(.press(.tab))
                }
                cues += [.press(.enter), .settle]
            }
            cues += [.press(.enter), .settle, .hold(3), .press(.escape)]
            return cues
        case .balance:
            return [.closeDialogs, .step("The wallet: what the customer holds, and its value"), .press(.character("3")), .settle, .hold(2)]
        case .orders:
            return [.closeDialogs, .step("The customer's orders, newest first"), .press(.character("o")), .settle, .hold(3), .press(.escape)]
        case .receipt:
            return [.closeDialogs, .step("The last order's receipt"), .press(.character("o")), .settle, .press(.enter), .settle, .hold(3),
                    .closeDialogs]
        case .useCustomer:
            guard let customer = step.customer else { return skipped(step, "it names no customer") }
            return [.closeDialogs, .step("Switch to customer \(customer)"), .press(.character("u")), .settle, .press(.character("o")),
                    .type(customer), .press(.enter), .settle, .closeDialogs]
        case .createCustomer:
            return skipped(step, "creating a customer is not played")
        }
    }

    private static func typeKey(_ type: BasketType) -> Character {
        switch type {
        case .buy: "b"
        case .sell: "s"
        case .delivery: "d"
        }
    }

    private static func skipped(_ step: JourneyStep, _ reason: String) -> [DemoCue] {
        [.step("Step “\(step.label)” skipped: \(reason)"), .settle]
    }
}
