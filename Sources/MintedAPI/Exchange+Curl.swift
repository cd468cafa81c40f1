/// An exchange as a curl command line, to replay it outside the app.
extension Exchange {
    /// What stands in for the password: the person replaying types the real one.
    public static let passwordPlaceholder = "***"

    /// The request as one shell-safe curl line. Digest requests get `--digest -u 'USER:***'`; a bearer token shows
    /// as `***`; no credential of the exchange is ever in it (the exchange holds none).
    public func curl(username: String) -> String {
        var parts = ["curl", "-sS"]
        let authorization = requestHeaders.first { $0.key.lowercased() == "authorization" }?.value
        if let authorization, authorization.lowercased().hasPrefix("bearer") {
            parts += ["-H", Self.quoted("Authorization: Bearer " + Self.passwordPlaceholder)]
        } else {
            parts += ["--digest", "-u", Self.quoted(username + ":" + Self.passwordPlaceholder)]
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
