import Foundation
import MintedAPI
import MintedSandbox
import MintedTesting
import Testing

/// One request that used to take the sandbox down (exit 132, integer overflow), and with it the TUI that embeds it:
/// each is now an answer, and the sandbox keeps serving.
@Suite(.serialized)
struct HostileInputTortureTests {
    func withSandbox(_ body: (MintedClient) async throws -> Void) async throws {
        let server = SandboxServer(configuration: SandboxConfiguration(volatility: 0))
        let url = try await server.start()
        let client = MintedClient(configuration: ClientConfiguration(
            baseURL: url, credentials: DigestCredentials(username: "sandbox", password: "sandbox"), language: "en"))
        do {
            try await body(client)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    func orders(_ client: MintedClient, page: String) async throws -> JSONValue? {
        try await client.raw(Endpoint(method: "GET", path: "/partner/walletable/orders", query: [
            URLQueryItem(name: "customer_external_id", value: SandboxEngine.demoCustomerId),
            URLQueryItem(name: "page", value: page), URLQueryItem(name: "total", value: "100"),
        ]))
    }

    @Test func pagesBeyondAnyIntegerProductAreEmptyPages() async throws {
        try await withSandbox { client in
            for page in ["9223372036854775807", "600000000000000000", "4611686018427387904"] {
                let answer = try await orders(client, page: page)
                guard case .object(let fields)? = answer, case .array(let data)? = fields["data"] else {
                    Issue.record("page \(page): \(String(describing: answer))")
                    continue
                }
                #expect(data.isEmpty)
                let products = try await client.send(.products(page: Int(page)!, perPage: 100))
                #expect(products.data.isEmpty)
            }
            await #expect(throws: APIError.self) {
                _ = try await orders(client, page: "99999999999999999999")
            }
            #expect(try await client.send(.currencyRates()).count == 2, "still serving")
        }
    }

    @Test func quantitiesAreBoundedBeforeTheyAreAdded() async throws {
        try await withSandbox { client in
            let customer = SandboxEngine.demoCustomerId
            await #expect(throws: APIError.validation(message: "The qty field must not be greater than 1000000.",
                                                      fields: ["qty": ["The qty field must not be greater than 1000000."]])) {
                _ = try await client.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 999_999_999_999, type: .buy, cartToken: nil))
            }
            let basket = try await client.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 1_000_000, type: .buy, cartToken: nil))
            await #expect(throws: APIError.self) {
                _ = try await client.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 1, type: .buy, cartToken: basket.token))
            }
            await #expect(throws: APIError.self) {
                _ = try await client.send(.updateItem(customer: customer, cartToken: basket.token, sku: "MNTBAE0001", qty: Int.max))
            }
            #expect(try await client.send(.currencyRates()).count == 2, "still serving")
        }
    }

    /// Fifteen +1000 % spikes, then 336 of +10 %: the rate stops at the ceiling (the spike is refused), every price
    /// stays finite and the sandbox keeps answering.
    @Test func spikeStormsAreRefusedAtTheCeiling() async throws {
        try await withSandbox { client in
            var refused = 0
            for _ in 0..<15 {
                do { _ = try await client.send(.spike(currencyId: 1_000_013, percent: 1_000)) } catch APIError.validation { refused += 1 }
            }
            for _ in 0..<336 {
                do { _ = try await client.send(.spike(currencyId: 1_000_014, percent: 10)) } catch APIError.validation { refused += 1 }
            }
            #expect(refused > 0)
            let rates = try await client.send(.currencyRates())
            #expect(rates.allSatisfy { $0.buy <= 20_000_000 && $0.buy > 0 })
            let products = try await client.send(.products())
            #expect(products.data.allSatisfy { $0.buyPrice > 0 && $0.buyPrice < 100_000_000_000 })
            let basket = try await client.send(.addItem(customer: SandboxEngine.demoCustomerId, sku: "MNTBAS1000", qty: 1, type: .buy, cartToken: nil))
            #expect(basket.paidTotal > basket.total)
        }
    }

    /// A path Foundation would refuse as percent-encoded (a `?`, a space) is encoded, not a trap in `URLComponents`.
    @Test func aPathWithReservedCharactersIsEncodedNotATrap() async throws {
        try await withSandbox { client in
            await #expect(throws: APIError.notFound(message: "No route for GET /partner/walletable/orders%3Fpage=1%20x")) {
                _ = try await client.raw(Endpoint(method: "GET", path: "/partner/walletable/orders?page=1 x"))
            }
            await #expect(throws: APIError.self) {
                _ = try await client.raw(Endpoint(method: "GET", path: "/partner/walletable/100%"))
            }
        }
    }

    /// Duplicate keys: the last one wins, as most JSON parsers do (JSONDecoder kept the first).
    @Test func duplicateKeysLastOneWins() async throws {
        try await withSandbox { client in
            let body = #"{"external_customer_id": "\#(SandboxEngine.demoCustomerId)", "sku": "MNTBAE0001", "qty": 1, "qty": 2, "type": "buy"}"#
            let basket = try await client.send(.decoding(Endpoint(method: "POST", path: Endpoint.basketPath, body: Data(body.utf8)), as: Basket.self))
            #expect(basket?.items.first?.amount == 2)
        }
    }

    @Test func aBodyPastTheLimitIsA413WithTheEnvelope() async throws {
        try await withSandbox { client in
            let body = Data(#"{"external_customer_id": ""#.utf8) + Data(repeating: 0x61, count: 1_100_000) + Data(#""}"#.utf8)
            do {
                _ = try await client.raw(Endpoint(method: "POST", path: Endpoint.basketPath, body: body))
                Issue.record("accepted a 1.1 MB body")
            } catch let error as APIError {
                #expect(error.status == 413)
                #expect(!error.message.contains("NIO") && !error.message.contains("Error("))
            }
            #expect(try await client.send(.currencyRates()).count == 2, "still serving")
        }
    }
}

