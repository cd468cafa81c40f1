import MintedAPI

/// `r` and `e` in an exchange's detail: send it again as it was, or with its body edited in the person's editor;
/// the answer is a new row in the list (a fresh Digest handshake), and the footer says what came back.
extension InspectorFeature {
    static func replay(_ action: InspectorAction, _ inspector: inout Inspector, _ context: FeatureContext) -> Step {
        switch action {
        case .replayRequested:
            guard let exchange = inspector.detail else { return Step() }
            if let refusal = exchange.replayRefusal { return Step(notice: Notice(.error, "#\(exchange.id) not re-sent: \(refusal)")) }
            return Step(effect: context.call(.replay(id: exchange.id, method: exchange.method, pathAndQuery: exchange.pathAndQuery,
                                                     body: exchange.requestBody)),
                        notice: Notice(.info, "re-sending #\(exchange.id) \(exchange.method) \(exchange.path)…"))

        case .editRequested:
            guard let exchange = inspector.detail else { return Step() }
            guard !exchange.requestBody.isEmpty else {
                return Step(notice: Notice(.info, "#\(exchange.id) has no body to edit — r re-sends it as it was"))
            }
            if let refusal = exchange.replayRefusal { return Step(notice: Notice(.error, "#\(exchange.id) not editable: \(refusal)")) }
            return Step(effect: .editBody(id: exchange.id, text: PrettyJSON.lines(exchange.requestBody).joined(separator: "\n") + "\n"))

        case .bodyEdited(let id, .success(let text)):
            guard let exchange = inspector.exchanges.last(where: { $0.id == id }) else {
                return Step(notice: Notice(.info, "#\(id) is no longer kept: the edit was not sent"))
            }
            let body = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return Step(effect: context.call(.replay(id: id, method: exchange.method, pathAndQuery: exchange.pathAndQuery, body: body)),
                        notice: Notice(.info, "sending #\(id) \(exchange.method) \(exchange.path) as edited…"))

        case .bodyEdited(let id, .failure(let failure)):
            return Step(notice: Notice(.error, "#\(id) not sent: \(failure)"))

        case .replayed(let id, .success(let status)):
            return Step(notice: Notice(.info, "#\(id) re-sent: \(status) — the new exchange is at the top of the list"))

        case .replayed(let id, .failure(let error)):
            return Step(notice: .failure("re-send of #\(id)", error))

        default:
            return Step()
        }
    }
}
