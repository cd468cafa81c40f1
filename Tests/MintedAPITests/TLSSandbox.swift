import Foundation
import MintedAPI
import MintedSandbox
import MintedTesting

/// The real sandbox on loopback behind a `TLSFront` whose certificate a CA made for the test signed.
struct TLSSandbox {
    let sandbox: SandboxServer
    let front: TLSFront
    let authority: TestCertificateAuthority
    /// The CA certificate as a PEM file, for `--cacert` and `SSL_CERT_FILE`.
    let caFile: URL
    /// The sandbox's plain URL, http://127.0.0.1:PORT.
    let plainURL: URL

    /// - Parameter hosts: the names and addresses the server certificate is for.
    static func start(hosts: [String] = ["127.0.0.1", "minted.test"], password: String = "sandbox") async throws -> TLSSandbox {
        let authority = try TestCertificateAuthority()
        let sandbox = SandboxServer(configuration: SandboxConfiguration(volatility: 0, password: password))
        let plainURL = try await sandbox.start()
        let front = try await TLSFront(upstreamPort: plainURL.port ?? 0, identity: try authority.issue(for: hosts))
        return TLSSandbox(sandbox: sandbox, front: front, authority: authority, caFile: try authority.writeCertificate(),
                          plainURL: plainURL)
    }

    /// https://`host`:port of the TLS front.
    func httpsURL(host: String = "127.0.0.1") -> URL { URL(string: "https://\(host):\(front.port)")! }

    /// http://`host`:port of the sandbox itself.
    func httpURL(host: String) -> URL { URL(string: "http://\(host):\(plainURL.port ?? 0)")! }

    func stop() async {
        front.stop()
        await sandbox.stop()
        try? FileManager.default.removeItem(at: caFile)
    }

    /// A client of the sandbox's Digest credentials at `url`, over `transport`.
    static func client(_ url: URL, password: String = "sandbox", transport: (any HTTPTransport)? = nil,
                       trustRoots: TrustRoots? = nil) -> MintedClient {
        MintedClient(configuration: ClientConfiguration(
            baseURL: url, credentials: DigestCredentials(username: "sandbox", password: password), timeout: .seconds(20),
            trustRoots: trustRoots), transport: transport)
    }
}
