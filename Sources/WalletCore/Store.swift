import Foundation

/// Holds the state, runs the reducer and the effects it returns, and tells an observer when state changed.
public actor Store {
    public private(set) var state: AppState
    private let environment: WalletEnvironment
    private var running: [EffectID: Task<Void, Never>] = [:]
    private var calls: [UUID: Task<Void, Never>] = [:]
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
        if state != before { observe(state) }
        run(effect)
    }

    /// Cancels every running effect.
    public func cancelAll() {
        running.values.forEach { $0.cancel() }
        calls.values.forEach { $0.cancel() }
        running = [:]
        calls = [:]
    }

    private func run(_ effect: Effect) {
        switch effect {
        case .none:
            break
        case .batch(let effects):
            effects.forEach(run)
        case .call(let call, let generation):
            let id = UUID()
            let api = environment.api
            calls[id] = Task { [weak self] in
                let answer = await api.perform(call, generation: generation)
                guard !Task.isCancelled else { return }
                await self?.finished(id, answer)
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
        case .quit:
            quit()
        }
    }

    private func finished(_ id: UUID, _ answer: AppAction) {
        calls[id] = nil
        send(answer)
    }
}