/// Idle connections by the hundred: the sandbox closes them after its idle timeout and, past its connection limit,
/// stops accepting rather than running out of descriptors; a real client is served once they are gone.
@Suite(.serialized)
struct ConnectionFloodTortureTests {
    /// A TCP connection to `port` on loopback that sends nothing; -1 when refused.
    func idleConnection(_ port: Int) -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return -1 }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        if connected != 0 { close(fd); return -1 }
        return fd
    }

    /// True once the server has closed `fd` (a read returns 0 or fails).
    func isClosedByPeer(_ fd: Int32) -> Bool {
        var pollfd = Glibc.pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&pollfd, 1, 0) > 0 else { return false }
        var byte: UInt8 = 0
        return recv(fd, &byte, 1, Int32(MSG_DONTWAIT)) <= 0
    }

    @Test func idleConnectionsAreClosedAndTheLimitHolds() async throws {
        var configuration = SandboxConfiguration(volatility: 0)
        configuration.maximumConnections = 20
        configuration.idleTimeout = 1
        let server = SandboxServer(configuration: configuration)
        let url = try await server.start(threads: 1)  // deadlines on threads of its own, not the suite's
        let port = try #require(url.port)
        let descriptors = (0..<100).map { _ in idleConnection(port) }.filter { $0 >= 0 }
        defer { descriptors.forEach { close($0) } }
        #expect(descriptors.count > 20)
        // Waits (up to 60 s on a loaded machine) for the idle timeout to close at least the first batch accepted.
        // Ten is proof enough that idle connections are closed (the limit is counted by `DescriptorLimitTortureTests`);
        // a full suite on two cores once got 16 of the first 20 closed within the minute.
        var closed = 0
        for _ in 0..<120 where closed < 10 {
            try await Task.sleep(for: .milliseconds(500))
            closed = descriptors.filter(isClosedByPeer).count
        }
        #expect(closed >= 10, "the sandbox closed \(closed) idle connections")
        let client = MintedClient(configuration: ClientConfiguration(
            baseURL: url, credentials: DigestCredentials(username: "sandbox", password: "sandbox"), timeout: .seconds(30)))
        #expect(try await client.send(.currencyRates()).count == 2, "still serving")
        await server.stop()
    }

    /// Sends `opening`, then one byte every 300 ms until the server closes `fd` or 15 s pass (generous on a loaded
    /// machine: the deadlines tested are 1 s); answers whether it closed and how many bytes were trickled.
    func trickle(_ fd: Int32, after opening: String) async throws -> (closed: Bool, sent: Int, took: Duration) {
        let start = Array(opening.utf8)
        #expect(send(fd, start, start.count, Int32(MSG_NOSIGNAL)) == start.count)
        let began = ContinuousClock.now
        var sent = 0
        var closed = false
        while !closed, ContinuousClock.now - began < .seconds(15) {
            try await Task.sleep(for: .milliseconds(300))
            var pollfd = Glibc.pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            // An answer (a 401) is read and skipped; a read of 0 or an error is the close.
            if poll(&pollfd, 1, 0) > 0 {
                var buffer = [UInt8](repeating: 0, count: 4_096)
                closed = recv(fd, &buffer, buffer.count, Int32(MSG_DONTWAIT)) <= 0
            }
            if !closed {
                var byte = UInt8(ascii: "a")
                if send(fd, &byte, 1, Int32(MSG_NOSIGNAL)) == 1 { sent += 1 } else { closed = true }
            }
        }
        return (closed, sent, ContinuousClock.now - began)
    }

    /// A sandbox whose request-head deadline is 1 s and whose idle timeout is far away, so that only the deadline
    /// can close a trickling connection; `body` gets a raw connection to it, then a real client checks it still serves.
    func withHeadDeadlineSandbox(_ body: (Int32) async throws -> Void) async throws {
        var configuration = SandboxConfiguration(volatility: 0)
        configuration.requestHeadTimeout = 1
        configuration.requestBodyTimeout = 3
        configuration.idleTimeout = 600
        let server = SandboxServer(configuration: configuration)
        let url = try await server.start(threads: 1)  // deadlines on threads of its own, not the suite's
        let fd = idleConnection(try #require(url.port))
        try #require(fd >= 0)
        defer { close(fd) }
        try await body(fd)
        let client = MintedClient(configuration: ClientConfiguration(
            baseURL: url, credentials: DigestCredentials(username: "sandbox", password: "sandbox"), timeout: .seconds(30)))
        #expect(try await client.send(.products()).data.isEmpty == false, "a fresh connection is served")
        await server.stop()
    }

    /// Slowloris: a request head sent one byte every 300 ms never completes (the HTTP decoder passes on only whole
    /// heads), so the connection is closed at the request-head deadline although bytes keep arriving.
    @Test func aTrickledRequestHeadIsClosedAtItsDeadline() async throws {
        try await withHeadDeadlineSandbox { fd in
            let result = try await trickle(fd, after: "GET /partner/walletable/products HTTP/1.1\r\nX-Slow: ")
            #expect(result.closed, "the sandbox still held a trickling head after \(result.took) (\(result.sent) bytes)")
            // At least one byte after the head began (on a loaded machine the 300 ms pauses stretch past the deadline).
            #expect(result.sent >= 1, "bytes were still arriving when it closed")
        }
    }

    /// The case no timer closed: a body trickled after an early answer (the 401 of the Digest gate). Each body
    /// part restarts Hummingbird's idle timer, so it stayed open for as long as bytes came; the body deadline,
    /// counted from the head, closes it whatever the order of the answer's end and the trickle.
    /// A body trickled to a route that reads it (past the gate, with a webview bearer token): closed at the body
    /// deadline although every part restarts the idle timer.
    @Test func aBodyTrickledToARouteThatReadsItIsClosed() async throws {
        var configuration = SandboxConfiguration(volatility: 0)
        configuration.requestBodyTimeout = 2
        configuration.idleTimeout = 600
        let server = SandboxServer(configuration: configuration)
        let url = try await server.start(threads: 1)  // deadlines on threads of its own, not the suite's
        let client = MintedClient(configuration: ClientConfiguration(
            baseURL: url, credentials: DigestCredentials(username: "sandbox", password: "sandbox"), timeout: .seconds(30)))
        let session = try await client.send(.webviewToken(customer: SandboxEngine.demoCustomerId))
        let fd = idleConnection(try #require(url.port))
        try #require(fd >= 0)
        defer { close(fd) }
        let result = try await trickle(fd, after: "POST \(Endpoint.webviewCompletePath) HTTP/1.1\r\nHost: sandbox\r\n"
            + "Authorization: Bearer \(session.token)\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{")
        #expect(result.closed, "the sandbox still held a trickling body after \(result.took) (\(result.sent) bytes)")
        #expect(result.sent >= 2, "bytes were still arriving when it closed")
        #expect(try await client.send(.products()).data.isEmpty == false, "a fresh connection is served")
        await server.stop()
    }

    @Test func aBodyTrickledAfterAnEarlyAnswerIsClosed() async throws {
        try await withHeadDeadlineSandbox { fd in
            let result = try await trickle(fd, after: "POST /partner/walletable/basket HTTP/1.1\r\nHost: sandbox\r\nContent-Length: 100000\r\n\r\n")
            #expect(result.closed, "the sandbox still held a trickling body after \(result.took) (\(result.sent) bytes)")
            #expect(result.sent >= 2, "bytes were still arriving when it closed")
        }
    }
}

/// The probe's case: `minted sandbox` under `ulimit -n 1024` and 1,100 connections at once; it must survive and serve
/// the next client. (The probe saw an abort in libdispatch with "traffic" besides; idle connections alone do not
/// reproduce it here, with or without the connection limit.) What fails without the limit is the count: the sandbox
/// would accept ~1,000 of the 1,100 sockets instead of its 512, so the test counts the sockets it holds.
@Suite(.serialized)
struct DescriptorLimitTortureTests {
    /// A non-blocking connection attempt to `port`, so that a full backlog cannot hang the test.
    func attempt(_ port: Int) -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
        guard fd >= 0 else { return -1 }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        return fd
    }

    /// The sockets `pid` holds open (its listener and every accepted connection), from `/proc/<pid>/fd`.
    func openSockets(_ pid: pid_t) -> Int {
        let directory = "/proc/\(pid)/fd"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { name in
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "\(directory)/\(name)"))?.hasPrefix("socket:") == true
        }.count
    }

    @Test func elevenHundredConnectionsAtUlimit1024() async throws {
        let binary = try #require(BuiltBinary.url())
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -n 1024 && exec \"$0\" sandbox --port 0", binary.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let pid = process.processIdentifier
        DispatchQueue.global().asyncAfter(deadline: .now() + 120) { kill(pid, SIGKILL) }
        defer { kill(pid, SIGKILL); process.waitUntilExit() }
        var banner = ""
        while !banner.contains("demo customer") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            banner += String(decoding: chunk, as: UTF8.self)
        }
        let url = try #require(banner.split(separator: "\n").first?.split(separator: " ").last.flatMap { URL(string: String($0)) },
                               "\(banner)")
        let port = try #require(url.port)
        let before = openSockets(pid)
        #expect(before > 0, "/proc/\(pid)/fd lists the listener")
        // The 1,100 connections come from a child process: held in this one, they pushed the test process past 1,024
        // descriptors, and a concurrent test's `Process.run` (Foundation) crashed copying them.
        // What the child managed goes to `report`, so that a failure below says whether the flood happened at all.
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("minted-flood-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: report) }
        let flood = Process()
        flood.executableURL = URL(fileURLWithPath: "/bin/sh")
        flood.arguments = ["-c", """
            ulimit -n 4096; exec python3 -c 'import socket, sys, time
            held, failed = [], 0
            for _ in range(1100):
                try:
                    s = socket.socket(); s.setblocking(False)
                    try: s.connect(("127.0.0.1", int(sys.argv[1])))
                    except BlockingIOError: pass
                    held.append(s)
                except OSError as error:
                    failed += 1; last = str(error)
            open(sys.argv[2], "w").write("%d held, %d failed" % (len(held), failed))
            time.sleep(10)' \(port) '\(report.path)' 2>'\(report.path).err'
            """]
        try flood.run()
        defer { if flood.isRunning { flood.terminate() }; flood.waitUntilExit() }
        // The most sockets the sandbox holds over 3 s: its limit (512, `SandboxConfiguration.maximumConnections`) plus
        // the few one accept burst may take past it; without the limit it takes all it has descriptors for.
        // The child writes its report once its sockets are open (python may take many seconds to start in a busy
        // suite); then, while it holds them (10 s), the sandbox is sampled: up to 8 s, or 2 s past the first sample that
        // shows the flood. Not `flood.isRunning`, which a busy suite saw go false early.
        for _ in 0..<240 where !FileManager.default.fileExists(atPath: report.path) {
            try await Task.sleep(for: .milliseconds(250))
        }
        var most = 0
        var sinceFlood = 0
        for _ in 0..<32 where sinceFlood < 8 {
            try await Task.sleep(for: .milliseconds(250))
            most = max(most, openSockets(pid) - before)
            if most > 100 { sinceFlood += 1 }
        }
        kill(flood.processIdentifier, SIGKILL)
        let floodReport = ((try? String(contentsOf: report, encoding: .utf8)) ?? "no report")
            + " " + ((try? String(contentsOfFile: report.path + ".err", encoding: .utf8)) ?? "")
        try? FileManager.default.removeItem(atPath: report.path + ".err")
        #expect(most > 100, "the flood reached the sandbox (\(most) sockets accepted; the child: \(floodReport))")
        #expect(most <= 512 + 32, "the sandbox accepted \(most) connections, past its limit of 512")
        #expect(kill(pid, 0) == 0 && process.isRunning, "the sandbox survived 1,100 connections at ulimit -n 1024")
        // The flood ends; the sandbox, still within its descriptors, serves the next client.
        flood.waitUntilExit()
        let client = MintedClient(configuration: ClientConfiguration(
            baseURL: url, credentials: DigestCredentials(username: "sandbox", password: "sandbox"), timeout: .seconds(20)))
        var served = false
        for _ in 0..<6 where !served {
            served = ((try? await client.send(.currencyRates()))?.count ?? 0) == 2
            if !served { try await Task.sleep(for: .seconds(2)) }
        }
        #expect(served, "a client is served after the flood")
        #expect(process.isRunning)
    }
}
