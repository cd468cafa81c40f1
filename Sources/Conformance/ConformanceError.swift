/// Why a run could not walk the host at all (as opposed to drift, which is reported).
public enum ConformanceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No answer from the host: the first call failed in transport.
    case unreachable(String)
    /// The host refused the credentials (401 after the Digest handshake).
    case unauthorized(String)

    public var description: String {
        switch self {
        case .unreachable(let message): "host unreachable: \(message)"
        case .unauthorized(let message): "credentials refused: \(message)"
        }
    }
}
