import Foundation
import MintedAPI
import MintedSandbox
import MintedTesting
import Testing

/// https for real: the sandbox behind TLS with a certificate from a CA made in the test, reached by minted's client
/// with Digest; the CA comes from `--cacert` (`TrustRoots`) or `SSL_CERT_FILE`, and anything else is refused in one line.
@Suite struct TLSTests {
    /// A Digest exchange that needs the host's answer: the rates, every market with its buy price.
    func exchange(_ client: MintedClient) async throws {
        let rates = try await client.send(.currencyRates())
        #expect(!rates.isEmpty)
        let exchanges = await client.log.all
        #expect(exchanges.allSatisfy { $0.url.hasPrefix("https://") })
        #expect(exchanges.map(\.status) == [401, 200], "a Digest challenge answered over TLS")
    }

    /// The one line a refused handshake reads as.
    func tlsFailure(_ client: MintedClient) async -> String? {
        do {
            _ = try await client.send(.currencyRates())
            return nil
        } catch let APIError.transport(message) {
            return message
        } catch {
            return "\(error)"
        }
    }

    @Test func theCAFileNamedLikeCacertMakesTheExchangeSucceed() async throws {
        let server = try await TLSSandbox.start()
        let roots = TrustRoots(file: server.caFile)
        try await exchange(TLSSandbox.client(server.httpsURL(), transport: HTTPClientTransport(environment: [:], trustRoots: roots)))
        // The same through ClientConfiguration, as `minted` builds it from --cacert.
        let configured = TLSSandbox.client(server.httpsURL(), trustRoots: roots)
        #expect(try await configured.send(.currencyRates()).isEmpty == false)
        await server.stop()
    }

    @Test func sslCertFileIsHonoured() async throws {
        let server = try await TLSSandbox.start()
        let transport = HTTPClientTransport(environment: ["SSL_CERT_FILE": server.caFile.path])
        try await exchange(TLSSandbox.client(server.httpsURL(), transport: transport))
        await server.stop()
    }

    @Test func withoutTheCATheCertificateIsNotTrusted() async throws {
        let server = try await TLSSandbox.start()
        let message = await tlsFailure(TLSSandbox.client(server.httpsURL(), transport: HTTPClientTransport(environment: [:])))
        #expect(message == "TLS with 127.0.0.1 failed: its certificate is not trusted (unknown issuer, self-signed or expired; see --cacert)")
        await server.stop()
    }

    @Test func anotherCAIsNotTrustedEither() async throws {
        let server = try await TLSSandbox.start()
        let other = try TestCertificateAuthority(commonName: "some other CA")
        let otherFile = try other.writeCertificate()
        defer { try? FileManager.default.removeItem(at: otherFile) }
        let transport = HTTPClientTransport(environment: ["SSL_CERT_FILE": otherFile.path])
        let message = await tlsFailure(TLSSandbox.client(server.httpsURL(), transport: transport))
        #expect(message == "TLS with 127.0.0.1 failed: its certificate is not trusted (unknown issuer, self-signed or expired; see --cacert)")
        await server.stop()
    }

    @Test func aCertificateForAnotherHostIsRefused() async throws {
        let server = try await TLSSandbox.start(hosts: ["elsewhere.test"])
        let transport = HTTPClientTransport(environment: [:], trustRoots: TrustRoots(file: server.caFile))
        let message = await tlsFailure(TLSSandbox.client(server.httpsURL(), transport: transport))
        #expect(message == "TLS with 127.0.0.1 failed: its certificate is for another host name")
        await server.stop()
    }

    @Test func aCAFileThatCannotServeIsNamedBeforeAnyRequest() async throws {
        let missing = URL(fileURLWithPath: "/nonexistent/minted-ca.pem")
        #expect(throws: TrustRoots.Failure(description: "the CA file /nonexistent/minted-ca.pem does not exist")) {
            try TrustRoots(file: missing).certificates()
        }
        let notPEM = FileManager.default.temporaryDirectory.appendingPathComponent("minted-not-a-ca-\(UUID().uuidString).pem")
        try Data("hello\n".utf8).write(to: notPEM)
        defer { try? FileManager.default.removeItem(at: notPEM) }
        #expect(throws: TrustRoots.Failure(description: "the CA file \(notPEM.path) holds no PEM certificate")) {
            try TrustRoots(file: notPEM).certificates()
        }
        // A transport given such a file sends nothing and says why.
        let client = TLSSandbox.client(URL(string: "https://127.0.0.1:9")!,
                                       transport: HTTPClientTransport(environment: ["SSL_CERT_FILE": missing.path]))
        #expect(await tlsFailure(client) == "the CA file /nonexistent/minted-ca.pem does not exist")
    }
}
