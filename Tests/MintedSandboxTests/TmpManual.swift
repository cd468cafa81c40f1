import Foundation
import MintedAPI
import MintedSandbox
import Testing

@Test func tmpManualCurl() async throws {
    try await SandboxFixtures.withSandbox { _, server in
        let base = await server.baseURL!
        for args in [["-v", "--digest", "-u", "sandbox:sandbox", base.absoluteString + "/partner/walletable/rate-history?item_currency_id=1000014&period=1y"],
                     ["-i", "--digest", "-u", "sandbox:sandbox", base.absoluteString + "/partner/nothing"],
                     ["-i", "--digest", "-u", "sandbox:sandbox", "-X", "POST", "--data", "{\"qty\":\"x\"}", base.absoluteString + "/partner/walletable/basket"],
                     ["-i", "--digest", "-u", "sandbox:sandbox", "-X", "POST", "--data", "[1]", base.absoluteString + "/partner/walletable/complete/buy"],
                     ["-i", "--digest", "-u", "sandbox:sandbox", "-X", "POST", base.absoluteString + "/partner/walletable/complete/gift"],
                     ["-i", base.absoluteString + "/partner/walletable/products"]] {
            let p = Process(); p.executableURL = URL(fileURLWithPath: "/usr/bin/curl"); p.arguments = ["-s"] + args
            let out = Pipe(); p.standardOutput = out; p.standardError = out
            try p.run(); p.waitUntilExit()
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            print("=====", args.last!); print(String(text.prefix(2500)))
        }
    }
}
