import Foundation
import MintedAPI
import MintedTesting
import TerminalKit
import Testing
import WalletCore
@testable import WalletUI

/// Every modal over the main screen, at three sizes and the degenerate ones, as golden files.
struct ModalSnapshotTests {
    static let context = RenderContext(timeZone: TimeZone(identifier: "UTC")!)
    static let sizes = [Size(width: 120, height: 40), Size(width: 80, height: 24), Size(width: 40, height: 12)]

    /// The live session of `MainScreenTests` with `modal` open.
    static func state(_ name: String) -> AppState {
        var state = MainScreenTests().liveState()
        state.viewport = Viewport(columns: 120, rows: 40)
        switch name {
        case "quantity":
            var entry = QuantityEntry(sku: "MNTBAE0001", productName: "Minted 1 g 999.9 Gold Bar")
            entry.type("2")
            state.modal = .quantity(entry)
        case "clear":
            state.modal = .clearConfirmation
        case "confirmation":
            state.modal = .confirmation
        case "confirmation-delivery":
            state.checkout.type = .delivery
            state.roster.addresses[Samples.customerId] = Samples.address
            state.checkout.basket?.deliveryCost = Decimal(string: "25.00")!
            state.modal = .confirmation
        case "address":
            var form = AddressForm(address: Address(fullname: "Ayşe Yılmaz", phone: "+90555", city: "İstanbul"))
            form.problems = form.validated()
            form.focus = .phone
            state.modal = .address(form)
        case "receipt":
            // A delivery: the address it goes to is on the receipt.
            state.modal = .receipt(ReceiptView(receipt: Receipt(order: Samples.order(type: .delivery)), returnsToOrders: false,
                                               shippingAddress: Samples.address))
        case "receipt-invoice":
            state.modal = .receipt(ReceiptView(receipt: Receipt(order: Samples.order()), returnsToOrders: true,
                                               invoice: Invoice(guid: "inv-0001", orderCode: "MC-100001", url: "https://example.test/invoices/inv-0001.pdf")))
        case "orders-filtered":
            state.modal = .orders
            state.orders.types = [.buy, .delivery]
            state.orders.status = .preparing
            state.orders.range = .lastMonth
            state.orders.oldestFirst = true
            state.orders.total = 0
        case "orders":
            state.modal = .orders
            state.orders.orders = [Samples.order(guid: "b"), Samples.order(type: .sell, quantity: 1, guid: "a", at: Samples.start.addingTimeInterval(-86_400))]
            state.orders.lastPage = 2
            state.orders.total = 12
        case "customers":
            state.roster.customers = Samples.knownCustomers
            state.roster.selection = 1
            state.modal = .customers
        case "customer-form":
            var form = CustomerForm(purpose: .create)
            form[.externalId] = "qa-ayse-001"
            form[.firstname] = "Ay"
            form[.lastname] = "Yılmaz"
            form[.phone] = "+905551112233"
            form[.identityNumber] = "12345678901"
            form[.birthdate] = "1990-04-23"
            _ = form.place([
                "external_id": ["The external id has already been taken."],
                "firstname": ["The firstname field must be between 3 and 40 characters."],
            ])
            state.modal = .customerForm(form)
        case "customer-edit":
            state.modal = .customerForm(CustomerForm(purpose: .edit(Samples.newCustomer.externalId), customer: Samples.newCustomer))
        case "customer-removal":
            state.modal = .customerRemoval(Samples.knownCustomers[1])
        case "inspector", "inspector-detail", "inspector-filter":
            state.apiUsername = "sandbox"
            for exchange in Self.exchanges { #expect(AppReducer.reduce(into: &state, action: .inspector(.exchangeRecorded(exchange))) == .none) }
            #expect(AppReducer.reduce(into: &state, action: .inspector(.opened)) == .none)
            if name == "inspector-detail" {
                #expect(AppReducer.reduce(into: &state, action: .selectionMoved(by: 1)) == .none)
                #expect(AppReducer.reduce(into: &state, action: .modalConfirmed) == .none)
            }
            if name == "inspector-filter" {
                #expect(AppReducer.reduce(into: &state, action: .inspector(.filterStarted)) == .none)
                for character in "4xx" { #expect(AppReducer.reduce(into: &state, action: .characterTyped(character)) == .none) }
            }
        case "faults":
            state.faults = FaultPlan(latencyMs: 1_000, errorRate: 0.25,
                                     forced: [FaultPlan.ForcedStatus(method: "POST", path: "/partner/walletable/complete/buy", status: 503)])
            state.faultPanel.selection = .errorRate
            state.modal = .faults
        case "messages":
            // A refused completion stays on the footer; the app's follow-up and a poll's failures are only logged.
            state.notice = Notice(.info, "completing the buy basket…")
            state.notice = Notice(.error, "buy order NOT placed — 409 price lock expired", topic: "complete", status: 409)
            state.notice = Notice(.info, "lock expired: basket re-priced", topic: "basket").background
            for _ in 0..<3 { state.notice = .failure("rates", .server(status: 503, message: "maintenance")).background }
            state.modal = .messages(offset: 0)
        case "demo":
            state.demo = true
            state.captions.post("Choosing how many Minted 1 g 999.9 Gold Bar to put in the buy basket", at: state.now)
            state.captions.post("Adding 2 × Minted 1 g 999.9 Gold Bar to the buy basket", at: state.now.addingTimeInterval(10))
            state.captions.post("Added 2 × Minted 1 g 999.9 Gold Bar: the buy basket holds 2 items", at: state.now.addingTimeInterval(10))
        case "help":
            state.showsHelp = true
        default:
            break
        }
        return state
    }

    static let modals = ["quantity", "clear", "confirmation", "confirmation-delivery", "address", "receipt", "receipt-invoice", "orders", "orders-filtered", "customers",
                         "customer-form", "customer-edit", "customer-removal", "help", "inspector", "inspector-detail", "inspector-filter", "faults", "messages", "demo"]

    /// Three exchanges as the client records them: a challenge, a 200 with a body, a 422.
    static let exchanges: [Exchange] = {
        func exchange(_ id: Int, _ method: String, _ path: String, _ status: Int, request: String = "", response: String = "") -> Exchange {
            Exchange(id: id, method: method, url: "http://127.0.0.1:8080" + path, status: status, startedAt: Samples.start.addingTimeInterval(Double(id)),
                     duration: .milliseconds(7 * id), requestHeaders: ["Accept": "application/json", "Authorization": id == 1 ? "" : "Digest ***"],
                     responseHeaders: ["content-type": "application/json"], requestBody: request, responseBody: response,
                     requestBytes: request.utf8.count, responseBytes: response.utf8.count, failure: nil)
        }
        var challenge = exchange(1, "GET", "/partner/walletable/currency-rates", 401)
        challenge.isChallenge = true
        challenge.requestHeaders["Authorization"] = nil
        return [
            challenge,
            exchange(2, "POST", "/partner/walletable/basket", 200, request: #"{"external_customer_id":"ea0982a7","qty":2,"sku":"MNTBAE0001","type":"buy"}"#,
                     response: #"{"code":0,"success":true,"message":"","data":{"currency_code":"AED","total":1184.68,"items":[]}}"#),
            exchange(3, "PATCH", "/partner/walletable/basket", 422, request: #"{"qty":0}"#,
                     response: #"{"code":422,"success":false,"message":"The qty must be at least 1.","errors":{"qty":["The qty must be at least 1."]}}"#),
        ]
    }()

    @Test(arguments: modals)
    func snapshots(modal: String) {
        for size in Self.sizes {
            let text = MainScreen.render(Self.state(modal), size: size, context: Self.context).text()
            let name = "modal-\(modal)-\(size.width)x\(size.height)"
            #expect(Snapshot.mismatch(text, named: name) == nil, "\(name)")
        }
    }

    /// Issue 16's two other sizes for the help, the confirmation and the receipt (80×24 and 120×40 are above).
    @Test(arguments: ["help", "confirmation", "receipt"])
    func snapshotsAtTheIssueSizes(modal: String) {
        for size in [Size(width: 100, height: 30), Size(width: 200, height: 60)] {
            let text = MainScreen.render(Self.state(modal), size: size, context: Self.context).text()
            let name = "modal-\(modal)-\(size.width)x\(size.height)"
            #expect(Snapshot.mismatch(text, named: name) == nil, "\(name)")
        }
    }

    @Test(arguments: modals)
    func degenerateSizesDoNotCrash(modal: String) {
        for size in [Size(width: 0, height: 0), Size(width: 1, height: 1), Size(width: 60, height: 20), Size(width: 61, height: 21),
                     Size(width: 99, height: 29), Size(width: 300, height: 100)] {
            let screen = MainScreen.render(Self.state(modal), size: size, context: Self.context)
            #expect(MainScreenTests.problem(screen, size: size, marker: modal == "help" ? "Help" : "MINTED") == nil, "\(modal)")
        }
    }

    @Test func confirmationShowsTypeFeesPayLineAndLockLive() {
        var state = Self.state("confirmation")
        let text = MainScreen.render(state, size: Size(width: 120, height: 40), context: Self.context).text()
        for expected in ["Confirm BUY", "charge fee 1.75%", "31.10", "minting fee", "35.55", "storage fee 0.3%", "5.33", "VAT 5%", "3.60",
                         "you pay", "1,852.60 AED", "lock 03:21", "201 s left"] {
            #expect(text.contains(expected), "\(expected)")
        }
        state.now = state.now.addingTimeInterval(195)
        let later = MainScreen.render(state, size: Size(width: 120, height: 40), context: Self.context).text()
        #expect(later.contains("6 s left"))
        state.checkout.type = .sell
        #expect(MainScreen.render(state, size: Size(width: 120, height: 40), context: Self.context).text().contains("you receive"))
    }

    @Test func aConfirmationLeftOpenWhileShrinkingSaysTooSmall() {
        var state = Self.state("confirmation")
        let item = state.checkout.basket!.items[0]
        state.checkout.basket?.items = Array(repeating: item, count: 5)
        let roomy = MainScreen.render(state, size: Size(width: 80, height: 24), context: Self.context).text()
        #expect(roomy.contains("you pay"))
        let text = MainScreen.render(state, size: Size(width: 60, height: 20), context: Self.context).text()
        #expect(text.contains("Terminal too small for the confirmation"))
        #expect(!text.contains("you pay"))
    }

    @Test func privacyMasksBalancesAndPersonalData() {
        var state = Self.state("")
        state.privacy = true
        let text = MainScreen.render(state, size: Size(width: 120, height: 40), context: Self.context).text()
        #expect(!text.contains("Brant"))
        #expect(!text.contains("ea0982a7"))
        #expect(!text.contains("12.000 g"))
        #expect(!text.contains("6,965.88"))
        #expect(text.contains("•••"))
    }

    @Test func readOnlyIsInTheHeader() {
        var state = Self.state("")
        state.readOnly = true
        #expect(MainScreen.render(state, size: Size(width: 120, height: 40), context: Self.context).row(0).contains("READ-ONLY"))
    }

    @Test func turkishTextAndWideGlyphsLineUp() {
        var state = Self.state("address")
        state.market.products[0].name = "Altın 1 g — 金条 ₺"
        let screen = MainScreen.render(state, size: Size(width: 120, height: 40), context: Self.context)
        let layout = Layout(size: Size(width: 120, height: 40))!
        for y in 0..<40 {
            let row = screen.row(y)
            #expect(TextWidth.width(of: row) <= 120, "row \(y) overflows")
        }
        // The products pane's right border stays in its column on the row with wide glyphs.
        #expect(screen[x: layout.products.maxX - 1, y: layout.products.y + 2].text == "│")
    }

    @Test func theCustomerFormShowsEveryConstraintAndThe422MessagesBesideTheirFields() {
        let text = MainScreen.render(Self.state("customer-form"), size: Size(width: 120, height: 40), context: Self.context).text()
        for field in CustomerField.allCases {
            #expect(text.contains(field.label), "\(field.label)")
            #expect(text.contains(field.constraint), "\(field.constraint)")
        }
        let rows = text.components(separatedBy: "\n")
        let idRow = rows.firstIndex { $0.contains("External id") } ?? 0
        #expect(rows[idRow + 1].contains("✗ The external id has already been taken."))
        let nameRow = rows.firstIndex { $0.contains("First name") } ?? 0
        #expect(rows[nameRow + 1].contains("✗ The firstname field must be between 3 and 40 characters."))
        let small = MainScreen.render(Self.state("customer-form"), size: Size(width: 80, height: 24), context: Self.context).text()
        #expect(small.contains("✗ The external id has already been taken."))
    }

    /// A search inside an exchange: the title counts the matches, the hint says how to move between them.
    @Test func aSearchInAnExchangeIsCountedAndHighlighted() {
        var state = Self.state("inspector-detail")
        _ = AppReducer.reduce(into: &state, action: .inspector(.searchStarted))
        for character in "qty" { _ = AppReducer.reduce(into: &state, action: .characterTyped(character)) }
        let typing = MainScreen.render(state, size: Size(width: 120, height: 40), context: Self.context)
        #expect(typing.text().contains("/qty▏  Enter find · Esc clear"))
        _ = AppReducer.reduce(into: &state, action: .inspector(.confirmed))
        let found = MainScreen.render(state, size: Size(width: 120, height: 40), context: Self.context)
        #expect(found.text().contains("match 1 of "), "\(found.text())")
        #expect(found.text().contains("n next · N previous · Esc clear “qty”"))
        let row = (0..<40).first { found.row($0).contains("\"qty\"") } ?? 0
        let column = found.row(row).distance(from: found.row(row).startIndex, to: found.row(row).range(of: "qty")!.lowerBound)
        #expect(found[x: column, y: row].style != typing[x: column, y: row].style || found[x: column, y: row].style.attributes.contains(.reverse),
                "the match is highlighted")
    }

    @Test func theCustomerListMarksTheCurrentOneAndPrivacyMasksIt() {
        var state = Self.state("customers")
        let text = MainScreen.render(state, size: Size(width: 120, height: 40), context: Self.context).text()
        #expect(text.contains("● Brant Ankunding"))
        #expect(text.contains("qa-ayse-001"))
        #expect(text.contains("Enter switch · o open id · n new · e edit · D remove"))
        state.privacy = true
        let masked = MainScreen.render(state, size: Size(width: 120, height: 40), context: Self.context).text()
        #expect(!masked.contains("Ayşe") && !masked.contains("qa-ayse-001") && !masked.contains("Brant"))
        state.privacy = false
        state.readOnly = true
        let readOnly = MainScreen.render(state, size: Size(width: 120, height: 40), context: Self.context).text()
        #expect(readOnly.contains("Enter switch · o open id · Esc close"))
        state.roster.lookup = "qa-zeyn"
        state.roster.lookupPending = "qa-zeyn"
        let typing = MainScreen.render(state, size: Size(width: 120, height: 40), context: Self.context).text()
        #expect(typing.contains("open id: qa-zeyn▏  looking up…  Enter open · Esc cancel"))
    }
}
