import TerminalKit
import WalletCore

/// Every key table, one per `InputMode`; the help overlay and the footer are drawn from these (ARCHITECTURE.md, "Add a key").
extension Keymap {
    /// `Ctrl-C` quits from anywhere; `q` quits from the main screen and closes an overlay, as in `less` and k9s.
    static let quit = KeyBinding([.control("c")], .quitRequested, summary: "quit (the terminal is restored)")
    /// Works in every table: the screen and the last exchanges to a file.
    static let dump = KeyBinding([.control("s")], .screenDumpRequested, summary: "save the screen, your calls and all failures to a file")
    /// A move longer than any list: to its first or last row.
    static let wholeList = 1_000_000

    /// The main screen's keys.
    public static let standard = Keymap(bindings: [
        KeyBinding([.character("?")], .helpToggled, hint: "? help", summary: "help (this overlay)"),
        KeyBinding([.character("a")], .basket(.addRequested), hint: "a add", summary: "add the selected product (asks for a quantity)"),
        KeyBinding([.enter], .focusedRowChosen, summary: "in the products pane: add the selected product"),
        KeyBinding([.character("+"), .character("=")], .basket(.quantityStepped(by: 1)), hint: "+/- qty", summary: "one more of the selected basket line"),
        KeyBinding([.character("-")], .basket(.quantityStepped(by: -1)), summary: "one less of the selected basket line (0 removes it)"),
        KeyBinding([.character("x")], .basket(.lineRemovalRequested), summary: "remove the selected basket line"),
        KeyBinding([.character("X")], .basket(.clearRequested), summary: "clear the basket (asks first)"),
        KeyBinding([.character("c")], .basket(.completionRequested), hint: "c complete", summary: "complete the basket (confirmation)"),
        KeyBinding([.character("b")], .basket(.typeChosen(.buy)), hint: "b/s/d type", summary: "buy basket"),
        KeyBinding([.character("s")], .basket(.typeChosen(.sell)), summary: "sell basket"),
        KeyBinding([.character("d")], .basket(.typeChosen(.delivery)), summary: "delivery basket (asks for an address)"),
        KeyBinding([.character("o")], .orders(.opened), hint: "o orders", summary: "orders (Enter opens the receipt)"),
        KeyBinding([.character("u")], .customers(.listRequested), hint: "u customer", summary: "customers: switch, create, edit, remove"),
        KeyBinding([.character("i")], .inspector(.opened), hint: "i inspector", summary: "HTTP inspector: exchanges, headers, bodies, curl"),
        KeyBinding([.character("f")], .faults(.opened), hint: "f faults", summary: "sandbox faults: latency, errors, lock expiry, spike"),
        KeyBinding([.character("m")], .messagesOpened, hint: "m messages", summary: "message log: every message and failure, timed"),
        KeyBinding([.character("W")], .webview(.opened), summary: "embedded webview: bearer token, its basket, complete"),
        KeyBinding([.escape], .modalDismissed, summary: "clear the footer's message (the log keeps it)"),
        KeyBinding([.control("s")], .screenDumpRequested, summary: "save the screen, your calls and all failures to a file"),
        KeyBinding([.tab], .focusAdvanced, summary: "focus the next pane"),
        KeyBinding([.backTab], .focusRetreated, summary: "focus the previous pane"),
        KeyBinding([.character("1")], .paneChosen(.products), summary: "products pane"),
        KeyBinding([.character("2")], .paneChosen(.basket), summary: "basket pane"),
        KeyBinding([.character("3")], .paneChosen(.wallet), summary: "wallet pane"),
        KeyBinding([.character("4")], .paneChosen(.rates), summary: "rates pane"),
        KeyBinding([.up, .character("k")], .selectionMoved(by: -1), summary: "move up in the focused list"),
        KeyBinding([.down, .character("j")], .selectionMoved(by: 1), summary: "move down in the focused list"),
        KeyBinding([.pageUp], .selectionMoved(by: -10), summary: "ten up"),
        KeyBinding([.pageDown], .selectionMoved(by: 10), summary: "ten down"),
        KeyBinding([.character("g"), .home], .selectionMoved(by: -Keymap.wholeList), summary: "first in the focused list"),
        KeyBinding([.character("G"), .end], .selectionMoved(by: Keymap.wholeList), summary: "last in the focused list"),
        KeyBinding([.character("[")], .market(.rangeStepped(by: -1)), summary: "shorter rate history range"),
        KeyBinding([.character("]")], .market(.rangeStepped(by: 1)), summary: "longer rate history range"),
        KeyBinding([.character("R"), .character("r")], .refreshRequested, summary: "refresh everything"),
        KeyBinding([.character("p")], .privacyToggled, summary: "mask balances and personal data"),
        KeyBinding([.character("t")], .themeCycled, summary: "next theme"),
        KeyBinding([.character("q"), .control("c")], .quitRequested, hint: "q quit", summary: "quit (the terminal is restored)"),
    ])

