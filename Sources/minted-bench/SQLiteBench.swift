import Foundation
import MintedAPI
import MintedSandbox

/// `minted-bench sqlite [sizes…]`: the sandbox's SQLite store at 1k, 10k, 100k orders — write latency, Get Orders first
/// and deep page with filters, start time, file size, resident memory (of a fresh child process, `sqlite-open FILE`).
enum SQLiteBench {
    /// Customers the generated orders are spread over.
    static let customers = (0..<100).map { "bench-\($0)" }

    /// A clock the bench moves by hand, so that generated orders span days.
    final class Clock: @unchecked Sendable {
        private let lock = NSLock()
        private var now: Date
        init(_ start: Date) { now = start }
        func advance(by seconds: TimeInterval) { lock.withLock { now += seconds } }
        var reading: @Sendable () -> Date { { [self] in lock.withLock { now } } }
    }

    /// Runs every size, then the persisted-versus-in-memory throughput.
    static func run(sizes: [Int]) async throws {
        print("sqlite store — figures per size; sandbox CPU is the process's CPU time around one store operation")
        for size in sizes { try await measure(orders: size) }
        try await throughput()
    }

    /// Fills a database with `orders` orders through the store, then measures it.
    static func measure(orders count: Int) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("minted-bench-sqlite-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = SandboxStateFile(url: folder.appendingPathComponent("sandbox.sqlite"))
        let start = Date(timeIntervalSince1970: 1_771_590_477)
        let clock = Clock(start)
        let configuration = SandboxConfiguration(volatility: 0.0005)
        var server: SandboxServer? = try SandboxServer(configuration: configuration, clock: clock.reading, stateFile: file)
        let filling = ContinuousClock.now
        try await server?.perform { engine, now in
            for id in customers {
                _ = try engine.createCustomer(CustomerProfile(externalId: id, firstname: "Bench", lastname: id, phone: "+15550100", identityNumber: id), now: now)
            }
        }
        var made = 0
        while made < count {
            let batch = min(1_000, count - made), base = made
            try await server?.perform { engine, now in
                for offset in 0..<batch {
                    let index = base + offset
                    let id = customers[index % customers.count]
                    let type: BasketType = (index / customers.count) % 2 == 0 ? .buy : .sell
                    let basket = try engine.addItem(customer: id, sku: "MNTBAE0001", qty: 1, type: type, cartToken: nil, now: now)
                    _ = try engine.complete(type, customer: id, cartToken: basket.token, now: now)
                }
            }
            made += batch
            clock.advance(by: 6 * 3_600)
        }
        let filled = seconds(filling.duration(to: .now))
        print("— \(count) orders (generated in \(format(filled)) s, \(count / 1_000 + 1) transactions)")

        // Writes: a buy = add item + complete, one request each.
        var adds: [Sample] = [], completes: [Sample] = []
        for index in 0..<200 {
            let id = customers[index % customers.count]
            var token = ""
            adds.append(try await sample {
                token = try await server!.perform { engine, now in
                    try engine.addItem(customer: id, sku: "MNTBAE0001", qty: 1, type: .buy, cartToken: nil, now: now).token
                }
            })
            let cart = token
            completes.append(try await sample {
                _ = try await server!.perform { engine, now in try engine.complete(.buy, customer: id, cartToken: cart, now: now) }
            })
        }
        report("write: add item", adds)
        report("write: complete a buy", completes)

        // Reads.
        let total = try await server!.perform { engine, now in try engine.orders(OrderQuery(perPage: 20), now: now).total }
        let queries: [(String, OrderQuery)] = [
            ("GET orders page 1", OrderQuery(perPage: 20)),
            ("GET orders deep page (middle)", OrderQuery(page: max(1, total / 40), perPage: 20)),
            ("GET orders customer+type+dates, page 1", OrderQuery(perPage: 20, startDate: "2026-02-20", endDate: "2027-12-31",
                                                                 types: [.buy], customerExternalId: "bench-7")),
            ("GET orders customer+type+dates, deep", OrderQuery(page: max(1, total / 100 / 2 / 20 / 2), perPage: 20, startDate: "2026-02-20",
                                                               endDate: "2027-12-31", types: [.buy], customerExternalId: "bench-7")),
            ("GET orders sort status_id, deep", OrderQuery(page: max(1, total / 40), perPage: 20, sortBy: "status_id")),
            ("GET orders status 5, sort total asc, deep", OrderQuery(page: max(1, total / 40), perPage: 20, sortBy: "total", sortType: "asc",
                                                                    statusIds: [5])),
        ]
        let stateWrites = await server!.stateWrites
        for (name, query) in queries {
            var samples: [Sample] = []
            for _ in 0..<30 {
                samples.append(try await sample { _ = try await server!.perform { engine, now in try engine.orders(query, now: now).data.count } })
            }
            report(name, samples)
        }
        let afterReads = await server!.stateWrites
        print(pad("state writes by the reads") + "\(afterReads - stateWrites)")
        server = nil
        let size = ["", "-wal"].compactMap { try? FileManager.default.attributesOfItem(atPath: file.url.path + $0)[.size] as? Int }.reduce(0, +)
        print(pad("file size (database + WAL)") + String(format: "%.1f MB", Double(size) / 1_048_576))
        try reopenInChild(file.url, clock: clock.reading())
    }

