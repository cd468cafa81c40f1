import Foundation
import MintedAPI

/// One run's state: the client, the contract, the checks so far and what the answers taught (products, the payment
/// commission rate implied so far). Used by one task from start to end.
final class ConformanceWalk {
    let client: MintedClient
    let contract: OpenAPIContract
    let options: ConformanceRun.Options
    let checks = Checklist()
    var notes: [String] = []
    /// Products read, for the write walk to pick from.
    var products: [JSONValue] = []
    /// The payment commission rates (percent) every payment block so far allows, given rounding to the cent.
    var commission: ClosedRange<Decimal>?

    init(client: MintedClient, contract: OpenAPIContract, options: ConformanceRun.Options) {
        self.client = client
        self.contract = contract
        self.options = options
    }

    /// One answer, parsed.
    struct Reply {
        /// Method and path template: `GET /partner/customer/{external_id}`.
        var endpoint: String
        var status: Int
        var body: JSONValue?
        /// When the host can have made the answer: from its `Date` header when it sends one, else while the call was out.
        var answeredWithin: ClosedRange<Date>

        var data: JSONValue? { body?["data"] }
    }

    /// Sends `endpoint`, checks the status against `expecting`, the body against the document and the envelope's
    /// shape. Nil when no answer came (recorded as drift) or the body is not JSON.
    func call(_ endpoint: Endpoint, expecting: Int = 200) async throws(ConformanceError) -> Reply? {
        let name = endpoint.method + " " + (contract.template(for: endpoint.path) ?? endpoint.path)
        let started = Date()
        let response: HTTPResponse
        do {
            response = try await client.response(endpoint)
        } catch {
            let message = (error as? APIError)?.message ?? String(describing: error)
            if checks.calls == 0 { throw .unreachable(message) }
            checks.calls += 1
            checks.drift(name, "answer", expected: "an answer", got: message)
            return nil
        }
        let finished = Date()
        checks.calls += 1
        if response.status == 401 { throw .unauthorized("\(name) answered 401") }
        checks.expect(response.status == expecting, name, "http_status", expected: "\(expecting)",
                      got: "\(response.status) \(Self.message(response.body))")
        guard let parsed = try? JSONValue.parse(response.body) else {
            checks.drift(name, "json", expected: "a JSON body", got: Self.snippet(response.body))
            return nil
        }
        let body = parsed.value
        checkSchema(body, name: name, method: endpoint.method, path: endpoint.path, status: response.status)
        checkEnvelope(body, name: name, status: response.status)
        let window = Self.serverTime(response.header("date")) ?? started...max(started, finished)
        return Reply(endpoint: name, status: response.status, body: body, answeredWithin: window)
    }

    /// The body against the document's schema for this operation and status.
    func checkSchema(_ body: JSONValue, name: String, method: String, path: String, status: Int) {
        switch contract.answer(method: method, path: path, status: status) {
        case .schema(_, let schema):
            let violations = contract.validator.violations(of: body, against: schema)
            if violations.isEmpty { checks.pass(name, "schema") }
            for violation in violations {
                checks.drift(name, "schema", field: violation.path, expected: violation.expected, got: violation.got)
            }
        case .undocumented(_, let reason):
            checks.drift(name, "documented", expected: "an answer the document describes", got: reason)
        case .unknownPath:
            checks.drift(name, "documented", expected: "a path in the document", got: path)
        }
    }

    /// The envelope: success answers `success: true, code: 0`; refusals `success: false`, `code` = the status, `data`
    /// null, a message, and on 422 the refused fields each with messages.
    func checkEnvelope(_ body: JSONValue, name: String, status: Int) {
        if (200..<300).contains(status) {
            checks.expect(body["success"]?.bool == true && body["code"]?.int == 0, name, "envelope",
                          expected: "success true, code 0", got: "success \(body["success"]?.brief ?? "absent"), code \(body["code"]?.brief ?? "absent")")
            return
        }
        checks.expect(body["success"]?.bool == false, name, "envelope", field: "success", expected: "false", got: body["success"]?.brief ?? "absent")
        checks.expect(body["code"]?.int == status, name, "envelope", field: "code", expected: "\(status) (the HTTP status)",
                      got: body["code"]?.brief ?? "absent")
        checks.expect(body["data"] == .null, name, "envelope", field: "data", expected: "null", got: body["data"]?.brief ?? "absent")
        checks.expect(!(body["message"]?.string ?? "").isEmpty, name, "envelope", field: "message", expected: "a message",
                      got: body["message"]?.brief ?? "absent")
        guard status == 422 else { return }
        let errors = body["errors"]?.object ?? [:]
        checks.expect(!errors.isEmpty && errors.values.allSatisfy { !($0.array ?? []).isEmpty && ($0.array ?? []).allSatisfy { $0.string != nil } },
                      name, "envelope", field: "errors", expected: "each refused field with its messages",
                      got: body["errors"]?.brief ?? "absent")
    }

    /// The host's `Date` header as the span it can stand for: whole seconds, and a header cached for up to a second.
    static func serverTime(_ header: String?) -> ClosedRange<Date>? {
        guard let header else { return nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: header) else { return nil }
        return date...date.addingTimeInterval(2)
    }

    static func message(_ body: Data) -> String {
        (try? JSONValue.parse(body))?.value["message"]?.string ?? ""
    }

    static func snippet(_ body: Data) -> String {
        let text = String(decoding: body.prefix(60), as: UTF8.self)
        return body.count > 60 ? text + "…" : (text.isEmpty ? "an empty body" : text)
    }
}
