import Foundation
import TerminalKit
import WalletCore

/// Plays `DemoCue`s in the live UI: keys go through the same key tables as a person's, at `pace` seconds apart, and
/// each waits for the answers and captions before the next step. Cancelled (any key) between any two cues.
public struct DemoPlayer: Sendable {
    /// The cues to play.
    public var cues: [DemoCue]
    /// Start again from the first cue after the last (a booth).
    public var loops: Bool
    /// Seconds between two keys.
    public var pace: Double

    public init(cues: [DemoCue], loops: Bool = false, pace: Double = 0.6) {
        self.cues = cues
        self.loops = loops
        self.pace = min(max(pace, 0), 10)
    }

    /// What the player needs of the running app.
    struct Stage: Sendable {
        /// The state now.
        var state: @Sendable () async -> AppState
        /// Sends an action, as a key's would be.
        var send: @Sendable (AppAction) async -> Void
        /// Sleeps; throws when the playback is cancelled.
        var sleep: @Sendable (Double) async throws -> Void
    }

    /// Plays until the end (or for ever with `loops`), or until cancelled.
    func play(on stage: Stage) async throws {
        var step = ""
        repeat {
            for cue in cues {
                try Task.checkCancellation()
                try await perform(cue, step: &step, on: stage)
            }
        } while loops
    }

    private func perform(_ cue: DemoCue, step: inout String, on stage: Stage) async throws {
        func press(_ key: Key) async throws {
            await stage.send(.playbackAdvanced(step: step, key: key.label))
            let state = await stage.state()
            if let action = Keymap.forMode(state.inputMode).action(for: key) { await stage.send(action) }
            try await stage.sleep(pace)
        }
        switch cue {
        case .step(let text):
            step = text
            await stage.send(.playbackAdvanced(step: text, key: nil))
        case .press(let key):
            try await press(key)
        case .type(let text):
            for character in text { try await press(.character(character)) }
        case .selectProduct(let sku):
            let state = await stage.state()
            guard let index = state.market.products.firstIndex(where: { $0.sku == sku }) else {
                step = "\(sku) is not in this host's catalog: the step is skipped"
                await stage.send(.playbackAdvanced(step: step, key: nil))
                return
            }
            try await move(by: index - state.market.productSelection, press)
        case .selectLine(let sku):
            let state = await stage.state()
            guard let index = state.checkout.basket?.items.firstIndex(where: { $0.sku == sku }) else { return }
            try await move(by: index - state.checkout.selection, press)
        case .stepLine(let sku, let target):
            for _ in 0..<50 {
                let state = await stage.state()
                let amount = state.checkout.basket?.items.first { $0.sku == sku }?.amount ?? 0
                guard amount != target, amount > 0 else { return }
                try await press(.character(amount < target ? "+" : "-"))
                try await settle(on: stage)
            }
        case .settle:
            try await settle(on: stage)
        case .lockExpiry:
            // At most the longest lock the flags allow, then the re-price's answer.
            for _ in 0..<3_600 {
                let left = await stage.state().lockSecondsLeft
                if left == nil || left == 0 { break }
                try await stage.sleep(0.5)
            }
            try await stage.sleep(1.5)
            try await settle(on: stage)
        case .closeDialogs:
            for _ in 0..<4 {
                let state = await stage.state()
                guard state.modal != nil || state.showsHelp else { return }
                try await press(.escape)
            }
        case .hold(let seconds):
            try await stage.sleep(seconds)
        }
    }

    private func move(by delta: Int, _ press: (Key) async throws -> Void) async throws {
        for _ in 0..<min(abs(delta), 200) { try await press(delta > 0 ? .down : .up) }
    }

    /// Until no request is out and every caption has been on screen long enough (at most 30 s).
    private func settle(on stage: Stage) async throws {
        for _ in 0..<300 {
            let state = await stage.state()
            if state.requestsInFlight == 0, !state.demo || state.captions.isRead(at: Date()) { return }
            try await stage.sleep(0.1)
        }
    }
}
