import Foundation
import MintedAPI

/// A directory of recorded exchanges, one readable JSON file each (`0001-POST-partner_walletable_basket.json`), in
/// the order they were recorded.
public struct Cassette: Sendable, Equatable {
    /// Where the files are.
    public let directory: URL
    /// Every exchange, by sequence.
    public let entries: [CassetteEntry]

    /// The largest exchange file read; larger is refused rather than read into memory.
    static let fileLimit = 32 * 1024 * 1024
    /// The most exchanges a cassette holds.
    static let entryLimit = 100_000

    /// Reads every exchange file of `directory`; throws `CassetteFailure` naming the first file that does not read.
    public init(directory: URL) throws {
        self.directory = directory
        var entries: [CassetteEntry] = []
        for name in try Self.exchangeFiles(in: directory) {
            let url = directory.appendingPathComponent(name)
            guard entries.count < Self.entryLimit else {
                throw CassetteFailure(path: directory.path, reason: "more than \(Self.entryLimit) exchanges")
            }
            let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            guard size <= Self.fileLimit else {
                throw CassetteFailure(path: url.path, reason: "larger than \(Self.fileLimit / 1_048_576) MB")
            }
            do {
                entries.append(try JSONDecoder().decode(CassetteEntry.self, from: try Data(contentsOf: url)))
            } catch let error as DecodingError {
                throw CassetteFailure(path: url.path, reason: "not a recorded exchange: \(Self.reason(error))")
            } catch {
                throw CassetteFailure(path: url.path, reason: "unreadable: \(error.localizedDescription)")
            }
        }
        guard !entries.isEmpty else {
            throw CassetteFailure(path: directory.path, reason: "holds no recorded exchanges (NNNN-METHOD-path.json files)")
        }
        self.entries = entries.sorted { $0.sequence < $1.sequence }
    }

    /// The names of the exchange files in `directory` (`NNNN-….json`), by name.
    static func exchangeFiles(in directory: URL) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) else {
            throw CassetteFailure(path: directory.path, reason: "no such directory")
        }
        guard isDirectory.boolValue else { throw CassetteFailure(path: directory.path, reason: "not a directory") }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw CassetteFailure(path: directory.path, reason: "unreadable: \(error.localizedDescription)")
        }
        return names.filter { sequence(of: $0) != nil }.sorted()
    }

    /// The sequence numbers of the exchange files in `directory`, from their names.
    static func sequences(in directory: URL) throws -> [Int] {
        try exchangeFiles(in: directory).compactMap(sequence(of:))
    }

    /// `12` for `0012-GET-partner_walletable_products.json`; nil for any other name.
    static func sequence(of name: String) -> Int? {
        guard name.hasSuffix(".json"), !name.hasPrefix("."), let dash = name.firstIndex(of: "-") else { return nil }
        let digits = name[..<dash]
        guard (1...6).contains(digits.count), digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        return Int(digits)
    }

    /// An entry as its file holds it: pretty-printed, keys sorted, slashes as they are.
    static func encoded(_ entry: CassetteEntry) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(entry) + Data("\n".utf8)
    }

    /// A decoding error in words: the field and what is wrong with it.
    private static func reason(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, _): "\(key.stringValue) is missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            (context.codingPath.map(\.stringValue).joined(separator: ".") + " " + context.debugDescription)
                .trimmingCharacters(in: .whitespaces)
        @unknown default: "\(error)"
        }
    }

    /// The customer the recording used: the first `external_customer_id` in a request body or query.
    public var customer: String? {
        for entry in entries {
            if case .json(.object(let fields))? = entry.requestBody, case .string(let id)? = fields["external_customer_id"], !id.isEmpty {
                return id
            }
            let items = URLComponents(string: "?" + entry.query)?.queryItems ?? []
            if let id = items.first(where: { $0.name == "external_customer_id" })?.value, !id.isEmpty { return id }
        }
        return nil
    }
}
