import NIOCore
import NIOHTTPTypes

/// Closes an HTTP/1 connection that trickles: one whose request head has not arrived whole within `headTimeout`, or
/// whose request body has not ended within `bodyTimeout` of its head.
///
/// A slowloris client holds a connection (and a descriptor) by sending a head byte by byte, or a body byte by byte —
/// each body part restarts the server's idle timer, so only a deadline counted from the head bounds it, whether the
/// body goes to a route or arrives after an early answer (the Digest gate's 401). The head deadline starts when the
/// connection opens and again when the last response in progress ends (keep-alive), and stops when a head arrives; the
/// HTTP decoder passes a head on only once it is complete, so trickled bytes never stop it.
final class RequestDeadlines: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let headTimeout: TimeAmount
    private let bodyTimeout: TimeAmount
    private var headDeadline: Scheduled<Void>?
    private var bodyDeadline: Scheduled<Void>?
    /// Heads read whose responses have not ended: pipelined requests keep the deadline off until every one is answered.
    private var requestsInProgress = 0

    init(headTimeout: TimeAmount, bodyTimeout: TimeAmount) {
        self.headTimeout = headTimeout
        self.bodyTimeout = bodyTimeout
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { armHead(context) }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        disarmAll()
    }

    func channelActive(context: ChannelHandlerContext) {
        armHead(context)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        disarmAll()
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            requestsInProgress += 1
            headDeadline?.cancel()
            headDeadline = nil
            bodyDeadline?.cancel()
            bodyDeadline = context.eventLoop.assumeIsolated().scheduleTask(in: bodyTimeout) {
                self.bodyDeadline = nil
                context.close(promise: nil)
            }
        case .end:
            bodyDeadline?.cancel()
            bodyDeadline = nil
        case .body:
            break
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) {
            requestsInProgress = max(0, requestsInProgress - 1)
            if requestsInProgress == 0 { armHead(context) }
        }
        context.write(data, promise: promise)
    }

    private func armHead(_ context: ChannelHandlerContext) {
        guard headDeadline == nil, requestsInProgress == 0 else { return }
        headDeadline = context.eventLoop.assumeIsolated().scheduleTask(in: headTimeout) {
            self.headDeadline = nil
            context.close(promise: nil)
        }
    }

    private func disarmAll() {
        headDeadline?.cancel()
        headDeadline = nil
        bodyDeadline?.cancel()
        bodyDeadline = nil
    }
}
