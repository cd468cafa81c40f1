import Hummingbird

/// The language of an answer, chosen per request from `Accept-Language`: Turkish when the most preferred
/// language (highest q-value, then first listed) has the primary tag `tr`, case-insensitive; English otherwise.
public enum SandboxLanguage: String, Sendable, Equatable, CaseIterable {
    case english = "en"
    case turkish = "tr"

    /// The language for an `Accept-Language` header value (`tr`, `tr-TR,tr;q=0.9,en;q=0.8`, …); nil or
    /// unreadable is English. Ranges with `q=0` are not acceptable and are skipped.
    public init(acceptLanguage header: String?) {
        var best: (tag: Substring, q: Double)?
        for range in (header ?? "").split(separator: ",") {
            let parts = range.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = parts.first, !tag.isEmpty else { continue }
            var q = 1.0
            for parameter in parts.dropFirst() where parameter.lowercased().hasPrefix("q=") {
                q = Double(parameter.dropFirst(2)) ?? 0
            }
            guard q > 0 else { continue }
            if best == nil || q > best!.q { best = (Substring(tag), q) }
        }
        let primary = best?.tag.split(separator: "-").first.map { $0.lowercased() }
        self = primary == "tr" ? .turkish : .english
    }
}

extension Request {
    /// The language the answer to this request is given in.
    var language: SandboxLanguage {
        SandboxLanguage(acceptLanguage: headers[.acceptLanguage])
    }
}