    /// The help overlay's keys.
    public static let help = Keymap(title: "help", bindings: [
        KeyBinding([.character("?"), .escape, .character("q")], .helpToggled, hint: "?/Esc/q close", summary: "close help"),
        KeyBinding([.up, .character("k")], .selectionMoved(by: -1), hint: "↑↓ scroll", summary: "scroll up (a narrow terminal shows one column)"),
        KeyBinding([.down, .character("j")], .selectionMoved(by: 1), summary: "scroll down"),
        KeyBinding([.pageUp], .selectionMoved(by: -10), summary: "ten lines up"),
        KeyBinding([.pageDown, .character(" ")], .selectionMoved(by: 10), summary: "ten lines down"),
        quit,
        dump,
    ])

    /// The quantity modal: digits type, Enter adds, Esc cancels.
    public static let quantity = Keymap(title: "quantity", bindings: [
        KeyBinding([.enter], .modalConfirmed, hint: "Enter add", summary: "add this many"),
        KeyBinding([.escape], .modalDismissed, hint: "Esc cancel", summary: "cancel"),
        KeyBinding([.backspace, .delete], .characterDeleted, hint: "0-9 quantity", summary: "delete a digit (digits type)"),
        KeyBinding([.control("u"), .control("w")], .textErased(.field), summary: "clear the quantity"),
        quit,
        dump,
    ], acceptsText: true)

    /// "Clear the basket?".
    public static let clearConfirmation = Keymap(title: "clear basket", bindings: [
        KeyBinding([.character("y"), .enter], .modalConfirmed, hint: "y clear", summary: "yes, clear the basket"),
        KeyBinding([.character("n"), .escape], .modalDismissed, hint: "n/Esc keep", summary: "no, keep it"),
        KeyBinding([.character("?")], .helpToggled, summary: "help"),
        quit,
        dump,
    ])

    /// The complete confirmation.
    public static let confirmation = Keymap(title: "confirmation", bindings: [
        KeyBinding([.enter], .modalConfirmed, hint: "Enter confirm", summary: "complete the basket now"),
        KeyBinding([.escape], .modalDismissed, hint: "Esc cancel", summary: "cancel"),
        KeyBinding([.character("?")], .helpToggled, summary: "help"),
        quit,
        dump,
    ])

    /// The delivery address form: text types into the focused field.
    public static let address = Keymap(title: "shipping address", bindings: [
        KeyBinding([.tab, .down], .fieldMoved(by: 1), hint: "Tab/↓ next", summary: "next field"),
        KeyBinding([.backTab, .up], .fieldMoved(by: -1), hint: "↑ previous", summary: "previous field"),
        KeyBinding([.enter], .modalConfirmed, hint: "Enter continue", summary: "check the address and go on to the confirmation"),
        KeyBinding([.escape], .modalDismissed, hint: "Esc cancel", summary: "cancel"),
        KeyBinding([.backspace], .characterDeleted, summary: "delete the character before the cursor"),
        KeyBinding([.delete], .textErased(.forward), summary: "delete the character under the cursor"),
        KeyBinding([.left], .caretMoved(.left), summary: "cursor left"),
        KeyBinding([.right], .caretMoved(.right), summary: "cursor right"),
        KeyBinding([.home], .caretMoved(.home), summary: "cursor to the start of the field"),
        KeyBinding([.end], .caretMoved(.end), summary: "cursor to the end of the field"),
        KeyBinding([.control("w")], .textErased(.word), summary: "delete the word before the cursor"),
        KeyBinding([.control("u")], .textErased(.field), summary: "delete everything before the cursor"),
        KeyBinding([.control("x")], .addressSentAnyway, summary: "send as typed, even if minted would refuse it (to see the host's 422)"),
        quit,
        dump,
    ], acceptsText: true)

