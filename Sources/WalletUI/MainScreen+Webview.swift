import Foundation
import MintedAPI
import TerminalKit
import WalletCore

/// The embedded webview (`W`): the bearer token (masked) and its expiry, the basket in the webview's own shape and
/// currency, the y/n question before Complete, and the order it answered.
extension MainScreen {
    static func drawWebview(_ state: AppState, in body: Rect, on screen: inout Screen, context: RenderContext) {
        let theme = context.theme
        let view = state.webview
        let width = min(76, body.width) - 4
        var rows: [(String, ThemeRole)] = [webviewTokenLine(view, state, context), ("", .text)]
        if let order = view.order {
            rows += webviewOrderRows(order, width: width, context: context)
        } else if let basket = view.basket {
            rows += webviewBasketRows(basket, state, width: width, context: context)
        } else if view.loadingScenario {
            rows.append(("loading seed 000's scenario…", .muted))
        } else if view.basketLoaded {
            rows.append(("no active basket — the webview answered 404 Record Not Found", .text))
            if state.connection == .sandbox { rows.append(("s loads seed 000's basket (John Due, 1 × MNT0001 in TRY)", .muted)) }
        } else if view.loadingBasket || view.creatingToken {
            rows.append(("reading the basket as the webview…", .muted))
        }
        let last = webviewLastLine(view, state, context)
        let code = view.order?.currencyCode ?? view.basket?.currencyCode
        let inner = sheet("Embedded webview · " + webviewWho(view, state), trailing: code.map { "bearer · " + $0 } ?? "bearer",
                          width: width + 4, height: rows.count + 3, in: body, on: &screen, theme: theme)
        guard inner.height > 0 else { return }
        let room = max(0, inner.height - 1)
        let shown = rows.count > room ? Array(rows.prefix(max(0, room - 1))) + [("… \(rows.count - room + 1) more lines", ThemeRole.muted)] : rows
        for (index, row) in shown.enumerated() {
            line(row.0, row: index, in: inner, role: row.1, on: &screen, theme: theme)
        }
        line(last.0, row: inner.height - 1, in: inner, role: last.1, on: &screen, theme: theme)
    }

    /// Whose session it is: the basket's customer as the webview names them, else the customer in use; masked for privacy.
    private static func webviewWho(_ view: Webview, _ state: AppState) -> String {
        let id = view.customerId ?? state.customerId
        if state.masksPersonalData { return mask }
        let named = (view.order ?? view.basket)?.customer?.fullname ?? (id == state.customerId ? state.customer?.displayName : nil)
        return named.map { "\($0) (\(id))" } ?? id
    }

    private static func webviewTokenLine(_ view: Webview, _ state: AppState, _ context: RenderContext) -> (String, ThemeRole) {
        guard let token = view.token else {
            return (view.creatingToken ? "creating a bearer token (Create Token, Digest)…" : "no token yet — r creates one", .muted)
        }
        guard let expiry = view.tokenExpiry else { return ("token \(Webview.maskedToken(token.token)) · expires \(token.expiresAt)", .accent) }
        let seconds = expiry.timeIntervalSince(state.now)
        let left: String
        if !seconds.isFinite || abs(seconds) > 1e9 {
            left = ""
        } else if seconds <= 0 {
            left = " (expired)"
        } else {
            let whole = Int(seconds.rounded(.down))
            left = whole < 60 ? " (\(whole) s left)" : " (\(whole / 60) min left)"
        }
        return ("token \(Webview.maskedToken(token.token)) · expires \(context.clock(expiry)) \(context.zoneName(expiry))" + left,
                seconds <= Webview.tokenMargin ? .warning : .accent)
    }

