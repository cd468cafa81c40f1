import Foundation
import NIOSSL

/// The certificates TLS trusts instead of the system's: a PEM file named by `--cacert`, `cacert` or `SSL_CERT_FILE`.
public struct TrustRoots: Sendable {
    /// The PEM file.
    public var file: URL

    public init(file: URL) { self.file = file }

    /// The file named by `SSL_CERT_FILE` in `environment`, as curl and OpenSSL read it, if set.
    public static func fromEnvironment(_ environment: [String: String]) -> TrustRoots? {
        guard let path = environment["SSL_CERT_FILE"], !path.isEmpty else { return nil }
        return TrustRoots(file: URL(fileURLWithPath: path))
    }

    /// Why the file cannot serve, in one line naming it.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var description: String

        public init(description: String) { self.description = description }
    }

    /// NIOSSL's trust roots: the file, read by BoringSSL when the first TLS connection is made.
    var roots: NIOSSLTrustRoots { .file(file.path) }

    /// Throws when the file is missing, a directory or unreadable: cheap, for every transport made.
    public func checkReadable() throws(Failure) {
        let path = file.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Failure(description: "the CA file \(path) does not exist")
        }
        guard !isDirectory.boolValue else { throw Failure(description: "the CA file \(path) is a directory") }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw Failure(description: "the CA file \(path) cannot be read")
        }
    }

    /// The certificates in the file; a missing, unreadable or certificate-less file is a `Failure` naming it.
    /// Parses the whole file: for a setting the person gave, checked once before any request.
    @discardableResult
    public func certificates() throws(Failure) -> [NIOSSLCertificate] {
        try checkReadable()
        let path = file.path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(description: "the CA file \(path) cannot be read")
        }
        // At most a system bundle's size many times over: a wrong path to a huge file fails here, not in BoringSSL.
        guard data.count <= 16 * 1024 * 1024 else { throw Failure(description: "the CA file \(path) is over 16 MB") }
        let certificates = try? NIOSSLCertificate.fromPEMBytes(Array(data))
        guard let certificates, !certificates.isEmpty else {
            throw Failure(description: "the CA file \(path) holds no PEM certificate")
        }
        return certificates
    }
}
