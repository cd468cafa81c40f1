import Crypto
import Foundation
import NIOSSL
import SwiftASN1
import X509

/// A certificate authority made in the test (P-256), and the server certificates it signs: no tool, no fixture file.
public struct TestCertificateAuthority: Sendable {
    /// A server's certificate chain and key, ready for NIOSSL.
    public struct Identity: Sendable {
        public var certificate: NIOSSLCertificate
        public var privateKey: NIOSSLPrivateKey
    }

    private let key: P256.Signing.PrivateKey
    private let name: DistinguishedName
    /// The CA's certificate as PEM, what `--cacert` or `SSL_CERT_FILE` names.
    public let certificatePEM: String

    public init(commonName: String = "minted test CA") throws {
        key = P256.Signing.PrivateKey()
        name = try DistinguishedName { CommonName(commonName) }
        let now = Date()
        let certificate = try Certificate(
            version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: .init(key.publicKey),
            notValidBefore: now - 3600, notValidAfter: now + 86_400 * 30, issuer: name, subject: name,
            extensions: try Certificate.Extensions {
                Critical(BasicConstraints.isCertificateAuthority(maxPathLength: nil))
                Critical(KeyUsage(keyCertSign: true, cRLSign: true))
            },
            issuerPrivateKey: .init(key))
        certificatePEM = try certificate.serializeAsPEM().pemString
    }

    /// A server certificate for `hosts` (names, or IPv4 addresses as text) signed by this CA.
    public func issue(for hosts: [String]) throws -> Identity {
        let serverKey = P256.Signing.PrivateKey()
        let now = Date()
        let names: [GeneralName] = hosts.map { host in
            let octets = host.split(separator: ".").compactMap { UInt8($0) }
            return octets.count == 4 ? .ipAddress(ASN1OctetString(contentBytes: ArraySlice(octets))) : .dnsName(host)
        }
        let certificate = try Certificate(
            version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: .init(serverKey.publicKey),
            notValidBefore: now - 3600, notValidAfter: now + 86_400 * 30, issuer: name,
            subject: try DistinguishedName { CommonName(hosts.first ?? "server") },
            extensions: try Certificate.Extensions {
                Critical(BasicConstraints.notCertificateAuthority)
                Critical(KeyUsage(digitalSignature: true))
                try ExtendedKeyUsage([.serverAuth])
                SubjectAlternativeNames(names)
            },
            issuerPrivateKey: .init(key))
        return Identity(
            certificate: try NIOSSLCertificate(bytes: Array(try certificate.serializeAsPEM().pemString.utf8), format: .pem),
            privateKey: try NIOSSLPrivateKey(bytes: Array(serverKey.pemRepresentation.utf8), format: .pem))
    }

    /// Writes the CA certificate to a new file in the temporary directory and returns it.
    public func writeCertificate() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("minted-test-ca-\(UUID().uuidString).pem")
        try Data(certificatePEM.utf8).write(to: url)
        return url
    }
}