    /// Starts a fresh process on the file: its start time and resident memory.
    static func reopenInChild(_ url: URL, clock now: Date) throws {
        let process = Process()
        process.executableURL = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["sqlite-open", url.path, String(now.timeIntervalSince1970)]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        print(String(decoding: output, as: UTF8.self), terminator: "")
    }

    /// The child: opens the file as `minted sandbox --state` would, answers a first and a deep page, prints figures.
    static func open(path: String, at time: TimeInterval) async throws {
        let clock = Clock(Date(timeIntervalSince1970: time))
        let started = ContinuousClock.now
        let server = try SandboxServer(configuration: SandboxConfiguration(volatility: 0.0005), clock: clock.reading,
                                       stateFile: SandboxStateFile(url: URL(fileURLWithPath: path)))
        let opened = seconds(started.duration(to: .now))
        let total = try await server.perform { engine, now in try engine.orders(OrderQuery(perPage: 20), now: now).total }
        let first = seconds(started.duration(to: .now))
        print(pad("start: open + load state") + "\(format(opened * 1_000)) ms (to the first page: \(format(first * 1_000)) ms)")
        _ = try await server.perform { engine, now in try engine.orders(OrderQuery(page: max(1, total / 40), perPage: 20), now: now).total }
        print(pad("resident memory after start + 2 pages") + String(format: "%.1f MB", residentMegabytes()))
    }

    /// Completes per second through the store, with a file and in memory: five rounds of 2,000 orders each way,
    /// interleaved so that a busy moment of the machine hits both, and the median of each.
    static func throughput() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("minted-bench-sqlite-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var persisted: [Double] = []
        var inMemory: [Double] = []
        for round in 0..<5 {
            for file in [SandboxStateFile(url: folder.appendingPathComponent("sandbox-\(round).sqlite")), nil] {
                let configuration = SandboxConfiguration(volatility: 0)
                let server = if let file { try SandboxServer(configuration: configuration, stateFile: file) } else { SandboxServer(configuration: configuration) }
                let customer = SandboxEngine.demoCustomerId
                let orders = 2_000
                let started = ContinuousClock.now
                for index in 0..<orders {
                    let type: BasketType = index % 2 == 0 ? .buy : .sell
                    let token = try await server.perform { engine, now in
                        try engine.addItem(customer: customer, sku: "MNTBAE0001", qty: 1, type: type, cartToken: nil, now: now).token
                    }
                    _ = try await server.perform { engine, now in try engine.complete(type, customer: customer, cartToken: token, now: now) }
                }
                let rate = Double(orders) / seconds(started.duration(to: .now))
                if file == nil { inMemory.append(rate) } else { persisted.append(rate) }
            }
        }
        let median = { (rates: [Double]) in rates.sorted()[rates.count / 2] }
        print("— throughput, add + complete, one client through the store (median of 5 rounds of 2,000)")
        print(pad("persisted (file, WAL, synchronous=NORMAL)") + "\(Int(median(persisted))) orders/s")
        print(pad("in memory") + "\(Int(median(inMemory))) orders/s (persisted/in-memory \(format(median(persisted) / median(inMemory))))")
    }

    /// Wall and CPU time of one operation, in milliseconds.
    struct Sample {
        var wall: Double
        var cpu: Double
    }

    static func sample(_ body: () async throws -> Void) async throws -> Sample {
        let cpu = cpuSeconds()
        let started = ContinuousClock.now
        try await body()
        return Sample(wall: seconds(started.duration(to: .now)) * 1_000, cpu: (cpuSeconds() - cpu) * 1_000)
    }

    static func report(_ name: String, _ samples: [Sample]) {
        let wall = samples.map(\.wall).sorted(), cpu = samples.map(\.cpu).sorted()
        func p(_ values: [Double], _ q: Double) -> Double { values[min(values.count - 1, Int(Double(values.count) * q))] }
        print(pad(name) + "wall median \(format(p(wall, 0.5))) ms, p99 \(format(p(wall, 0.99))) ms; CPU median \(format(p(cpu, 0.5))) ms, max \(format(cpu.last ?? 0)) ms")
    }

    static func pad(_ name: String) -> String { "  " + name.padding(toLength: 46, withPad: " ", startingAt: 0) }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func cpuSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// Resident set size from `/proc/self/statm`, in MB.
    static func residentMegabytes() -> Double {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Double(fields[1]) else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }
}
