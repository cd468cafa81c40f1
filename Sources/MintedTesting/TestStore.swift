import Foundation
import MintedAPI
import Testing
import WalletCore

/// The exhaustive store of the Composable Architecture, for `AppReducer`: every action sent or received must be
/// matched by the state change it makes, every answer an effect brings must be received, every other effect
/// asserted, and time moves only when the test advances the clock.
///
/// It stands in for `Store`: calls are counted in flight the same way (`AppState.callSent` / `callAnswered`), API
/// calls are answered by `answers` (nil leaves a call pending until `respond`), scheduled actions and ticks fire on
/// a virtual clock, and reading the customer book answers `book` (a `CustomerBookError` for a damaged one).
public final class TestStore {
    public private(set) var state: AppState
    /// Calls sent and not answered yet, oldest first.
    public private(set) var pending: [(call: APICall, generation: Int)] = []
    private var queue: [(action: AppAction, answering: APICall?)] = []
    private var effects: [Effect] = []
    private var timers: [EffectID: Timer] = [:]
    private var elapsed: Duration = .zero
    private let start: Date
    private let answers: (APICall, Int) -> AppAction?
    private let book: Result<CustomerBook, CustomerBookError>

    private struct Timer {
        var due: Duration
        var action: AppAction?
        var every: Duration?
    }

    public init(state: AppState, book: Result<CustomerBook, CustomerBookError> = .success(CustomerBook()), answers: @escaping (APICall, _ generation: Int) -> AppAction? = { _, _ in nil }) {
        self.state = state
        self.start = state.now
        self.answers = answers
        self.book = book
    }

    /// The virtual clock's time.
    public var now: Date { start.addingTimeInterval(Self.seconds(elapsed)) }

    /// Sends `action`; `update` must turn the state before into exactly the state after.
    public func send(_ action: AppAction, _ update: (inout AppState) -> Void = { _ in },
                     sourceLocation: SourceLocation = #_sourceLocation) {
        if let next = queue.first {
            Issue.record("sent \(action) while \(next.action) is still to be received", sourceLocation: sourceLocation)
        }
        reduce(action, answering: nil, update, sourceLocation)
    }

    /// Receives the oldest action an effect produced; it must equal `expected`, and `update` must describe its change.
    public func receive(_ expected: AppAction, _ update: (inout AppState) -> Void = { _ in },
                        sourceLocation: SourceLocation = #_sourceLocation) {
        guard !queue.isEmpty else {
            Issue.record("expected to receive \(expected), but nothing was produced", sourceLocation: sourceLocation)
            return
        }
        let next = queue.removeFirst()
        guard next.action == expected else {
            Issue.record("received \(next.action), expected \(expected)", sourceLocation: sourceLocation)
            return
        }
        reduce(next.action, answering: next.answering, update, sourceLocation)
    }

    /// Answers the oldest pending `call` with `answer`, to be received next.
    public func respond(to call: APICall, with answer: AppAction, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let index = pending.firstIndex(where: { $0.call == call }) else {
            Issue.record("no pending \(call); pending: \(pending.map(\.call))", sourceLocation: sourceLocation)
            return
        }
        pending.remove(at: index)
        queue.append((answer, call))
    }

    /// Asserts the effects other than calls, schedules, ticks and cancels since the last look, in order.
    public func expectEffects(_ expected: [Effect], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(effects == expected, sourceLocation: sourceLocation)
        effects = []
    }

    /// Moves the clock on, firing what falls due in order; the actions fired are queued to be received.
    public func advance(by duration: Duration) {
        let end = elapsed + duration
        while let (id, timer) = timers.filter({ $0.value.due <= end }).min(by: { $0.value.due < $1.value.due }) {
            elapsed = timer.due
            if let every = timer.every {
                timers[id]?.due = timer.due + every
                queue.append((.ticked(now), nil))
            } else {
                timers[id] = nil
                if let action = timer.action { queue.append((action, nil)) }
            }
        }
        elapsed = end
    }

    /// Ends the test: nothing left to receive, no effect unasserted, no call unanswered.
    public func finish(sourceLocation: SourceLocation = #_sourceLocation) {
        if !queue.isEmpty { Issue.record("not received: \(queue.map(\.action))", sourceLocation: sourceLocation) }
        if !effects.isEmpty { Issue.record("effects not asserted: \(effects)", sourceLocation: sourceLocation) }
        if !pending.isEmpty { Issue.record("calls never answered: \(pending.map(\.call))", sourceLocation: sourceLocation) }
    }

    /// The ids of the scheduled actions and ticks still running.
    public var running: Set<EffectID> { Set(timers.keys) }

    private func reduce(_ action: AppAction, answering call: APICall?, _ update: (inout AppState) -> Void, _ location: SourceLocation) {
        // The answer's count ends as the store ends it; the test states that change too, like any other.
        var expected = state
        if let call { state.callAnswered(call) }
        let effect = AppReducer.reduce(into: &state, action: action)
        run(effect)
        update(&expected)
        if state != expected {
            Issue.record("state after \(action) differs:\n\(Self.difference(expected, state))", sourceLocation: location)
        }
    }

    private func run(_ effect: Effect) {
        switch effect {
        case .none:
            break
        case .batch(let effects):
            effects.forEach(run)
        case .call(let call, let generation):
            state.callSent(call)
            if let answer = answers(call, generation) {
                queue.append((answer, call))
            } else {
                pending.append((call, generation))
            }
        case .schedule(let action, let delay, _, let id):
            timers[id] = Timer(due: elapsed + delay, action: action, every: nil)
        case .tick(let interval, let id):
            timers[id] = Timer(due: elapsed + interval, action: nil, every: interval)
        case .cancel(let id):
            timers[id] = nil
        case .loadCustomerBook:
            queue.append((.customers(.bookLoaded(book)), nil))
        case .cancelCalls, .saveCustomerBook, .copy, .writeReport, .dumpScreen, .saveTheme, .editBody, .quit:
            effects.append(effect)
        }
    }

    private static func seconds(_ duration: Duration) -> TimeInterval {
        let (seconds, attoseconds) = duration.components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }

    /// The stored properties that differ, one line each: `- expected` and `+ actual`.
    static func difference(_ expected: AppState, _ actual: AppState) -> String {
        let left = Mirror(reflecting: expected).children
        let right = Array(Mirror(reflecting: actual).children)
        var lines: [String] = []
        for (index, child) in left.enumerated() where index < right.count {
            let a = String(describing: child.value), b = String(describing: right[index].value)
            if a != b { lines.append("  \(child.label ?? "?"):\n    - \(a)\n    + \(b)") }
        }
        return lines.isEmpty ? "  (equal by description)" : lines.joined(separator: "\n")
    }
}

/// One feature action checked whole: `reduce` runs on `state`, which must then equal the state before with `update`
/// applied, and the step it returns must equal `step`. The feature tests (inspector, faults, market) share it.
public func expectFeature<State: Equatable, Step: Equatable>(_ state: inout State, step: Step, _ update: (inout State) -> Void,
                                                              sourceLocation: SourceLocation, reduce: (inout State) -> Step) {
    var expected = state
    update(&expected)
    let actual = reduce(&state)
    #expect(actual == step, sourceLocation: sourceLocation)
    #expect(state == expected, sourceLocation: sourceLocation)
}
