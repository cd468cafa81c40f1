import ArgumentParser
import Foundation
import MintedAPI

/// `minted api …`: one call per command, the response's `data` as JSON on stdout, errors on stderr.
struct APICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "api",
        abstract: "Call one endpoint and print the response's data as JSON.",
        discussion: """
        Connection: --base-url/--username/--password, or MINTED_BASE_URL/MINTED_USERNAME/MINTED_PASSWORD, or the config \
        file. Exit status: 0 ok, 64 usage or configuration, 3 unauthorized, 4 validation (400/422), 5 not found, \
        6 conflict, 7 server error or rate limit, 8 network or timeout, 9 malformed response, \
        10 refused by the envelope (a success status with success false or a non-zero code), \
        73 the call succeeded but the --har file could not be written.
        """,
        subcommands: [
            APIProducts.self, APICustomer.self, APIBasket.self, APIComplete.self, APIOrders.self, APIReceipt.self,
            APIInvoice.self, APIBalance.self, APIRates.self, APIHistory.self, APIWebview.self, APIOpenAPI.self,
        ]
    )
}

/// Exit statuses of `minted api`, one per kind of failure.
enum APIExit: Int32 {
    case usage = 64, unauthorized = 3, validation = 4, notFound = 5, conflict = 6, server = 7, network = 8, malformed = 9, rejected = 10
    /// The call succeeded but the `--har` file could not be written (`EX_CANTCREAT`).
    case cannotCreate = 73

    init(_ error: APIError) {
        switch error {
        case .unauthorized: self = .unauthorized
        case .validation: self = .validation
        case .notFound: self = .notFound
        case .conflict: self = .conflict
        case .server, .rateLimited: self = .server
        case .http(let status, _): self = status == 400 || status == 413 ? .validation : (300..<400).contains(status) ? .usage : .server
        case .transport, .timeout, .cancelled: self = .network
        case .decoding: self = .malformed
        case .rejected: self = .rejected
        }
    }
}

/// Runs one endpoint for a command and prints the outcome.
enum APIRun {
    static func run<Response>(_ options: APIOptions, _ request: APIRequest<Response>) async throws {
        let connection = options.connection
        let config: ConfigFile
        do { config = try ConfigFile.load() } catch { fail("error: \(error)", .usage) }
        let remote: ConnectionOptions.Remote
        do {
            guard let resolved = try connection.remote(config: config) else {
                fail("""
                error: minted api needs a host: --base-url, MINTED_BASE_URL or base_url in \(ConfigFile.url.path).
                For the built-in sandbox, start `minted sandbox --port 8080` and use --base-url http://127.0.0.1:8080
                """, .usage)
            }
            remote = resolved
        } catch let error as ValidationError {
            fail("error: \(error.message)", .usage)
        }
        let client = MintedClient(configuration: remote.configuration)
        do {
            let data = try await client.raw(request)
            print(render(data))
            if let charges = charges(data) { FileHandle.standardError.write(Data((charges.summary + "\n").utf8)) }
            // The answer is printed first: a completed order must be seen even when the file cannot be written.
            if let unwritten = await options.writeHAR(client.log) { fail("error: \(unwritten)", .cannotCreate) }
        } catch let error as APIError {
            var message = "error: \(error.status.map { "HTTP \($0): " } ?? "")\(error.message)"
            if case .validation(_, let fields) = error {
                for field in fields.keys.sorted() {
                    for text in fields[field] ?? [] { message += "\n  \(field): \(text)" }
                }
            }
            if case .decoding(let path, let snippet) = error { message += "\n  at \(path): \(snippet)" }
            if case .rateLimited(let retryAfter?, _) = error { message += "\n  retry after \(retryAfter) s" }
            // The call's own failure decides the exit status; the HAR file is what shows why, so it is written too.
            if let unwritten = await options.writeHAR(client.log) { message += "\n\(unwritten)" }
            fail(message, APIExit(error))
        }
    }

    /// The charges of a basket, an order or a receipt in `data`, for the summary line on stderr (stdout stays JSON).
    static func charges(_ data: JSONValue?) -> Charges? {
        guard case .object(let fields)? = data, fields["paid_total"] != nil, fields["items"] != nil,
              let bytes = try? JSONEncoder().encode(data) else { return nil }
        if let basket = try? JSONDecoder().decode(Basket.self, from: bytes) { return Charges(basket) }
        return (try? JSONDecoder().decode(Receipt.self, from: bytes)).map { Charges($0) }
    }