    /// The receipt.
    public static let receipt = Keymap(title: "receipt", bindings: [
        KeyBinding([.escape, .enter, .character("q")], .modalDismissed, hint: "Esc/q close", summary: "close the receipt"),
        KeyBinding([.character("v")], .invoiceRequested, hint: "v invoice", summary: "fetch the order's invoice (guid, order code, url)"),
        KeyBinding([.character("y")], .receiptCopyRequested, hint: "y copy", summary: "copy the receipt as text (OSC 52, works over SSH)"),
        KeyBinding([.character("?")], .helpToggled, summary: "help"),
        quit,
        dump,
    ])

    /// The order list.
    public static let orders = Keymap(title: "orders", bindings: [
        KeyBinding([.enter], .orders(.orderChosen), hint: "Enter receipt", summary: "open the selected order's receipt"),
        KeyBinding([.up, .character("k")], .orders(.moved(by: -1)), summary: "previous order"),
        KeyBinding([.down, .character("j")], .orders(.moved(by: 1)), summary: "next order"),
        KeyBinding([.character("g"), .home], .orders(.moved(by: -Keymap.wholeList)), summary: "first order on the page"),
        KeyBinding([.character("G"), .end], .orders(.moved(by: Keymap.wholeList)), summary: "last order on the page"),
        KeyBinding([.pageUp, .character("[")], .orders(.pageStepped(by: -1)), hint: "[ ] page", summary: "previous page"),
        KeyBinding([.pageDown, .character("]")], .orders(.pageStepped(by: 1)), summary: "next page"),
        KeyBinding([.character("b")], .orders(.typeToggled(.buy)), hint: "b/s/d type", summary: "show or hide buy orders"),
        KeyBinding([.character("s")], .orders(.typeToggled(.sell)), summary: "show or hide sell orders"),
        KeyBinding([.character("d")], .orders(.typeToggled(.delivery)), summary: "show or hide delivery orders"),
        KeyBinding([.character("f")], .orders(.statusCycled), hint: "f status", summary: "status: any, Completed, Preparing, Packed, Shipped"),
        KeyBinding([.character("r")], .orders(.rangeCycled), hint: "r dates", summary: "dates: all time, last 24 h, last 7 days, last 30 days"),
        KeyBinding([.character("S")], .orders(.sortToggled), hint: "S sort", summary: "newest first / oldest first"),
        KeyBinding([.escape, .character("q")], .modalDismissed, hint: "Esc/q close", summary: "close the order list"),
        KeyBinding([.character("?")], .helpToggled, summary: "help"),
        quit,
        dump,
    ])

    /// The customer list.
    public static let customers = Keymap(title: "customers", bindings: [
        KeyBinding([.enter], .modalConfirmed, hint: "Enter switch", summary: "switch to the selected customer (basket and wallet reload)"),
        KeyBinding([.up, .character("k")], .selectionMoved(by: -1), hint: "↑↓ move", summary: "previous customer"),
        KeyBinding([.down, .character("j")], .selectionMoved(by: 1), summary: "next customer"),
        KeyBinding([.character("g"), .home], .selectionMoved(by: -Keymap.wholeList), summary: "first customer"),
        KeyBinding([.character("G"), .end], .selectionMoved(by: Keymap.wholeList), summary: "last customer"),
        KeyBinding([.character("n")], .customers(.creationRequested), hint: "n new", summary: "create a customer (a form with the API's rules)"),
        KeyBinding([.character("e")], .customers(.editRequested), hint: "e edit", summary: "edit the selected customer"),
        KeyBinding([.character("D")], .customers(.removalRequested), hint: "D remove", summary: "remove the selected customer (asks first; not the one in use)"),
        KeyBinding([.character("o")], .customers(.lookupStarted), hint: "o open id", summary: "open any customer the host has by external id (Get Customer, then switch)"),
        KeyBinding([.escape, .character("q")], .modalDismissed, hint: "Esc/q close", summary: "close the customer list"),
        KeyBinding([.character("?")], .helpToggled, summary: "help"),
        quit,
        dump,
    ])

