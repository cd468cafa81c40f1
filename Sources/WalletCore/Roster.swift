import Foundation
import MintedAPI

/// The customers used before and their last shipping addresses, as the customer list (`u`) shows them and the
/// customer book keeps them; `CustomersFeature` owns it.
public struct Roster: Sendable, Equatable {
    /// The customers used before, in the order first used.
    public var customers: [KnownCustomer] = []
    /// The last shipping address used, by customer id.
    public var addresses: [String: Address] = [:]
    /// The cursor in the customer list.
    public var selection = 0
    /// The id typed after `o` in the list ("open by id"); nil when not typing one.
    public var lookup: String?
    /// The id whose Get Customer is out after Enter; it becomes current when the host knows it.
    public var lookupPending: String?
    /// True once the customer book was read; a book that could not be read is never written over.
    public var bookWritable = false

    public init() {}

    /// The customer under the cursor.
    public var selected: KnownCustomer? {
        customers.indices.contains(selection) ? customers[selection] : nil
    }

    /// The book as it stands.
    public var book: CustomerBook { CustomerBook(customers: customers, addresses: addresses) }
}
