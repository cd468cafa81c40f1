import Foundation

/// An exchange as it may be shown with personal data hidden (`--demo`, privacy): for a projector, not for replay.
extension Exchange {
    /// Query names whose values identify a customer.
    public static let personalQueryNames: Set<String> = ["external_customer_id", "customer_external_id", "external_id", "customer"]

    /// This exchange with the string values of `keys` in both bodies and the customer ids in its URL replaced by the
    /// mask; itself when `keys` is empty.
    public func masked(_ keys: Set<String>) -> Exchange {
        guard !keys.isEmpty else { return self }
        var copy = self
        let redaction = keys == PrettyJSON.personalKeys ? Self.personalRedaction : StringValueRedaction(keys: keys)
        copy.requestBody = redaction.apply(to: requestBody, replacement: PrettyJSON.mask)
        copy.responseBody = redaction.apply(to: responseBody, replacement: PrettyJSON.mask)
        copy.url = Self.maskedURL(url)
        return copy
    }

    /// The redaction for `PrettyJSON.personalKeys`, built once: masking runs for every exchange drawn.
    private static let personalRedaction = StringValueRedaction(keys: PrettyJSON.personalKeys)

    /// The path and query with customer ids masked: what a list row or a title shows under masking. Masked after the
    /// URL is taken apart, so the mask reads `•••`, not percent-encoded (`%E2%80%A2…`).
    public var maskedPathAndQuery: String {
        Self.maskedURL(pathAndQuery)
    }

    /// `url` with the customer id after `/partner/customer/` and personal query values replaced by the mask.
    static func maskedURL(_ url: String) -> String {
        var text = url
        if let range = text.range(of: "/partner/customer/") {
            let rest = text[range.upperBound...]
            let end = rest.firstIndex { $0 == "/" || $0 == "?" } ?? text.endIndex
            text.replaceSubrange(range.upperBound..<end, with: PrettyJSON.mask)
        }
        guard let question = text.firstIndex(of: "?") else { return text }
        let query = text[text.index(after: question)...].split(separator: "&", omittingEmptySubsequences: false).map { pair -> String in
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, personalQueryNames.contains(String(parts[0])) else { return String(pair) }
            return parts[0] + "=" + PrettyJSON.mask
        }
        return text[...question] + query.joined(separator: "&")
    }
}
