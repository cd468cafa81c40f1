import Foundation
import MintedAPI
import MintedSandbox
import MintedTesting
import TerminalKit
import WalletCore
import WalletUI

// Prints each performance figure of the README's budget table. Run: swift run -c release minted-bench
// `minted-bench render [runs]` measures only the full-screen render + diff, for a profiler (perf, callgrind).

/// Percentiles of a list of durations, in milliseconds.
func summary(_ samples: [Duration]) -> (median: Double, p99: Double) {
    let millis = samples.map { Double($0.components.seconds) * 1000 + Double($0.components.attoseconds) / 1e15 }.sorted()
    guard !millis.isEmpty else { return (0, 0) }
    return (millis[millis.count / 2], millis[min(millis.count - 1, Int(Double(millis.count) * 0.99))])
}

func measure(_ runs: Int, _ body: () -> Void) -> [Duration] {
    let clock = ContinuousClock()
    return (0..<runs).map { _ in clock.measure(body) }
}

func line(_ figure: String, _ value: String, budget: String) {
    print(figure.padding(toLength: 58, withPad: " ", startingAt: 0) + value.padding(toLength: 30, withPad: " ", startingAt: 0) + "budget " + budget)
}

func format(_ value: Double) -> String { String(format: "%.3f", value) }

/// A populated session: many products, a basket, the wallet and a day of rates.
func populatedState() -> AppState {
    let products = (0..<80).map { index in
        var product = Samples.goldBar
        product.sku = "MNTBAE\(String(format: "%04d", index))"
        product.name = "Minted \(index) g 999.9 Gold Bar — İstanbul ₺ 漢字"
        return product
    }
    return Samples.liveState(products: products, historyPoints: 1440)
}

let context = RenderContext(timeZone: TimeZone(identifier: "UTC")!)
let size = Size(width: 200, height: 60)
var state = populatedState()

// `minted-bench sqlite [orders…]`: only the sandbox's SQLite store (default 1000 10000 100000).
let command = Array(CommandLine.arguments.dropFirst())
if command.first == "sqlite-open", command.count == 3, let time = TimeInterval(command[2]) {
    try await SQLiteBench.open(path: command[1], at: time)
    exit(0)
}
if command.first == "sqlite" {
    let sizes = command.dropFirst().compactMap { Int($0) }
    try await SQLiteBench.run(sizes: sizes.isEmpty ? [1_000, 10_000, 100_000] : sizes)
    exit(0)
}

print("minted-bench — \(ProcessInfo.processInfo.activeProcessorCount) cores")

// 1. Render + diff of a full 200×60 screen, every pane populated.
var previous = Screen(size: size)
let renders = measure(2_000) {
    state.now = state.now.addingTimeInterval(1)
    let screen = MainScreen.render(state, size: size, context: context)
    _ = screen.diff(from: previous)
    previous = screen
}
let render = summary(renders)
line("render + diff, 200×60, all panes", "median \(format(render.median)) ms, p99 \(format(render.p99)) ms", budget: "≤ 1 ms median, ≤ 3 ms p99")
let arguments = CommandLine.arguments.dropFirst()
if arguments.first == "render" {
    let runs = arguments.dropFirst().first.flatMap { Int($0) } ?? 20_000
    let profiled = summary(measure(runs) {
        state.now = state.now.addingTimeInterval(1)
        let screen = MainScreen.render(state, size: size, context: context)
        _ = screen.diff(from: previous)
        previous = screen
    })
    line("render + diff, 200×60, \(runs) more runs", "median \(format(profiled.median)) ms, p99 \(format(profiled.p99)) ms", budget: "≤ 1 ms median, ≤ 3 ms p99")
    exit(0)
}

// 2. Key to frame: keymap → reducer → render → diff, no network.
let keys: [Key] = [.down, .down, .up, .tab, .down, .backTab, .character("j"), .character("k")]
var index = 0
let frames = measure(2_000) {
    let key = keys[index % keys.count]
    index += 1
    if let action = Keymap.standard.action(for: key) { _ = AppReducer.reduce(into: &state, action: action) }
    let screen = MainScreen.render(state, size: Size(width: 120, height: 40), context: context)
    _ = screen.diff(from: previous)
    previous = screen
}
let frame = summary(frames)
line("key to frame (focus and list moves)", "median \(format(frame.median)) ms, p99 \(format(frame.p99)) ms", budget: "≤ 5 ms p99")

// 3. A year of 1-minute points reduced to the chart's width.
var generator = SeededGenerator(seed: 1)
var walk = 592.34
let year = (0..<525_600).map { _ in
    walk *= 1 + Double.random(in: -0.0005...0.0005, using: &generator)
    return walk
}
let charts = measure(50) { _ = BrailleChart(values: year).rows(width: 120, height: 16) }
let chart = summary(charts)
line("525,600 points → braille chart 120×16", "median \(format(chart.median)) ms, p99 \(format(chart.p99)) ms", budget: "≤ 2 ms")

// 4 and 5. Digest exchanges and sandbox throughput over loopback.
let server = SandboxServer(configuration: SandboxConfiguration(volatility: 0))
let url = try await server.start()
let counting = CountingTransport()
let client = MintedClient(configuration: ClientConfiguration(baseURL: url, credentials: DigestCredentials(username: "sandbox", password: "sandbox")),
                          transport: counting)
for _ in 0..<100 { _ = try await client.send(.currencyRates()) }
line("HTTP exchanges for 100 calls with Digest", "\(counting.exchanges)", budget: "N + 1 = 101")

let requests = 4_000
let workers = 8
let started = ContinuousClock.now
try await withThrowingTaskGroup(of: Void.self) { group in
    for _ in 0..<workers {
        group.addTask {
            let worker = MintedClient(configuration: ClientConfiguration(baseURL: url, credentials: DigestCredentials(username: "sandbox", password: "sandbox")))
            for _ in 0..<(requests / workers) { _ = try await worker.send(.currencyRates()) }
        }
    }
    try await group.waitForAll()
}
let elapsed = summary([started.duration(to: .now)]).median / 1000
line("sandbox requests/s, loopback, Digest, \(workers) clients", "\(Int(Double(requests) / elapsed)) req/s (\(requests) in \(format(elapsed)) s)", budget: "reported")
await server.stop()
