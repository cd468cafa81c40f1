import Foundation
import MintedAPI
import MintedSandbox
import MintedTesting
import Testing

/// `minted api` pointed at a host as staging is: https with a CA of its own (`--cacert`, `SSL_CERT_FILE`, `cacert`),
/// and a password that comes from `password_command`, never printed or written.
@Suite(.serialized)
struct StagingCommandTests {
    /// A fresh `$XDG_CONFIG_HOME` whose `minted/config.toml` is `text` (0600), or none.
    func configHome(_ text: String? = nil) throws -> URL {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("minted-staging-\(UUID().uuidString)")
        let folder = home.appendingPathComponent("minted")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if let text {
            let file = folder.appendingPathComponent("config.toml")
            try Data(text.utf8).write(to: file)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        }
        return home
    }

    @Test func cacertSSLCertFileAndTheConfigKeyEachTrustTheCA() async throws {
        let binary = try #require(BuiltBinary.url(), "build the package first: swift build")
        let server = try await TLSSandbox.start()
        let base = ["MINTED_BASE_URL": server.httpsURL().absoluteString, "MINTED_USERNAME": "sandbox",
                    "MINTED_PASSWORD": "sandbox", "XDG_CONFIG_HOME": try configHome().path,
                    // The machine may set it (to the system bundle): empty, as if unset; the system's CAs are used.
                    "SSL_CERT_FILE": ""]

        let flagged = try await CommandRun.run(binary, ["api", "rates", "--cacert", server.caFile.path], environment: base)
        #expect(flagged.status == 0, "stderr: \(flagged.stderr)")
        #expect(flagged.stdout.contains("buy"))

        var withEnvironment = base
        withEnvironment["SSL_CERT_FILE"] = server.caFile.path
        let environmentRun = try await CommandRun.run(binary, ["api", "rates"], environment: withEnvironment)
        #expect(environmentRun.status == 0, "stderr: \(environmentRun.stderr)")

        var withConfig = base
        withConfig["XDG_CONFIG_HOME"] = try configHome("[connection]\ncacert = \"\(server.caFile.path)\"\n").path
        withConfig["SSL_CERT_FILE"] = "/etc/ssl/no-such-bundle.pem"   // comes after the config file's cacert
        let configRun = try await CommandRun.run(binary, ["api", "rates"], environment: withConfig)
        #expect(configRun.status == 0, "stderr: \(configRun.stderr)")

        let untrusted = try await CommandRun.run(binary, ["api", "rates"], environment: base)
        #expect(untrusted.status == 8, "a network failure")
        #expect(untrusted.stderr == "error: TLS with 127.0.0.1 failed: its certificate is not trusted (unknown issuer, self-signed or expired; see --cacert)\n")

        let missing = try await CommandRun.run(binary, ["api", "rates", "--cacert", "/nonexistent/ca.pem"], environment: base)
        #expect(missing.status == 64)
        #expect(missing.stderr == "error: --cacert: the CA file /nonexistent/ca.pem does not exist\n")
        await server.stop()
    }

    @Test func passwordCommandGivesThePasswordAndNothingWritesIt() async throws {
        let binary = try #require(BuiltBinary.url(), "build the package first: swift build")
        let secret = "pw-from-a-command-4711"
        let server = SandboxServer(configuration: SandboxConfiguration(volatility: 0, password: secret))
        let url = try await server.start()
        func config(_ extra: String) -> String {
            "[connection]\nbase_url = \"\(url.absoluteString)\"\nusername = \"sandbox\"\n\(extra)\n"
        }
        let home = try configHome(config("password_command = \"printf '\(secret)'\""))
        let har = home.appendingPathComponent("run.har")
        let run = try await CommandRun.run(binary, ["api", "products", "--har", har.path], environment: ["XDG_CONFIG_HOME": home.path])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let archive = try String(contentsOf: har, encoding: .utf8)
        #expect(archive.contains("Digest ***"))
        #expect(!archive.contains(secret) && !run.stdout.contains(secret) && !run.stderr.contains(secret))

        // MINTED_PASSWORD and the file's password both come before the command: a wrong one is a 401.
        let environmentFirst = try await CommandRun.run(binary, ["api", "products"],
                                                        environment: ["XDG_CONFIG_HOME": home.path, "MINTED_PASSWORD": "wrong"])
        #expect(environmentFirst.status == 3)
        let fileFirst = try configHome(config("password = \"wrong\"\npassword_command = \"printf '\(secret)'\""))
        #expect(try await CommandRun.run(binary, ["api", "products"], environment: ["XDG_CONFIG_HOME": fileFirst.path]).status == 3)

        // A failing command is one line naming its status, never its output.
        let failing = try configHome(config("password_command = \"printf 'half-\(secret)'; exit 7\""))
        let failed = try await CommandRun.run(binary, ["api", "products"], environment: ["XDG_CONFIG_HOME": failing.path])
        #expect(failed.status == 64)
        #expect(failed.stderr == "error: password_command exited with status 7 (\(failing.path)/minted/config.toml)\n")
        await server.stop()
    }
}
