import MintedAPI

/// An `APIHost` that answers through another and records the basket changes among its answers.
public struct RecordingHost: APIHost {
    /// Where requests are really answered.
    public let host: any APIHost
    /// Where the changes are written.
    public let recording: JourneyRecording

    /// Records through `recording` what `host` answers.
    public init(host: any APIHost, recording: JourneyRecording) {
        self.host = host
        self.recording = recording
    }

    /// Sends `request` through the host; a basket it answers is noted before the answer is returned.
    @discardableResult
    public func send<Response>(_ request: APIRequest<Response>) async throws -> Response {
        let answer = try await host.send(request)
        if let basket = answer as? Basket { await recording.note(request.name, body: request.endpoint.body, answer: basket) }
        return answer
    }
}
