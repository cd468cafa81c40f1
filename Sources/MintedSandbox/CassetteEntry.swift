import Foundation
import MintedAPI

/// One recorded exchange, one file of a cassette: what was asked (method, path, query, body) and what the host
/// answered (status, the headers worth keeping, body), with every secret removed before it is written.
public struct CassetteEntry: Sendable, Equatable {
    /// The order it was recorded in, from 1; the file name starts with it.
    public var sequence: Int
    public var method: String
    public var path: String
    /// Percent-encoded, without the `?`; empty for none.
    public var query: String
    public var requestBody: CassetteBody?
    public var status: Int
    /// Lower-case names, only `CassetteAnswer.keptHeaders`.
    public var responseHeaders: [String: String]
    public var responseBody: CassetteBody?
    /// When the host answered; informative, never compared.
    public var recordedAt: Date?

    public init(sequence: Int, method: String, path: String, query: String, requestBody: CassetteBody?, status: Int,
                responseHeaders: [String: String], responseBody: CassetteBody?, recordedAt: Date? = nil) {
        self.sequence = sequence
        self.method = method.uppercased()
        self.path = path
        self.query = query
        self.requestBody = requestBody
        self.status = status
        self.responseHeaders = responseHeaders
        self.responseBody = responseBody
        self.recordedAt = recordedAt
    }

    /// `0001-POST-partner_walletable_basket.json`: the sequence, the method and the path, safe in any file system.
    public var fileName: String {
        let number = String(sequence)
        let padded = String(repeating: "0", count: max(0, 4 - number.count)) + number
        let safe = path.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "-") ? Character(scalar) : "_"
        }
        let name = String(String(safe).trimmingCharacters(in: CharacterSet(charactersIn: "_")).prefix(80))
        return "\(padded)-\(method)-\(name.isEmpty ? "root" : name).json"
    }

    /// The answer it replays.
    var answer: CassetteAnswer {
        var headers = responseHeaders
        if headers["content-type"] == nil, case .json = responseBody { headers["content-type"] = "application/json" }
        return CassetteAnswer(status: status, headers: headers, body: responseBody?.data ?? Data())
    }
}

extension CassetteEntry: Codable {
    enum CodingKeys: String, CodingKey {
        case sequence, method, path, query, status
        case recordedAt = "recorded_at"
        case requestBody = "request_body", requestText = "request_text"
        case responseHeaders = "response_headers"
        case responseBody = "response_body", responseText = "response_text"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        sequence = try c.decode(Int.self, forKey: .sequence)
        method = try c.decode(String.self, forKey: .method).uppercased()
        path = try c.decode(String.self, forKey: .path)
        query = try c.decodeIfPresent(String.self, forKey: .query) ?? ""
        status = try c.decode(Int.self, forKey: .status)
        guard (100...599).contains(status) else {
            throw DecodingError.dataCorruptedError(forKey: .status, in: c, debugDescription: "status \(status) is not 100…599")
        }
        guard sequence >= 0 else {
            throw DecodingError.dataCorruptedError(forKey: .sequence, in: c, debugDescription: "sequence \(sequence) is negative")
        }
        guard path.hasPrefix("/") else {
            throw DecodingError.dataCorruptedError(forKey: .path, in: c, debugDescription: "path must start with /")
        }
        responseHeaders = try c.decodeIfPresent([String: String].self, forKey: .responseHeaders) ?? [:]
        recordedAt = try c.decodeIfPresent(String.self, forKey: .recordedAt).flatMap { try? Date($0, strategy: .iso8601) }
        requestBody = try Self.body(c, json: .requestBody, text: .requestText)
        responseBody = try Self.body(c, json: .responseBody, text: .responseText)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(sequence, forKey: .sequence)
        try c.encode(method, forKey: .method)
        try c.encode(path, forKey: .path)
        try c.encode(query, forKey: .query)
        try c.encodeIfPresent(recordedAt?.formatted(.iso8601), forKey: .recordedAt)
        try Self.encode(requestBody, &c, json: .requestBody, text: .requestText)
        try c.encode(status, forKey: .status)
        try c.encode(responseHeaders, forKey: .responseHeaders)
        try Self.encode(responseBody, &c, json: .responseBody, text: .responseText)
    }

    private static func body(_ c: KeyedDecodingContainer<CodingKeys>, json: CodingKeys, text: CodingKeys) throws -> CassetteBody? {
        if let value = try c.decodeIfPresent(JSONValue.self, forKey: json), value != .null { return .json(value) }
        return try c.decodeIfPresent(String.self, forKey: text).map(CassetteBody.text)
    }

    private static func encode(_ body: CassetteBody?, _ c: inout KeyedEncodingContainer<CodingKeys>, json: CodingKeys,
                               text: CodingKeys) throws {
        switch body {
        case .json(let value)?: try c.encode(value, forKey: json)
        case .text(let value)?: try c.encode(value, forKey: text)
        case nil: break
        }
    }
}
