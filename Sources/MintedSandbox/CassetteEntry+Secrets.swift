import Foundation
import MintedAPI

/// What never reaches a cassette: credential values in bodies. Headers are not recorded at all on the request side
/// (no `Authorization`), and on the response side only `CassetteAnswer.keptHeaders` (no nonce-bound challenge).
extension CassetteEntry {
    /// `Exchange.credentialKeys` but `token`: a basket's `token` is its cart token, which a replay must send back.
    static let secretRedaction = StringValueRedaction(keys: Exchange.credentialKeys.filter { $0 != "token" })

    /// The webview's Create Token answers a bearer credential under `token`.
    static let bearerRedaction = StringValueRedaction(keys: ["token"])

    /// A request body as recorded, and as a replayed request is compared: credential values `***`.
    static func recordedRequestBody(_ data: Data) -> CassetteBody? {
        guard !data.isEmpty else { return nil }
        return CassetteBody(Data(secretRedaction.apply(to: String(decoding: data, as: UTF8.self), replacement: "***").utf8))
    }

    /// A response body as recorded: credential values `***`, and the bearer token of Create Token.
    static func recordedResponseBody(_ data: Data, path: String) -> CassetteBody? {
        guard !data.isEmpty else { return nil }
        var text = secretRedaction.apply(to: String(decoding: data, as: UTF8.self), replacement: "***")
        if path == Endpoint.webviewTokenPath { text = bearerRedaction.apply(to: text, replacement: "***") }
        return CassetteBody(Data(text.utf8))
    }

    /// Response headers worth keeping, lower-cased.
    static func keptHeaders(_ headers: [String: String]) -> [String: String] {
        headers.reduce(into: [:]) { kept, header in
            let name = header.key.lowercased()
            if CassetteAnswer.keptHeaders.contains(name) { kept[name] = header.value }
        }
    }
}
