import Foundation
import MintedAPI
import MintedSandbox
import MintedTesting
import Testing

/// `minted api` as a script uses it: the built binary against a sandbox on loopback.
@Suite(.serialized)
struct APICommandTests {
    func withSandbox(_ body: (URL, URL) async throws -> Void) async throws {
        let binary = try #require(BuiltBinary.url(), "build the package first: swift build")
        let server = SandboxServer(configuration: SandboxConfiguration(volatility: 0))
        let url = try await server.start()
        defer { Task { await server.stop() } }
        try await body(binary, url)
    }

    func environment(_ url: URL, password: String = "sandbox") -> [String: String] {
        ["MINTED_BASE_URL": url.absoluteString, "MINTED_USERNAME": "sandbox", "MINTED_PASSWORD": password,
         "XDG_CONFIG_HOME": FileManager.default.temporaryDirectory.appendingPathComponent("minted-none").path]
    }

    @Test func productsPrintsTheDataAsJSON() async throws {
        try await withSandbox { binary, url in
            let run = try await CommandRun.run(binary, ["api", "products", "--metal", "gold"], environment: environment(url))
            #expect(run.status == 0, "stderr: \(run.stderr)")
            let page = try JSONDecoder().decode(Page<Product>.self, from: Data(run.stdout.utf8))
            #expect(page.data.contains { $0.sku == "MNTBAE0001" && $0.buyPrice == Decimal(string: "592.34") })
            #expect(page.data.allSatisfy { $0.metalType == .gold })
            #expect(run.stdout.contains("592.34"))
        }
    }

    @Test func aBasketScriptedStepByStep() async throws {
        try await withSandbox { binary, url in
            let customer = SandboxEngine.demoCustomerId
            let added = try await CommandRun.run(binary, ["api", "basket", "add", "--customer", customer, "--sku", "MNTBAE0001", "--qty", "3"],
                                           environment: environment(url))
            #expect(added.status == 0, "stderr: \(added.stderr)")
            let basket = try JSONDecoder().decode(Basket.self, from: Data(added.stdout.utf8))
            #expect(basket.paidTotal == Decimal(string: "1852.60"))
            let got = try await CommandRun.run(binary, ["api", "basket", "get", "--customer", customer, "--type", "buy"], environment: environment(url))
            #expect(got.status == 0)
            #expect(got.stdout.contains(basket.token))
        }
    }

    @Test func failuresHaveDistinctExitStatusesAndClearMessages() async throws {
        try await withSandbox { binary, url in
            let invalid = try await CommandRun.run(binary, ["api", "basket", "add", "--customer", SandboxEngine.demoCustomerId, "--sku", "MNTBAE0001", "--qty", "0"],
                                             environment: environment(url))
            #expect(invalid.status == 4)
            #expect(invalid.stderr.contains("HTTP 422"))
            #expect(invalid.stderr.contains("qty:"))

            let missing = try await CommandRun.run(binary, ["api", "customer", "get", "nobody-here"], environment: environment(url))
            #expect(missing.status == 5)
            #expect(missing.stderr.contains("HTTP 404"))

            let wrong = try await CommandRun.run(binary, ["api", "products"], environment: environment(url, password: "not-the-password"))
            #expect(wrong.status == 3)
            #expect(wrong.stderr.contains("HTTP 401"))
            #expect(!wrong.stderr.contains("not-the-password"))
            #expect(!wrong.stdout.contains("not-the-password"))

            var dead = environment(url)
            dead["MINTED_BASE_URL"] = "http://127.0.0.1:9"
            let unreachable = try await CommandRun.run(binary, ["api", "products", "--timeout", "5"], environment: dead)
            #expect(unreachable.status == 8)
            #expect(unreachable.stderr.contains("error:"))

            var nowhere = environment(url)
            nowhere.removeValue(forKey: "MINTED_BASE_URL")
            let unconfigured = try await CommandRun.run(binary, ["api", "products"], environment: nowhere)
            #expect(unconfigured.status == 64, "usage, as ArgumentParser exits for a bad flag")
            #expect(unconfigured.stderr.contains("needs a host"))
        }
    }