    /// The create / edit customer form: text types into the focused field.
    public static let customerForm = Keymap(title: "customer form", bindings: [
        KeyBinding([.tab, .down], .fieldMoved(by: 1), hint: "Tab/↓ next", summary: "next field"),
        KeyBinding([.backTab, .up], .fieldMoved(by: -1), hint: "↑ previous", summary: "previous field"),
        KeyBinding([.enter], .modalConfirmed, hint: "Enter save", summary: "send the customer to the API (create or update)"),
        KeyBinding([.escape], .modalDismissed, hint: "Esc back", summary: "back to the customer list, nothing sent"),
        KeyBinding([.backspace], .characterDeleted, summary: "delete the character before the cursor"),
        KeyBinding([.delete], .textErased(.forward), summary: "delete the character under the cursor"),
        KeyBinding([.left], .caretMoved(.left), summary: "cursor left"),
        KeyBinding([.right], .caretMoved(.right), summary: "cursor right"),
        KeyBinding([.home], .caretMoved(.home), summary: "cursor to the start of the field"),
        KeyBinding([.end], .caretMoved(.end), summary: "cursor to the end of the field"),
        KeyBinding([.control("w")], .textErased(.word), summary: "delete the word before the cursor"),
        KeyBinding([.control("u")], .textErased(.field), summary: "delete everything before the cursor"),
        quit,
        dump,
    ], acceptsText: true)

    /// "Remove this customer?".
    public static let customerRemoval = Keymap(title: "remove customer", bindings: [
        KeyBinding([.character("y"), .enter], .modalConfirmed, hint: "y remove", summary: "yes, remove the customer"),
        KeyBinding([.character("n"), .escape], .modalDismissed, hint: "n/Esc keep", summary: "no, keep them"),
        KeyBinding([.character("?")], .helpToggled, summary: "help"),
        quit,
        dump,
    ])

    /// The HTTP inspector's list.
    public static let inspector = Keymap(title: "HTTP inspector", bindings: [
        KeyBinding([.enter], .inspector(.confirmed), hint: "Enter detail", summary: "headers, bodies and timing of the selected exchange"),
        KeyBinding([.up, .character("k")], .inspector(.moved(by: -1)), hint: "↑↓ move", summary: "newer exchange (moving pauses the list)"),
        KeyBinding([.down, .character("j")], .inspector(.moved(by: 1)), summary: "older exchange (moving pauses the list)"),
        KeyBinding([.pageUp], .inspector(.moved(by: -10)), summary: "ten newer"),
        KeyBinding([.pageDown], .inspector(.moved(by: 10)), summary: "ten older"),
        KeyBinding([.character("g"), .home], .inspector(.moved(by: -Keymap.wholeList)), summary: "newest exchange (pauses the list)"),
        KeyBinding([.character("G"), .end], .inspector(.moved(by: Keymap.wholeList)), summary: "oldest exchange kept"),
        KeyBinding([.character(" ")], .inspector(.followToggled), hint: "Space follow/pause", summary: "follow the newest exchange, or pause the list"),
        KeyBinding([.character("h")], .inspector(.pollsToggled), hint: "h polls", summary: "hide or show the background polls (rates, history)"),
        KeyBinding([.character("/")], .inspector(.filterStarted), hint: "/ filter", summary: "filter: 422, 4xx, post, basket, fail, poll; -word or !word excludes"),
        KeyBinding([.character("y")], .inspector(.copyRequested), hint: "y curl", summary: "copy as curl that runs as is (status shown, non-zero exit on 4xx/5xx) through OSC 52"),
        KeyBinding([.character("w")], .inspector(.writeRequested), hint: "w write", summary: "write the exchange in full to a file in the data directory"),
        KeyBinding([.character("H")], .inspector(.harExportRequested), hint: "H har", summary: "export every exchange kept as a HAR 1.2 file (dev tools, Postman)"),
        KeyBinding([.escape, .character("q")], .inspector(.dismissed), hint: "Esc/q close", summary: "close the inspector"),
        KeyBinding([.character("?")], .helpToggled, summary: "help"),
        quit,
        dump,
    ])

