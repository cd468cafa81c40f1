import ArgumentParser
import Foundation
import MintedAPI

/// What every `minted api` call takes: where to connect, and where to keep the run's exchanges as a HAR file.
struct APIOptions: ParsableArguments {
    @OptionGroup var connection: ConnectionOptions

    @Option(help: ArgumentHelp(
        "Also write the run's exchanges (a Digest challenge included) to FILE as HAR 1.2, owner-only; credentials masked.",
        valueName: "FILE"
    ))
    var har: String?

    func validate() throws {
        if let har, har.isEmpty { throw ValidationError("--har needs a file name") }
    }

    /// Writes every exchange `log` holds to the `--har` file, if one was asked for; nil when written or not asked,
    /// else why not.
    func writeHAR(_ log: ExchangeLog) async -> String? {
        guard let har else { return nil }
        let url = URL(fileURLWithPath: har)
        do {
            try PrivateFile(url: url).write(Data(try HARLog(await log.all).text().utf8))
            return nil
        } catch {
            return "HAR file not written: \(error)"
        }
    }
}
