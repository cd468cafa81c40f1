import Foundation

/// Where and how the client connects: base URL, credentials and the vendor's headers.
public struct ClientConfiguration: Sendable {
    public var baseURL: URL
    public var credentials: DigestCredentials
    /// `x-client-id`, required by the vendor.
    public var clientId: String
    /// `api-version`.
    public var apiVersion: String
    /// `Accept-Language`: `tr` or `en`; `tr` unless asked otherwise.
    public var language: String
    public var timeout: Duration
    /// The only certificates TLS trusts (`--cacert`, `cacert`, `SSL_CERT_FILE`); nil: `SSL_CERT_FILE`'s, else the system's.
    public var trustRoots: TrustRoots?

    /// `tr`, as the vendor's own samples send (seed 004): the host answers fee-line names in Turkish, product names in
    /// English, so this is what a partner integration sees.
    public static let defaultLanguage = "tr"

    public init(baseURL: URL, credentials: DigestCredentials, clientId: String = "web", apiVersion: String = "3",
                language: String = ClientConfiguration.defaultLanguage, timeout: Duration = .seconds(15),
                trustRoots: TrustRoots? = nil) {
        self.baseURL = baseURL
        self.credentials = credentials
        self.clientId = clientId
        self.apiVersion = apiVersion
        self.language = language
        self.timeout = timeout
        self.trustRoots = trustRoots
    }
}