    private static func webviewBasketRows(_ basket: Basket, _ state: AppState, width: Int, context: RenderContext) -> [(String, ThemeRole)] {
        let money = context.money
        let code = basket.currencyCode
        var rows: [(String, ThemeRole)] = []
        let lock = basket.pricefix.map { $0.secondsLeft(at: state.now) }.map { $0 == 0 ? "lock expired" : "lock \($0 / 60):\($0 % 60 < 10 ? "0" : "")\($0 % 60)" }
        let head = [basket.incrementId ?? basket.token, basket.statusName, basket.orderCreationStatus, code, lock].compactMap { $0 }
        rows.append((head.joined(separator: " · "), .accent))
        if basket.items.isEmpty { rows.append(("no lines", .muted)) }
        for item in basket.items {
            rows.append((columns("\(item.amount) × \(item.productName)", money.money(item.total, code), width: width), .text))
            let weight = item.productWeight.map { " · " + money.grams($0) } ?? ""
            rows.append(("  \(item.sku)\(weight) · @ \(money.money(item.price, code))", .muted))
            let parts = (item.prices ?? []).map { "\($0.name) \(money.money($0.price, code))" }
            for part in webviewJoined(parts, width: width - 2) { rows.append(("  " + part, .muted)) }
        }
        rows.append(("", .text))
        let figures: [(String, Decimal?)] = [("price", basket.price), ("  delivery", basket.deliveryPrice), ("  insurance", basket.insurancePrice),
                                              ("  market commission", basket.marketCommission), ("  minted markup", basket.mintedMarkupPrice)]
        for (label, amount) in figures {
            guard let amount else { continue }
            rows.append((columns(label, money.money(amount, code), width: width), label.hasPrefix(" ") ? .muted : .text))
        }
        for (label, amount) in [("tax", basket.tax), ("payment cost", basket.paymentCost), ("silver craftsmanship", basket.silverCraftsmanship)] {
            guard let amount, amount != 0 else { continue }
            rows.append((columns(label, money.money(amount, code), width: width), .text))
        }
        rows.append((columns("total", money.money(basket.total, code), width: width), .text))
        rows.append((columns("to pay", "\(money.money(basket.paidTotal, code)) \(code ?? "")", width: width), .accent))
        if let rate = basket.currencyRate {
            let total = basket.currencyTotal.map { " · currency total " + money.money($0, code) } ?? ""
            rows.append(("currency rate \(rate)" + total, .muted))
        }
        if let address = basket.shippingaddress {
            let place = [address.address, address.street, address.district, address.county, address.zipcode, address.city]
                .compactMap { $0?.isEmpty == false ? $0 : nil }.joined(separator: ", ")
            rows.append(("ship to " + (state.masksPersonalData ? mask : place), .muted))
        }
        return rows
    }

    private static func webviewOrderRows(_ order: Basket, width: Int, context: RenderContext) -> [(String, ThemeRole)] {
        let money = context.money
        let code = order.currencyCode
        var rows: [(String, ThemeRole)] = []
        rows.append((["order " + (order.incrementId ?? order.guid ?? order.token), order.type?.uppercased(), order.statusName]
            .compactMap { $0 }.joined(separator: " · "), .accent))
        for item in order.items {
            rows.append((columns("\(item.amount) × \(item.productName) @ \(money.money(item.price, code))", money.money(item.total, code), width: width), .text))
        }
        rows.append((columns("total", money.money(order.total, code), width: width), .text))
        rows.append((columns("paid", "\(money.money(order.paidTotal, code)) \(code ?? "")", width: width), .accent))
        if let at = order.orderDate { rows.append(("ordered \(context.dateTime(at)) \(context.zoneName(at))", .muted)) }
        if let guid = order.guid { rows.append(("guid \(guid)", .muted)) }
        rows.append(("", .text))
        rows.append(("completed with the bearer token · r reads the basket again", .muted))
        return rows
    }

    /// The sheet's last line: the question, the wait, or the keys.
    private static func webviewLastLine(_ view: Webview, _ state: AppState, _ context: RenderContext) -> (String, ThemeRole) {
        if view.completing { return ("completing… sent once, waiting for the answer", .warning) }
        if view.confirming, let basket = view.basket {
            let what = basket.incrementId ?? "the basket"
            return ("Complete \(what) for \(context.money.money(basket.paidTotal, basket.currencyCode)) \(basket.currencyCode ?? "")? y yes · n no", .warning)
        }
        let complete = state.readOnly || view.basket?.items.isEmpty != false ? "" : "c complete · "
        let seed = state.connection == .sandbox && !state.readOnly ? " · s seed 000" : ""
        return (complete + "r refresh" + seed + " · Esc close", .muted)
    }

    /// `parts` joined with ` · ` into lines of `width` columns, never breaking a part (one longer than a line is cut).
    private static func webviewJoined(_ parts: [String], width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for part in parts {
            let joined = current.isEmpty ? part : current + " · " + part
            if TextWidth.width(of: joined) > width, !current.isEmpty {
                lines.append(current)
                current = part
            } else {
                current = joined
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
