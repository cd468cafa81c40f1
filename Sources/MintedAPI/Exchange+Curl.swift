/// An exchange as a curl command line, to replay it outside the app.
extension Exchange {
    /// What stands in for the password: the person replaying types the real one.
    public static let passwordPlaceholder = "***"

    /// The request as one shell-safe curl line that runs as is: `-i` shows the status and headers, `--fail-with-body`
    /// exits non-zero on a 4xx / 5xx. Digest requests get `--digest -u 'USER:***'` (or `password` when given: the
    /// built-in sandbox's public one); a bearer token shows as `***`; no credential of the exchange is ever in it (the
    /// exchange holds none).
    public func curl(username: String, password: String? = nil) -> String {
        var parts = ["curl", "-sS", "-i", "--fail-with-body"]
        let authorization = requestHeaders.first { $0.key.lowercased() == "authorization" }?.value
        if let authorization, authorization.lowercased().hasPrefix("bearer") {
            parts += ["-H", Self.quoted("Authorization: Bearer " + Self.passwordPlaceholder)]
        } else {
            parts += ["--digest", "-u", Self.quoted(username + ":" + (password ?? Self.passwordPlaceholder))]
        }
        if method != "GET" { parts += ["-X", method] }
        for (name, value) in requestHeaders.sorted(by: { $0.key.lowercased() < $1.key.lowercased() })
        where !["authorization", "content-length", "host"].contains(name.lowercased()) {
            parts += ["-H", Self.quoted(name + ": " + value)]
        }
        if !requestBody.isEmpty { parts += ["--data-raw", Self.quoted(requestBody)] }
        parts.append(Self.quoted(url))
        return parts.joined(separator: " ")
    }

    /// `text` in single quotes for a POSIX shell.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }
}
