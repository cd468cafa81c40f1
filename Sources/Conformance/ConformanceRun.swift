import Foundation
import MintedAPI

/// `minted conformance`: walks the API against a host and checks every answer against the OpenAPI document built into
/// the binary and against the model's invariants (fees to the cent, `paid_total`, payment, price lock, pagination,
/// statuses, error envelopes). Read-only unless `write` is set.
public struct ConformanceRun: Sendable {
    /// What the walk reads and whether it writes.
    public struct Options: Sendable, Equatable {
        /// The existing customer whose wallet, baskets and orders are read; nil: those reads are skipped.
        public var customer: String?
        /// Also buy, sell and deliver for a test customer the run creates (and removes at the end).
        public var write: Bool
        /// Page size used to walk paginated lists, small so that pagination is exercised.
        public var pageSize: Int
        /// Pages read at most per list.
        public var maxPages: Int

        /// Options; the page size is kept within 1…100 and pages within 1…50.
        public init(customer: String?, write: Bool = false, pageSize: Int = 3, maxPages: Int = 10) {
            self.customer = customer
            self.write = write
            self.pageSize = min(max(pageSize, 1), 100)
            self.maxPages = min(max(maxPages, 1), 50)
        }
    }

    /// The host, with its credentials.
    public let client: MintedClient
    /// The document answers are checked against.
    public let contract: OpenAPIContract
    /// What is read and written.
    public let options: Options

    /// A run of `client` against `contract` (the built-in document by default).
    public init(client: MintedClient, contract: OpenAPIContract, options: Options) {
        self.client = client
        self.contract = contract
        self.options = options
    }

    /// Walks the host. Throws `ConformanceError` only when the host cannot be walked at all.
    public func run() async throws(ConformanceError) -> ConformanceReport {
        let walk = ConformanceWalk(client: client, contract: contract, options: options)
        try await walk.readAll()
        if options.write { try await walk.writeAll() }
        return ConformanceReport(
            host: client.configuration.baseURL.absoluteString, wrote: options.write, calls: walk.checks.calls,
            groups: walk.checks.groups, notes: walk.notes
        )
    }
}
