import Hummingbird

/// The request context of every sandbox route: Hummingbird's basic context plus a way to close the
/// connection without answering, for the dropped-connection fault.
struct SandboxRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// Closes the connection the request came in on.
    let closeConnection: @Sendable () -> Void

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        let channel = source.channel
        closeConnection = { channel.close(promise: nil) }
    }
}
