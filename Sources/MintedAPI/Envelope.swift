import Foundation

/// The API's response envelope: `{"data": …, "success": true, "code": 0, "message": ""}`.
public struct Envelope<Payload: Codable & Sendable>: Codable, Sendable {
    public var data: Payload?
    public var success: Bool
    public var code: Int
    public var message: String
    /// Per-field validation messages; present on 422 only.
    public var errors: [String: [String]]?

    public init(data: Payload?, success: Bool = true, code: Int = 0, message: String = "", errors: [String: [String]]? = nil) {
        self.data = data
        self.success = success
        self.code = code
        self.message = message
        self.errors = errors
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        data = try container.decodeIfPresent(Payload.self, forKey: .data)
        success = try container.decodeIfPresent(Bool.self, forKey: .success) ?? true
        code = try container.decodeIfPresent(Int.self, forKey: .code) ?? 0
        message = try container.decodeIfPresent(String.self, forKey: .message) ?? ""
        errors = try? container.decodeIfPresent([String: [String]].self, forKey: .errors)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if let data { try container.encode(data, forKey: .data) } else { try container.encodeNil(forKey: .data) }
        try container.encode(success, forKey: .success)
        try container.encode(code, forKey: .code)
        try container.encode(message, forKey: .message)
        try container.encodeIfPresent(errors, forKey: .errors)
    }

    enum CodingKeys: String, CodingKey { case data, success, code, message, errors }
}

/// An error envelope's payload: the API sends `data: null`.
public struct Nothing: Codable, Sendable, Equatable {
    public init() {}
    public init(from decoder: any Decoder) throws {}
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encodeNil()
    }
}
