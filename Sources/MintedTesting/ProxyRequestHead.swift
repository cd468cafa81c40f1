import Foundation

/// A request line and headers as a proxy reads them: `CONNECT host:port` or an absolute-form URL.
struct ProxyRequestHead: Sendable {
    var method: String
    var target: String
    var version: String
    var headers: [(name: String, value: String)]

    init?(_ text: String) {
        var lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        guard !lines.isEmpty else { return nil }
        let requestLine = lines.removeFirst().split(separator: " ", omittingEmptySubsequences: true)
        guard requestLine.count == 3 else { return nil }
        method = String(requestLine[0])
        target = String(requestLine[1])
        version = String(requestLine[2])
        headers = lines.compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
    }

    /// The first value of header `name` (any case).
    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// The port the request is for: `host:port` of CONNECT, else the absolute URL's (80 by default).
    var port: Int? {
        if method == "CONNECT" {
            guard let text = target.split(separator: ":").last, let port = Int(text), (1...65_535).contains(port) else { return nil }
            return port
        }
        guard let url = URLComponents(string: target), url.scheme == "http" else { return nil }
        return url.port ?? 80
    }

    /// The body's length, from `Content-Length`.
    var contentLength: Int? {
        header("content-length").flatMap { Int($0) }.flatMap { (0...(64 * 1024 * 1024)).contains($0) ? $0 : nil }
    }

    /// The head as the origin server is sent it: the path instead of the absolute URL, no proxy headers.
    var originForm: String? {
        guard let url = URLComponents(string: target) else { return nil }
        var path = url.percentEncodedPath.isEmpty ? "/" : url.percentEncodedPath
        if let query = url.percentEncodedQuery { path += "?" + query }
        var text = "\(method) \(path) \(version)\r\n"
        for (name, value) in headers where !["proxy-connection", "proxy-authorization"].contains(name.lowercased()) {
            text += "\(name): \(value)\r\n"
        }
        return text + "\r\n"
    }
}