    @Test func theSandboxCommandPrintsItsURLAndCredentials() async throws {
        let binary = try #require(BuiltBinary.url())
        let help = try await CommandRun.run(binary, ["sandbox", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--pricefix-ttl"))
        let apiHelp = try await CommandRun.run(binary, ["api", "--help"])
        for command in ["products", "customer", "basket", "complete", "orders", "receipt", "invoice", "balance", "rates", "history", "webview"] {
            #expect(apiHelp.stdout.contains(command), "minted api \(command) is listed")
        }
    }

    @Test func infoPrintsWhereDumpsExportsAndTheLogGo() async throws {
        let binary = try #require(BuiltBinary.url())
        let info = try await CommandRun.run(binary, ["info"], environment: ["XDG_DATA_HOME": "/tmp/minted-info-data", "XDG_STATE_HOME": "/tmp/minted-info-state",
                                                                            "XDG_CONFIG_HOME": "/tmp/minted-info-config"])
        #expect(info.status == 0)
        for path in ["/tmp/minted-info-config/minted/config.toml", "/tmp/minted-info-data/minted/dumps", "/tmp/minted-info-data/minted/exchanges",
                     "/tmp/minted-info-state/minted/minted.log", "/tmp/minted-info-data/minted/sandbox.sqlite"] {
            #expect(info.stdout.contains(path), "\(path) in:\n\(info.stdout)")
        }
    }

    @Test func themesListsEveryThemeMarksTheOneInUseAndNamesABrokenFile() async throws {
        let binary = try #require(BuiltBinary.url())
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("minted-themes-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: config) }
        let themes = config.appendingPathComponent("minted/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        try Data("name = \"broken\"\n".utf8).write(to: themes.appendingPathComponent("broken.toml"))
        let run = try await CommandRun.run(binary, ["themes"], environment: ["XDG_CONFIG_HOME": config.path, "NO_COLOR": ""])
        #expect(run.status == 0)
        #expect(run.stdout.contains("* default"))
        for name in ["light", "high-contrast", "monochrome", "solarized-dark"] { #expect(run.stdout.contains("  \(name)")) }
        #expect(run.stdout.contains("not loaded: \(themes.path)/broken.toml"), "\(run.stdout)")
    }

    /// Numeric flags are range-checked before any arithmetic: each is a usage error naming the flag, never a trap (132).
    @Test(arguments: [
        ["api", "rates", "--base-url", "http://127.0.0.1:9", "--timeout", "inf"],
        ["api", "rates", "--base-url", "http://127.0.0.1:9", "--timeout", "1e16"],
        ["api", "rates", "--base-url", "http://127.0.0.1:9", "--timeout", "nan"],
        ["sandbox", "--pricefix-ttl", "inf"],
        ["sandbox", "--pricefix-ttl", "1e300"],
        ["sandbox", "--volatility", "nan"],
        ["sandbox", "--digest", "rfc9999"],
        ["journey", "x.toml", "--pricefix-ttl", "inf"],
        ["--poll-interval", "9223372036854775807"],
    ])
    func outOfRangeFlagsAreUsageErrors(arguments: [String]) async throws {
        let binary = try #require(BuiltBinary.url())
        let run = try await CommandRun.run(binary, arguments, environment: ["MINTED_USERNAME": "u", "MINTED_PASSWORD": "p"])
        #expect(run.status != 0 && run.status != 132 && run.status != 133, "\(arguments): status \(run.status)")
        let flag = arguments.first { $0.hasPrefix("--") && $0 != "--base-url" } ?? ""
        #expect(run.stderr.contains(flag), "\(arguments): \(run.stderr)")
    }

    /// `$HOME` is honoured (Foundation prefers the password entry); XDG variables still win.
    @Test func homeIsHonouredAndXDGStillWins() async throws {
        let binary = try #require(BuiltBinary.url())
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("minted-home-\(UUID().uuidString)")
        let run = try await CommandRun.run(binary, ["info"], environment: ["HOME": home.path, "XDG_DATA_HOME": "", "XDG_CONFIG_HOME": ""])
        #expect(run.status == 0)
        #expect(run.stdout.contains(home.path + "/.local/share/minted/sandbox.sqlite"), "\(run.stdout)")
        #expect(run.stdout.contains(home.path + "/.config/minted"), "\(run.stdout)")
        let xdg = try await CommandRun.run(binary, ["info"], environment: ["HOME": home.path, "XDG_DATA_HOME": "/tmp/xdg-data"])
        #expect(xdg.stdout.contains("/tmp/xdg-data/minted/sandbox.sqlite"), "\(xdg.stdout)")
    }

    /// `--fresh` with no terminal fails before it touches anything: both files are still there, unchanged.
    @Test func freshWithoutATerminalChangesNothing() async throws {
        let binary = try #require(BuiltBinary.url())
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("minted-fresh-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        let folder = data.appendingPathComponent("minted")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["sandbox.json", "customers.json"] { try Data("keep \(name)".utf8).write(to: folder.appendingPathComponent(name)) }
        let run = try await CommandRun.run(binary, ["--fresh"], environment: ["XDG_DATA_HOME": data.path, "TERM": "xterm"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("interactive terminal"), "\(run.stderr)")
        for name in ["sandbox.json", "customers.json"] {
            #expect(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) == "keep \(name)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["customers.json", "sandbox.json"])
    }

    /// The first lines `minted sandbox` prints, then it is stopped.
    func sandboxBanner(_ arguments: [String]) throws -> String {
        let binary = try #require(BuiltBinary.url())
        let process = Process()
        process.executableURL = binary
        process.arguments = ["sandbox", "--port", "0"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        // Never hang the suite: a sandbox that ignores SIGTERM is killed after 20 s (and the test then fails).
        let pid = process.processIdentifier
        DispatchQueue.global().asyncAfter(deadline: .now() + 20) { kill(pid, SIGKILL) }
        var text = ""
        while !text.contains("demo customer"), process.isRunning || output.fileHandleForReading.availableData.isEmpty == false {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        process.terminate()
        process.waitUntilExit()
        return text
    }

    /// A password of the person's own is never printed; the public default is, so a first curl works at once.
    @Test func theSandboxPrintsOnlyThePublicDefaultPassword() throws {
        let own = try sandboxBanner(["--password", "s3cret-of-mine"])
        #expect(!own.contains("s3cret-of-mine"), "\(own)")
        #expect(own.contains("Digest credentials: sandbox /"))
        let standard = try sandboxBanner([])
        #expect(standard.contains("Digest credentials: sandbox / sandbox"), "\(standard)")
        #expect(!standard.contains("reachable from the network"))
        let open = try sandboxBanner(["--host", "0.0.0.0"])
        #expect(open.contains("reachable from the network"), "\(open)")
    }

    /// A config file that cannot be used is an error naming it, never silently ignored.
    @Test(arguments: ["directory", "latin1", "number", "table"])
    func aBrokenConfigFileIsNamed(kind: String) async throws {
        let binary = try #require(BuiltBinary.url())
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("minted-config-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: config) }
        let file = config.appendingPathComponent("minted/config.toml")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let expected: String
        switch kind {
        case "directory":
            try FileManager.default.createDirectory(at: file, withIntermediateDirectories: true)
            expected = "is a directory"
        case "latin1":
            try Data([0x62, 0x61, 0x73, 0x65, 0x5F, 0x75, 0x72, 0x6C, 0x3D, 0x22, 0xE7, 0x22, 0x0A]).write(to: file)
            expected = "is not UTF-8"
        case "number":
            try Data("base_url = 5\n".utf8).write(to: file)
            expected = "base_url must be a string"
        default:
            try Data("connection = 1\n".utf8).write(to: file)
            expected = "[connection] must be a table"
        }
        let run = try await CommandRun.run(binary, ["api", "rates"], environment: ["XDG_CONFIG_HOME": config.path])
        #expect(run.status == 64, "\(kind): \(run.stderr)")
        #expect(run.stderr.contains(expected), "\(kind): \(run.stderr)")
    }

    /// A port in use and an IPv6 loopback each print one clear line.
    @Test func portInUseIsOneLineAndIPv6LoopbackWorks() async throws {
        let server = SandboxServer(configuration: SandboxConfiguration(volatility: 0))
        let url = try await server.start()
        let port = try #require(url.port)
        let busy = try sandboxBanner(["--port", "\(port)"])
        await server.stop()
        #expect(busy.contains("the sandbox cannot listen on 127.0.0.1 port \(port): the port is already in use"), "\(busy)")
        #expect(!busy.contains("errno"), "\(busy)")
        let ipv6 = try sandboxBanner(["--host", "::1"])
        #expect(ipv6.contains("minted sandbox on http://[::1]:") || ipv6.contains("IPv6 is not available"), "\(ipv6)")
    }

    @Test func openapiPrintsTheBuiltInDocumentWithoutAHost() async throws {
        let binary = try #require(BuiltBinary.url())
        let run = try await CommandRun.run(binary, ["api", "openapi"], environment: [
            "XDG_CONFIG_HOME": FileManager.default.temporaryDirectory.appendingPathComponent("minted-none").path,
        ])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout == OpenAPIDocument.json + "\n")
    }
}

/// Issue 16 item 3: the five shipped themes travel inside the binary.
struct BuiltInThemeTests {
    /// The binary under test: `MINTED_RELEASE_BIN` when set (`scripts/release-check.sh` builds the release one and
    /// sets it), else the build's own.
    @Test func aCopiedBinaryInAnEmptyPlaceWithAnEmptyHomeFindsTheFiveThemes() async throws {
        let named = ProcessInfo.processInfo.environment["MINTED_RELEASE_BIN"].map { URL(fileURLWithPath: $0) }
        let built = try #require(named ?? BuiltBinary.url())
        try #require(FileManager.default.isExecutableFile(atPath: built.path), "no binary at \(built.path)")
        let place = FileManager.default.temporaryDirectory.appendingPathComponent("minted-copied-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: place) }
        let home = place.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let binary = place.appendingPathComponent("minted")
        // Copied by cp, not by this process: a write descriptor of ours could leak into a concurrent test's fork and
        // make the exec fail with "Text file busy".
        let copy = try await CommandRun.run(URL(fileURLWithPath: "/bin/cp"), [built.path, binary.path], environment: [:])
        try #require(copy.status == 0, "cp: \(copy.stderr)")
        let environment = ["HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent(".config").path,
                           "XDG_DATA_HOME": home.appendingPathComponent(".local/share").path, "NO_COLOR": ""]
        let run = try await CommandRun.run(binary, ["themes"], environment: environment)
        #expect(run.status == 0)
        #expect(!run.stdout.contains("not loaded"), "\(run.stdout)")
        for name in ["default", "light", "high-contrast", "monochrome", "solarized-dark"] {
            #expect(run.stdout.contains("\(name)  (built in)"), "\(name): \(run.stdout)")
        }
    }
}

/// Issue 17 item 7: a negative quantity parses (sent as is, to see the host refuse it), and every usage error exits 64.
struct APICommandParsingTests {
    @Test func aNegativeQuantityReachesTheHostAndUsageErrorsExit64() async throws {
        let binary = try #require(BuiltBinary.url())
        let none = ["XDG_CONFIG_HOME": FileManager.default.temporaryDirectory.appendingPathComponent("minted-none").path]
        let server = SandboxServer(configuration: SandboxConfiguration(volatility: 0))
        let url = try await server.start().absoluteString
        let run = try await CommandRun.run(binary, ["api", "basket", "add", "--customer", SandboxEngine.demoCustomerId, "--sku", "MNTBAE0001",
                                                    "--qty", "-1", "--base-url", url, "--username", "sandbox", "--password", "sandbox"],
                                           environment: none)
        await server.stop()
        #expect(run.status == 4, "the host's 422, not a parse error: \(run.stderr)")
        #expect(run.stderr.contains("422"), "\(run.stderr)")
        let unknown = try await CommandRun.run(binary, ["api", "rates", "--bogus"], environment: none)
        #expect(unknown.status == 64, "\(unknown.stderr)")
    }
}

/// Issue 17 item 8: `minted sandbox` prints a line per request (never a credential) unless `--quiet`, and its
/// startup hint is a curl that works pasted as is.
struct SandboxDeskTests {
    /// Runs `minted sandbox` with `arguments`, sends it one request from its own printed curl, and returns its output.
    func run(_ arguments: [String]) async throws -> String {
        let binary = try #require(BuiltBinary.url())
        let process = Process()
        process.executableURL = binary
        process.arguments = ["sandbox", "--port", "0"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let pid = process.processIdentifier
        DispatchQueue.global().asyncAfter(deadline: .now() + 30) { kill(pid, SIGKILL) }
        var text = ""
        while !text.contains("try: curl") || !text.hasSuffix("\n") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        let hint = try #require(text.split(separator: "\n").first { $0.hasPrefix("try: ") }).dropFirst(5)
        let curl = try await CommandRun.run(URL(fileURLWithPath: "/bin/sh"), ["-c", "\(hint) -sS -o /dev/null -w '%{http_code}'"])
        #expect(curl.stdout == "200", "the printed curl works pasted as is: \(hint) → \(curl.stdout) \(curl.stderr)")
        try await Task.sleep(for: .milliseconds(300))
        process.terminate()
        process.waitUntilExit()
        text += String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return text
    }

    @Test func eachRequestIsALineUnlessQuiet() async throws {
        let logged = try await run([])
        #expect(logged.contains("GET /partner/walletable/currency-rates 401"), "the Digest challenge: \(logged)")
        #expect(logged.contains("GET /partner/walletable/currency-rates 200"), "\(logged)")
        #expect(!logged.contains("Digest username") && !logged.contains("response="), "no credential in the log")
        let quiet = try await run(["--quiet"])
        #expect(!quiet.contains("currency-rates 200"), "\(quiet)")
    }
}
