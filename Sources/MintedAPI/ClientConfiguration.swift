import Foundation

/// Where and how the client connects: base URL, credentials and the vendor's headers.
public struct ClientConfiguration: Sendable {
    public var baseURL: URL
    public var credentials: DigestCredentials
    /// `x-client-id`, required by the vendor.
    public var clientId: String
    /// `api-version`.
    public var apiVersion: String
    /// `Accept-Language`: `tr` or `en`.
    public var language: String
    public var timeout: Duration

    public init(baseURL: URL, credentials: DigestCredentials, clientId: String = "web", apiVersion: String = "3",
                language: String = "en", timeout: Duration = .seconds(15)) {
        self.baseURL = baseURL
        self.credentials = credentials
        self.clientId = clientId
        self.apiVersion = apiVersion
        self.language = language
        self.timeout = timeout
    }
}