    /// Typing a customer's external id to open (`o` in the customer list).
    public static let customerLookup = Keymap(title: "open customer by id", bindings: [
        KeyBinding([.enter], .customers(.lookupSubmitted), hint: "Enter open", summary: "look the id up (Get Customer) and switch to them"),
        KeyBinding([.escape], .customers(.lookupCancelled), hint: "Esc cancel", summary: "back to the list"),
        KeyBinding([.backspace, .delete], .characterDeleted, summary: "delete a character"),
        KeyBinding([.control("w")], .textErased(.word), summary: "delete the last word"),
        KeyBinding([.control("u")], .textErased(.field), summary: "clear the id"),
        quit,
        dump,
    ], acceptsText: true)

    /// Typing the inspector's filter.
    public static let inspectorFilter = Keymap(title: "inspector filter", bindings: [
        KeyBinding([.enter], .inspector(.confirmed), hint: "Enter keep", summary: "keep the filter and go back to the list"),
        KeyBinding([.escape], .inspector(.dismissed), hint: "Esc clear", summary: "clear the filter"),
        KeyBinding([.backspace, .delete], .inspector(.filterErased), hint: "422 4xx post basket fail", summary: "delete a character"),
        quit,
        dump,
    ], acceptsText: true)

    /// Typing a search inside an exchange's detail.
    public static let exchangeSearch = Keymap(title: "search the exchange", bindings: [
        KeyBinding([.enter], .inspector(.confirmed), hint: "Enter find", summary: "go to the first match; then n / N go from match to match"),
        KeyBinding([.escape], .inspector(.dismissed), hint: "Esc clear", summary: "clear the search"),
        KeyBinding([.backspace, .delete], .inspector(.searchErased), summary: "delete a character"),
        quit,
        dump,
    ], acceptsText: true)

    /// One exchange in full.
    public static let exchangeDetail = Keymap(title: "exchange", bindings: [
        KeyBinding([.up, .character("k")], .inspector(.moved(by: -1)), hint: "↑↓ scroll", summary: "scroll up"),
        KeyBinding([.down, .character("j")], .inspector(.moved(by: 1)), summary: "scroll down"),
        KeyBinding([.pageUp], .inspector(.moved(by: -10)), summary: "ten lines up"),
        KeyBinding([.pageDown, .character(" ")], .inspector(.moved(by: 10)), summary: "ten lines down"),
        KeyBinding([.character("g"), .home], .inspector(.moved(by: -Keymap.wholeList)), summary: "top"),
        KeyBinding([.character("G"), .end], .inspector(.moved(by: Keymap.wholeList)), summary: "bottom"),
        KeyBinding([.character("y")], .inspector(.copyRequested), hint: "y curl", summary: "copy as curl that runs as is (status shown, non-zero exit on 4xx/5xx) through OSC 52"),
        KeyBinding([.character("w")], .inspector(.writeRequested), hint: "w write", summary: "write the exchange in full to a file in the data directory"),
        KeyBinding([.character("H")], .inspector(.harExportRequested), hint: "H har", summary: "export every exchange kept as a HAR 1.2 file (dev tools, Postman)"),
        KeyBinding([.character("/")], .inspector(.searchStarted), hint: "/ search", summary: "search this exchange (headers, bodies, curl); n / N next and previous match"),
        KeyBinding([.character("r")], .inspector(.replayRequested), hint: "r re-send", summary: "send it again as it was (fresh Digest; a new row; --readonly refuses writes)"),
        KeyBinding([.character("e")], .inspector(.editRequested), hint: "e edit", summary: "edit its body in $VISUAL / $EDITOR, then send the edit"),
        KeyBinding([.character("n")], .inspector(.searchStepped(by: 1)), summary: "next match"),
        KeyBinding([.character("N")], .inspector(.searchStepped(by: -1)), summary: "previous match"),
        KeyBinding([.escape, .enter, .character("q")], .inspector(.dismissed), hint: "Esc/q back", summary: "back to the list (Esc clears a search first)"),
        KeyBinding([.character("?")], .helpToggled, summary: "help"),
        quit,
        dump,
    ])

