import Foundation
import MintedAPI

/// Writes the basket changes a person makes in the UI as journey steps, appended to a file as each is answered:
/// adds, quantity changes, removals, clears and completions, each expecting the totals the host answered.
public actor JourneyRecording {
    /// The journey file being written.
    public let url: URL
    private var customer: String
    private var types: [String: BasketType] = [:]
    /// Steps written so far.
    public private(set) var steps = 0

    /// Starts `url` afresh with the journey's `name` and the `customer` the UI starts with.
    public init(url: URL, name: String, customer: String) throws {
        self.url = url
        self.customer = customer
        let header = "# Recorded by minted journey --record; replay: minted journey \(url.lastPathComponent)\n"
            + "name = \(Self.quoted(name))\ncustomer = \(Self.quoted(customer))\n"
        do {
            try Data(header.utf8).write(to: url, options: .atomic)
        } catch {
            throw JourneyError.unreadable("\(url.path): cannot write the journey: \(error.localizedDescription)")
        }
    }

    /// Records `request`, answered by `basket`, when it changed a basket; reads and anything else are left out.
    public func note(_ name: String, body: Data?, answer basket: Basket) {
        let decoder = JSONDecoder()
        guard let body else { return }
        var lines: [String]
        var person: String
        switch name {
        case "addItem":
            guard let addition = try? decoder.decode(BasketItemAddition.self, from: body) else { return }
            person = addition.externalCustomerId
            types[basket.token] = addition.type
            lines = ["action = \"add\"", "type = \"\(addition.type.rawValue)\"", "sku = \(Self.quoted(addition.sku))", "qty = \(addition.qty)"]
        case "updateItem":
            guard let update = try? decoder.decode(BasketItemUpdate.self, from: body) else { return }
            person = update.externalCustomerId
            lines = ["action = \"update\"", type(update.cartToken, basket), "sku = \(Self.quoted(update.sku))", "qty = \(update.qty)"]
        case "removeItem":
            guard let removal = try? decoder.decode(BasketItemRemoval.self, from: body) else { return }
            person = removal.externalCustomerId
            lines = ["action = \"remove\"", type(removal.cartToken, basket), "sku = \(Self.quoted(removal.sku))"]
        case "clearBasket":
            guard let reference = try? decoder.decode(BasketReference.self, from: body) else { return }
            person = reference.externalCustomerId
            lines = ["action = \"clear\"", type(reference.cartToken, basket)]
        case "complete":
            guard let reference = try? decoder.decode(BasketReference.self, from: body) else { return }
            person = reference.externalCustomerId
            lines = ["action = \"complete\"", type(reference.cartToken, basket)]
            if let address = reference.shippingAddress, let table = Self.inlineTable(address) { lines.append("address = " + table) }
        default:
            return
        }
        var expected = ["total = \(Self.quoted("\(basket.total)"))", "paid_total = \(Self.quoted("\(basket.paidTotal)"))"]
        if name == "complete" {
            if let status = basket.statusName { expected.append("status_name = \(Self.quoted(status))") }
            // What the order moved in the wallet: a buy adds its units, a sell or a delivery takes them out.
            let sign = types[basket.token] == .buy || basket.type == BasketType.buy.rawValue ? 1 : -1
            var change: [String: Int] = [:]
            for item in basket.items where (0...1_000_000).contains(item.amount) { change[item.sku, default: 0] += sign * item.amount }
            let entries = change.keys.sorted().map { "\(Self.bareKey($0)) = \(change[$0] ?? 0)" }
            if !entries.isEmpty { expected.append("wallet_change = { \(entries.joined(separator: ", ")) }") }
        } else {
            expected.append("units = \(basket.items.reduce(0) { $0 + $1.amount })")
        }
        lines.append("expect = { \(expected.joined(separator: ", ")) }")
        var text = ""
        if person != customer {
            customer = person
            text += "\n[[steps]]\naction = \"use_customer\"\ncustomer = \(Self.quoted(person))\n"
        }
        text += "\n[[steps]]\n" + lines.joined(separator: "\n") + "\n"
        append(text)
    }

    private func type(_ token: String, _ basket: Basket) -> String {
        let type = basket.type.flatMap(BasketType.init(rawValue:)) ?? types[token] ?? .buy
        types[basket.token] = type
        return "type = \"\(type.rawValue)\""
    }

    private func append(_ text: String) {
        guard let handle = try? FileHandle(forWritingTo: url) else { return }
        defer { try? handle.close() }
        _ = try? handle.seekToEnd()
        try? handle.write(contentsOf: Data(text.utf8))
        steps += 1
    }

    /// A TOML key: bare when it is letters, digits, `-` and `_` (every SKU seen), else quoted.
    static func bareKey(_ key: String) -> String {
        let bare = !key.isEmpty && key.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_") }
        return bare ? key : quoted(key)
    }

    /// A TOML basic string: quotes, backslashes and control characters escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// `{ city = "Dubai", fullname = "…" }`: the address's fields as the API names them, strings and numbers only.
    static func inlineTable(_ address: Address) -> String? {
        guard let data = try? JSONEncoder().encode(address),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        let fields = object.keys.sorted().compactMap { key -> String? in
            switch object[key] {
            case let text as String: "\(key) = \(quoted(text))"
            case let number as NSNumber: "\(key) = \(number)"
            default: nil
            }
        }
        return "{ " + fields.joined(separator: ", ") + " }"
    }
}
