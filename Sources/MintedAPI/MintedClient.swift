import Foundation

/// The walletable API over HTTP: sends `APIRequest`s with Digest auth; every failure is an `APIError`.
public final class MintedClient: APIHost {
    public let configuration: ClientConfiguration
    private let transport: any HTTPTransport
    private let digest: DigestSession
    /// Every exchange this client made, for the inspector and dumps.
    public let log: ExchangeLog

    /// - Parameter transport: nil: an `HTTPClientTransport` trusting the configuration's `trustRoots`.
    public init(configuration: ClientConfiguration, transport: (any HTTPTransport)? = nil,
                log: ExchangeLog = ExchangeLog()) {
        self.configuration = configuration
        self.transport = transport ?? HTTPClientTransport(trustRoots: configuration.trustRoots)
        self.digest = DigestSession(credentials: configuration.credentials)
        self.log = log
    }

    /// Sends `request` and returns its decoded answer. Throws only `APIError`.
    @discardableResult
    public func send<Response>(_ request: APIRequest<Response>) async throws -> Response {
        do {
            return try request.read(try await answer(request.endpoint))
        } catch let error as APIError {
            if let recovered = request.recover(error) { return recovered }
            throw error
        }
    }

    /// The `data` of `request`'s answer exactly as sent, every field kept, or nil for `null`: for scripts and
    /// `minted api`. Throws `APIError` like every call.
    public func raw<Response>(_ request: APIRequest<Response>) async throws -> JSONValue? {
        try await raw(request.endpoint)
    }

    /// The `data` of `endpoint`'s answer as JSON, or nil for `null`.
    public func raw(_ endpoint: Endpoint) async throws -> JSONValue? {
        try Self.payload(JSONValue.self, from: try await answer(endpoint))
    }

    /// A 2xx answer to `endpoint`; any other status is thrown as its `APIError`.
    private func answer(_ endpoint: Endpoint) async throws -> HTTPResponse {
        let response = try await exchange(endpoint)
        guard (200..<300).contains(response.status) else { throw Self.error(for: response) }
        return response
    }

    /// Decodes an envelope and returns its `data`, nil for `null`. A 200 whose envelope says it failed is a refusal.
    static func payload<Payload: Codable & Sendable>(_: Payload.Type, from response: HTTPResponse) throws -> Payload? {
        let body = response.body
        let envelope: Envelope<Payload>
        do {
            envelope = try JSONDecoder().decode(Envelope<Payload>.self, from: body)
        } catch let error as DecodingError {
            throw APIError.decoding(path: error.fieldPath, snippet: Self.snippet(body))
        } catch {
            throw APIError.decoding(path: "", snippet: Self.snippet(body))
        }
        // A 200 is not a success when the envelope says otherwise: its data would read as "nothing" and hide the refusal.
        guard envelope.success, envelope.code == 0 else {
            throw APIError.rejected(status: response.status, code: envelope.code, message: envelope.message)
        }
        return envelope.data
    }

    /// One authenticated call: the cached nonce is used pre-emptively; a 401 challenge earns exactly one retry.
    func exchange(_ endpoint: Endpoint) async throws -> HTTPResponse {
        var request = makeRequest(endpoint)
        if case .bearer(let token) = endpoint.auth {
            request.headers["Authorization"] = "Bearer " + token
            return try await perform(request)
        }
        var retried = false
        while true {
            request.headers["Authorization"] = await digest.authorization(method: request.method, uri: request.requestURI)
            var challenge: DigestChallenge?
            let response = try await perform(request) { response in
                guard !retried, response.status == 401, let header = response.header("www-authenticate") else { return false }
                challenge = DigestChallenge.parse(header)
                return challenge != nil
            }
            guard let challenge else { return response }
            await digest.accept(challenge)
            retried = true
        }
    }

    /// Sends `request` and records the exchange; `isChallenge` tells whether the answer is a challenge about to be retried.
    private func perform(_ request: HTTPRequest, isChallenge: (HTTPResponse) -> Bool = { _ in false }) async throws -> HTTPResponse {
        let clock = ContinuousClock()
        let started = clock.now
        let startedAt = Date()
        var entry = Exchange(
            id: 0, method: request.method, url: request.url.absoluteString, status: nil, startedAt: startedAt, duration: .zero,
            requestHeaders: Exchange.redacted(request.headers), responseHeaders: [:], requestBody: Exchange.capped(request.body),
            responseBody: "", requestBytes: request.body?.count ?? 0, responseBytes: 0, failure: nil
        )
        do {
            let response = try await attempt(request)
            entry.status = response.status
            entry.duration = started.duration(to: clock.now)
            entry.responseHeaders = Exchange.redacted(response.headers)
            entry.responseBody = Exchange.capped(response.body)
            entry.responseBytes = response.body.count
            entry.isChallenge = isChallenge(response)
            await log.record(entry)
            return response
        } catch let error as APIError {
            entry.duration = started.duration(to: clock.now)
            entry.failure = error.message
            entry.wasCancelled = error == .cancelled
            await log.record(entry)
            throw error
        }
    }

