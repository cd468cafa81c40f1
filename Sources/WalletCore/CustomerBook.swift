import Foundation
import MintedAPI

/// A customer used before: the id and the name last seen.
public struct KnownCustomer: Codable, Sendable, Equatable {
    public var externalId: String
    public var name: String?

    public init(externalId: String, name: String? = nil) {
        self.externalId = externalId
        self.name = name
    }

    enum CodingKeys: String, CodingKey {
        case externalId = "external_id", name
    }
}

/// What is remembered across restarts for one API host: the customers used, and the last shipping address of each.
public struct CustomerBook: Codable, Sendable, Equatable {
    public var customers: [KnownCustomer]
    public var addresses: [String: Address]

    public init(customers: [KnownCustomer] = [], addresses: [String: Address] = [:]) {
        self.customers = customers
        self.addresses = addresses
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        customers = try container.decodeIfPresent([KnownCustomer].self, forKey: .customers) ?? []
        addresses = try container.decodeIfPresent([String: Address].self, forKey: .addresses) ?? [:]
    }

    /// This book with `other`'s customers and addresses added; this book's entries win.
    public func merged(over other: CustomerBook) -> CustomerBook {
        var customers = other.customers
        for customer in self.customers {
            if let index = customers.firstIndex(where: { $0.externalId == customer.externalId }) {
                if customer.name != nil { customers[index].name = customer.name }
            } else {
                customers.append(customer)
            }
        }
        return CustomerBook(customers: customers, addresses: other.addresses.merging(addresses) { _, mine in mine })
    }
}

/// Where the customer book lives; the store runs these for `Effect.loadCustomerBook` / `.saveCustomerBook`.
public struct CustomerBookStorage: Sendable {
    public var load: @Sendable () throws -> CustomerBook
    public var save: @Sendable (CustomerBook) throws -> Void

    public init(load: @escaping @Sendable () throws -> CustomerBook, save: @escaping @Sendable (CustomerBook) throws -> Void) {
        self.load = load
        self.save = save
    }

    /// Nothing is remembered: an empty book, and saves go nowhere.
    public static let none = CustomerBookStorage(load: { CustomerBook() }, save: { _ in })

    /// `url` (`$XDG_DATA_HOME/minted/customers.json`), one book per `scope` (the API host, or `sandbox`); written
    /// atomically with only this scope replaced. A missing file is an empty book; a damaged one is an error and is
    /// never overwritten (the reducer stops saving after a failed load).
    public static func file(_ url: URL, scope: String) -> CustomerBookStorage {
        CustomerBookStorage(
            load: {
                PrivateFile(url: url).removeStaleTemporaries()
                guard FileManager.default.fileExists(atPath: url.path) else { return CustomerBook() }
                return try CustomerBookFile.read(url).scopes[scope] ?? CustomerBook()
            },
            save: { book in
                var file = FileManager.default.fileExists(atPath: url.path) ? try CustomerBookFile.read(url) : CustomerBookFile()
                file.scopes[scope] = book
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                // 0600 in a 0700 directory: the book holds customers' names, phones and addresses.
                try PrivateFile(url: url).write(encoder.encode(file))
            }
        )
    }
}

/// The file's shape: `{"version": 1, "scopes": {"sandbox": {"customers": […], "addresses": {…}}}}`.
struct CustomerBookFile: Codable, Sendable {
    var version = 1
    var scopes: [String: CustomerBook] = [:]

    static func read(_ url: URL) throws -> CustomerBookFile {
        let data = try Data(contentsOf: url)
        let file: CustomerBookFile
        do {
            file = try JSONDecoder().decode(CustomerBookFile.self, from: data)
        } catch {
            throw CustomerBookError(message: "\(url.path) is damaged: \(error.localizedDescription)")
        }
        guard file.version == 1 else { throw CustomerBookError(message: "\(url.path) has version \(file.version), expected 1") }
        return file
    }
}

/// Why the customer book could not be read or written.
public struct CustomerBookError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