    /// Pretty JSON with sorted keys; `null` for no data.
    static func render(_ value: JSONValue?) -> String {
        guard let value else { return "null" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    static func fail(_ message: String, _ exit: APIExit) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        Foundation.exit(exit.rawValue)
    }
}

/// A comma-separated list option, for example `--metal gold,silver`.
func commaList<T>(_ text: String?, _ parse: (String) -> T?) throws -> [T]? {
    guard let text else { return nil }
    var values: [T] = []
    for part in text.split(separator: ",") {
        let token = part.trimmingCharacters(in: .whitespaces)
        guard let value = parse(token) else { throw ValidationError("'\(token)' is not one of the allowed values") }
        values.append(value)
    }
    return values
}

struct APIProducts: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "products", abstract: "Get Products.")
    @OptionGroup var connection: APIOptions
    @Option(help: "Metals, comma-separated: gold,silver.") var metal: String?
    @Option(help: "Only deliverable (true) or only not (false).") var deliverable: Bool?
    @Option(parsing: .unconditional) var page: Int = 1
    @Option(parsing: .unconditional) var perPage: Int = 50

    func run() async throws {
        let metals = try commaList(metal, MetalType.init(rawValue:))
        try await APIRun.run(connection, .products(page: page, perPage: perPage, metals: metals, deliverable: deliverable))
    }
}

struct APIBalance: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "balance", abstract: "Balance / Wallet.")
    @OptionGroup var connection: APIOptions
    @Option(help: "Customer external id.") var customer: String
    @Option(help: "Metals, comma-separated.") var metal: String = "gold,silver"
    @Option var deliverable: Bool?

    func run() async throws {
        let metals = try commaList(metal, MetalType.init(rawValue:)) ?? MetalType.allCases
        try await APIRun.run(connection, .balance(customer: customer, metals: metals, deliverable: deliverable))
    }
}

struct APIRates: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rates", abstract: "Currency Rates.")
    @OptionGroup var connection: APIOptions
    func run() async throws { try await APIRun.run(connection, .currencyRates()) }
}

struct APIHistory: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "history", abstract: "Rate History.")
    @OptionGroup var connection: APIOptions
    @Option(help: "item_currency_id, e.g. 1000013.") var currency: Int
    @Option(help: "1d, 1w, 1m or 1y.") var period: String = "1d"

    func run() async throws {
        guard let span = RatePeriod(rawValue: period) else { throw ValidationError("--period must be 1d, 1w, 1m or 1y") }
        try await APIRun.run(connection, .rateHistory(currencyId: currency, period: span))
    }
}

struct APIReceipt: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "receipt", abstract: "Receipt of a completed order.")
    @OptionGroup var connection: APIOptions
    @Option var customer: String
    @Option(help: "The order's guid.") var guid: String
    func run() async throws { try await APIRun.run(connection, .receipt(customer: customer, guid: guid)) }
}

struct APIInvoice: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "invoice", abstract: "Get Order Invoice.")
    @OptionGroup var connection: APIOptions
    @Argument(help: "The external order id.") var order: String
    func run() async throws { try await APIRun.run(connection, .invoice(orderId: order)) }
}

struct APIOrders: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "orders", abstract: "Get Orders, with filters and paging.")
    @OptionGroup var connection: APIOptions
    @Option var customer: String?
    @Option(help: "Types, comma-separated: buy,sell,delivery.") var type: String?
    @Option(help: "Status ids, comma-separated (1 Created … 12 Payment Confirmed).") var status: String?
    @Option(help: "Start date, YYYY-MM-DD.") var from: String?
    @Option(help: "End date, YYYY-MM-DD.") var to: String?
    @Option var orderId: String?
    @Option var sortBy: String?
    @Option(help: "asc or desc.") var sort: String?
    @Option(parsing: .unconditional) var page: Int = 1
    @Option(parsing: .unconditional) var perPage: Int = 20

    func run() async throws {
        let query = OrderQuery(
            page: page, perPage: perPage, sortBy: sortBy, sortType: sort,
            statusIds: try commaList(status) { Int($0) } ?? [], startDate: from, endDate: to,
            types: try commaList(type, BasketType.init(rawValue:)) ?? [], customerExternalId: customer, orderId: orderId
        )
        try await APIRun.run(connection, .orders(query))
    }
}