    private func attempt(_ request: HTTPRequest) async throws -> HTTPResponse {
        do {
            try Task.checkCancellation()
            return try await transport.send(request)
        } catch is CancellationError {
            throw APIError.cancelled
        } catch let error as APIError {
            throw error
        } catch {
            throw APIError.transport(message: String(describing: error))
        }
    }

    private func makeRequest(_ endpoint: Endpoint) -> HTTPRequest {
        var components = URLComponents(url: configuration.baseURL, resolvingAgainstBaseURL: false) ?? URLComponents()
        let basePath = components.percentEncodedPath.hasSuffix("/") ? String(components.percentEncodedPath.dropLast()) : components.percentEncodedPath
        // Credentials travel in the Authorization header only, never in the URL (nor in what the log records of it).
        components.user = nil
        components.password = nil
        components.percentEncodedPath = basePath + Self.encodedPath(endpoint.path)
        components.queryItems = endpoint.query.isEmpty ? nil : endpoint.query
        var headers = [
            "x-client-id": configuration.clientId,
            "api-version": configuration.apiVersion,
            "Accept-Language": configuration.language,
            "Accept": "application/json",
        ]
        if endpoint.body != nil { headers["Content-Type"] = "application/json" }
        for (name, value) in endpoint.headers {
            headers = headers.filter { $0.key.lowercased() != name.lowercased() }
            headers[name] = value
        }
        return HTTPRequest(
            method: endpoint.method, url: components.url ?? configuration.baseURL, headers: headers,
            body: endpoint.body, timeout: configuration.timeout
        )
    }

    /// `path` as a valid percent-encoded path: escapes already in it are kept, anything else a path may not hold (`?`,
    /// a space, a lone `%`) is encoded — Foundation traps on an invalid percent-encoded path instead of refusing it.
    static func encodedPath(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.insert("%")
        let scalars = Array(path.unicodeScalars)
        var wellFormed = true
        for (index, scalar) in scalars.enumerated() where scalar == "%" {
            let digits = scalars.dropFirst(index + 1).prefix(2)
            if digits.count < 2 || !digits.allSatisfy({ $0.properties.isASCIIHexDigit }) { wellFormed = false }
        }
        if !wellFormed { allowed.remove("%") }
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    static func error(for response: HTTPResponse) -> APIError {
        let envelope = try? JSONDecoder().decode(Envelope<Nothing>.self, from: response.body)
        let message = envelope?.message.isEmpty == false ? envelope!.message : HTTPStatus.reason(response.status)
        switch response.status {
        case 300..<400:
            // Not a server error: the address is not the API's. minted does not follow redirects (Digest is bound
            // to the URI, and a POST must not silently become a GET), so it says where to point instead.
            let location = response.header("location").map { " to \($0)" } ?? ""
            return .http(status: response.status,
                         message: "the server redirects\(location); minted does not follow redirects: use that address as the base URL")
        case 401: return .unauthorized(message: message)
        case 404: return .notFound(message: message)
        case 409: return .conflict(message: message)
        case 422: return .validation(message: message, fields: envelope?.errors ?? [:])
        case 429: return .rateLimited(retryAfter: response.header("retry-after").flatMap { Int($0) }, message: message)
        case 500...: return .server(status: response.status, message: message)
        default: return .http(status: response.status, message: message)
        }
    }

    static func snippet(_ body: Data) -> String {
        let text = String(decoding: body.prefix(200), as: UTF8.self)
        return body.count > 200 ? text + "…" : text
    }
}

extension DecodingError {
    /// The dotted path of the field that failed, for example `data.items[0].price`.
    var fieldPath: String {
        let context: Context
        switch self {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): context = c
        case .keyNotFound(let key, let c):
            return Self.path(c.codingPath + [key])
        @unknown default: return ""
        }
        return Self.path(context.codingPath)
    }

    static func path(_ keys: [any CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue { text += "[\(index)]" } else { text += text.isEmpty ? key.stringValue : "." + key.stringValue }
        }
        return text
    }
}
