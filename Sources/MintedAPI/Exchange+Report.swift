import Foundation

/// An exchange as plain text: what the inspector's detail, `w` and screen dumps show.
extension Exchange {
    /// One line for lists: `14:25:01  POST 422  38 ms  /partner/walletable/basket`; customer ids masked when asked.
    public func summaryLine(clock: String, masksPersonalData: Bool = false) -> String {
        "\(clock)  \(method.padding(toLength: 6, withPad: " ", startingAt: 0)) \(statusLabel.padding(toLength: 9, withPad: " ", startingAt: 0)) "
            + "\(Self.milliseconds(duration).padding(toLength: 8, withPad: " ", startingAt: 0)) \(masksPersonalData ? maskedPathAndQuery : pathAndQuery)"
    }

    /// `200`, `401 auth` for a Digest challenge, `dropped` or `timeout` when no answer came.
    public var statusLabel: String {
        if let status { return isChallenge ? "\(status) auth" : "\(status)" }
        if wasCancelled { return "cancelled" }
        guard let failure else { return "—" }
        return failure.lowercased().contains("time") ? "timeout" : "no answer"
    }

    /// The path with its query, without scheme or host.
    public var pathAndQuery: String {
        guard let components = URLComponents(string: url) else { return url }
        return components.percentEncodedPath + (components.percentEncodedQuery.map { "?" + $0 } ?? "")
    }

    /// Every detail, headers redacted (they are already), bodies pretty-printed; with `masking`, personal data masked
    /// everywhere, the curl line included (`y` still copies the request as sent).
    public func report(username: String, masking: Set<String> = []) -> [String] {
        guard masking.isEmpty else {
            var lines = masked(masking).report(username: username)
            if let curl = lines.lastIndex(where: { $0.hasPrefix("── curl") }) {
                lines[curl] = "── curl (personal data masked here; y copies the request as sent)"
            }
            return lines
        }
        var lines = ["\(method) \(url)"]
        var status = status.map { "\($0) \(HTTPStatus.reason($0))" } ?? "no answer"
        if isChallenge { status += " (Digest challenge, retried)" }
        lines.append("status \(status) · \(Self.milliseconds(duration)) · sent \(Self.bytes(requestBytes)) · received \(Self.bytes(responseBytes))")
        lines.append("started \(Self.timestamp(startedAt))")
        if let failure { lines.append("failure: \(failure)") }
        lines += Self.section("request", headers: requestHeaders, body: requestBody)
        lines += Self.section("response", headers: responseHeaders, body: responseBody)
        lines.append("")
        lines.append("── curl (type the password for \(Self.passwordPlaceholder))")
        lines.append(curl(username: username))
        return lines
    }

    /// A blank line, the headers sorted by name, then the body laid out, under `── request headers` and the like.
    static func section(_ side: String, headers: [String: String], body: String) -> [String] {
        var lines = ["", "── \(side) headers"]
        lines += headers.sorted { $0.key.lowercased() < $1.key.lowercased() }.map { "\($0.key): \($0.value)" }
        if !body.isEmpty { lines += ["── \(side) body"] + PrettyJSON.lines(body) }
        return lines
    }

    /// `12 ms`, `1.25 s`.
    static func milliseconds(_ duration: Duration) -> String {
        let millis = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        return millis < 1000 ? "\(Int(millis.rounded())) ms" : String(format: "%.2f s", millis / 1000)
    }

    /// `512 B`, `1.2 KB`.
    static func bytes(_ count: Int) -> String {
        count < 1024 ? "\(count) B" : String(format: "%.1f KB", Double(count) / 1024)
    }

    /// `2026-11-23T14:25:01.123Z`.
    static func timestamp(_ date: Date) -> String {
        Date.ISO8601FormatStyle(includingFractionalSeconds: true).format(date)
    }
}