    /// The message log.
    public static let messages = Keymap(title: "messages", bindings: [
        KeyBinding([.up, .character("k")], .selectionMoved(by: -1), hint: "↑↓ scroll", summary: "newer messages"),
        KeyBinding([.down, .character("j")], .selectionMoved(by: 1), summary: "older messages"),
        KeyBinding([.pageUp], .selectionMoved(by: -10), summary: "ten newer"),
        KeyBinding([.pageDown, .character(" ")], .selectionMoved(by: 10), summary: "ten older"),
        KeyBinding([.character("g"), .home], .selectionMoved(by: -Keymap.wholeList), summary: "newest"),
        KeyBinding([.character("G"), .end], .selectionMoved(by: Keymap.wholeList), summary: "oldest kept"),
        KeyBinding([.escape, .character("q"), .character("m")], .modalDismissed, hint: "Esc/q close", summary: "close the message log"),
        KeyBinding([.character("?")], .helpToggled, summary: "help"),
        quit,
        dump,
    ])

    /// The sandbox's faults and scenarios.
    public static let faults = Keymap(title: "faults", bindings: [
        KeyBinding([.up, .character("k")], .faults(.moved(by: -1)), hint: "↑↓ row", summary: "previous row"),
        KeyBinding([.down, .character("j")], .faults(.moved(by: 1)), summary: "next row"),
        KeyBinding([.right, .character("+"), .character("l")], .faults(.adjusted(by: 1)), hint: "←→ change", summary: "next value (sent to the sandbox at once)"),
        KeyBinding([.left, .character("-"), .character("h")], .faults(.adjusted(by: -1)), summary: "previous value"),
        KeyBinding([.enter], .faults(.rowConfirmed), hint: "Enter run", summary: "run the scenario (expire lock, spike, clear), or next value"),
        KeyBinding([.character("0")], .faults(.cleared), hint: "0 all off", summary: "every fault off"),
        KeyBinding([.escape, .character("q")], .modalDismissed, hint: "Esc/q close", summary: "close (faults stay on; the header lists them)"),
        KeyBinding([.character("?")], .helpToggled, summary: "help"),
        quit,
        dump,
    ])

    /// The embedded webview.
    public static let webview = Keymap(title: "embedded webview", bindings: [
        KeyBinding([.character("c"), .enter], .webview(.completionRequested), hint: "c complete", summary: "complete the webview's basket with the bearer token (asks y/n)"),
        KeyBinding([.character("r")], .webview(.refreshRequested), hint: "r refresh", summary: "read the webview's basket again (a new token when it is about to expire)"),
        KeyBinding([.character("s")], .webview(.scenarioRequested), hint: "s seed 000", summary: "sandbox only: load seed 000's basket (John Due, TRY) and view it as the webview"),
        KeyBinding([.escape, .character("q")], .webview(.dismissed), hint: "Esc/q close", summary: "close the webview"),
        KeyBinding([.character("?")], .helpToggled, summary: "help"),
        quit,
        dump,
    ])

    /// "Complete the webview's basket?".
    public static let webviewConfirmation = Keymap(title: "complete webview basket", bindings: [
        KeyBinding([.character("y"), .enter], .webview(.completionConfirmed), hint: "y complete", summary: "yes, complete it now (sent once)"),
        KeyBinding([.character("n"), .escape], .webview(.completionCancelled), hint: "n/Esc keep", summary: "no, keep the basket open"),
        KeyBinding([.character("?")], .helpToggled, summary: "help"),
        quit,
        dump,
    ])
}
