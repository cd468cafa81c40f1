import Foundation

/// Holds the state, runs the reducer and the effects it returns, and tells an observer when state changed.
public actor Store {
    public private(set) var state: AppState
    private let environment: WalletEnvironment
    private var running: [EffectID: Task<Void, Never>] = [:]
    private var calls: [UUID: (call: APICall, generation: Int, task: Task<Void, Never>)] = [:]
    /// The latest read of each `APICall.readSlot` asked for while one of that slot was in flight; sent when it answers.
    private var waiting: [String: (call: APICall, generation: Int)] = [:]
    /// Set by `cancelAll`: nothing more is sent after it.
    private var closed = false
    private let observe: @Sendable (AppState) -> Void
    private let quit: @Sendable () -> Void

    public init(state: AppState, environment: WalletEnvironment,
                observe: @escaping @Sendable (AppState) -> Void = { _ in }, quit: @escaping @Sendable () -> Void = {}) {
        self.state = state
        self.environment = environment
        self.observe = observe
        self.quit = quit
    }

    /// Reduces `action` and starts its effects.
    public func send(_ action: AppAction) {
        let before = state
        let effect = AppReducer.reduce(into: &state, action: action)
        run(effect)
        if state != before { observe(state) }
    }

    /// Cancels every running effect.
    public func cancelAll() {
        closed = true
        running.values.forEach { $0.cancel() }
        calls.values.forEach { $0.task.cancel() }
        running = [:]
        calls = [:]
        waiting = [:]
    }

    private func run(_ effect: Effect) {
        switch effect {
        case .none:
            break
        case .batch(let effects):
            effects.forEach(run)
        case .call(let call, let generation):
            // A read the same as one in flight is not sent again: that one's answer serves both (a held `r` or `o`
            // would otherwise put thousands of requests in flight at once). A newer read of the same thing (another
            // basket type, chart period or order page) waits for the one in flight, and only the latest waiting is
            // sent when it answers; the older answer is dropped by the reducer as stale.
            if !call.isWrite {
                if calls.values.contains(where: { $0.call == call && $0.generation == generation }) { return }
                if let slot = call.readSlot, calls.values.contains(where: { $0.call.readSlot == slot }) {
                    waiting[slot] = (call, generation)
                    return
                }
            }
            let id = UUID()
            let api = environment.api
            // A cancelled call still answers (as a failure): its answer ends its count, and the reducer drops it.
            state.callSent(call)
            let task = Task { [weak self] in
                let answer = await call.perform(on: api, generation: generation)
                await self?.finished(id, answer)
            }
            calls[id] = (call, generation, task)
        case .cancelCalls(let customer):
            for entry in calls.values where entry.call.sessionCustomer == customer { entry.task.cancel() }
        case .loadCustomerBook:
            let storage = environment.customerBook
            Task { [weak self] in
                let result: Result<CustomerBook, CustomerBookError>
                do {
                    result = .success(try storage.load())
                } catch let error as CustomerBookError {
                    result = .failure(error)
                } catch {
                    result = .failure(CustomerBookError(message: String(describing: error)))
                }
                await self?.deliver(.customers(.bookLoaded(result)))
            }
        case .saveTheme(let name):
            // A few lines of the config file, written here, in order.
            do {
                try environment.saveTheme(name)
            } catch {
                send(.reportWritten(.theme, .failure(ReportError(message: String(describing: error)))))
            }
        case .saveCustomerBook(let book):
            // Written here, in order, on the store's executor: a few hundred bytes.
            do {
                try environment.customerBook.save(book)
            } catch {
                send(.customers(.bookSaveFailed(String(describing: error))))
            }
        case .schedule(let action, let delay, let jitter, let id):
            running[id]?.cancel()
            let environment = environment
            let wait = jitter ? delay + environment.jitter(delay) : delay
            running[id] = Task { [weak self] in
                do { try await environment.sleep(wait) } catch { return }
                guard !Task.isCancelled else { return }
                await self?.send(action)
            }
        case .tick(let interval, let id):
            running[id]?.cancel()
            let environment = environment
            running[id] = Task { [weak self] in
                while !Task.isCancelled {
                    do { try await environment.sleep(interval) } catch { return }
                    guard !Task.isCancelled else { return }
                    await self?.send(.ticked(environment.now()))
                }
            }
        case .cancel(let id):
            running[id]?.cancel()
            running[id] = nil
        case .copy(let text):
            environment.clipboard(text)
        case .writeReport(let kind, let folder, let name, let contents):
            let reports = environment.reports
            Task { [weak self] in
                await self?.deliver(.reportWritten(kind, Self.written { try reports.write(folder, name, contents) }))
            }
        case .dumpScreen(let name):
            let contents = ScreenDump.text(screen: environment.screenText(state), state: state)
            let reports = environment.reports
            Task { [weak self] in
                await self?.deliver(.reportWritten(.screenDump, Self.written { try reports.write(ScreenDump.folder, name, contents) }))
            }
        case .editBody(let id, let text):
            let edit = environment.editText
            Task { [weak self] in await self?.deliver(.inspector(.bodyEdited(id: id, await edit(text)))) }
        case .quit:
            quit()
        }
    }

    /// The path written, or why not.
    private static func written(_ write: () throws -> URL) -> Result<String, ReportError> {
        do {
            return .success(try write().path)
        } catch let error as ReportError {
            return .failure(error)
        } catch {
            return .failure(ReportError(message: error.localizedDescription))
        }
    }

    private func finished(_ id: UUID, _ answer: AppAction) {
        guard let entry = calls.removeValue(forKey: id), !closed else { return }
        state.callAnswered(entry.call)
        send(answer)
        if let slot = entry.call.readSlot, let next = waiting.removeValue(forKey: slot) {
            let before = state
            run(.call(next.call, generation: next.generation))
            if state != before { observe(state) }
        }
    }

    private func deliver(_ action: AppAction) {
        guard !closed else { return }
        send(action)
    }
}
