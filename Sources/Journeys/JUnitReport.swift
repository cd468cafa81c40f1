import MintedAPI

/// JUnit XML as CI servers read it: one `testsuite` per journey, one `testcase` per step; a failing step carries its
/// HTTP exchanges (redacted and capped as the inspector shows them) in `system-out`, the steps after it are skipped.
public enum JUnitReport {
    /// The report for `results`, one suite per journey.
    public static func xml(_ results: [JourneyResult], suite: String = "minted journeys") -> String {
        let steps = results.flatMap(\.steps)
        let total = results.reduce(Duration.zero) { $0 + $1.duration }
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            "<testsuites name=\"\(attribute(suite))\" tests=\"\(steps.count)\" failures=\"\(failures(steps))\" "
                + "skipped=\"\(steps.filter(\.skipped).count)\" errors=\"0\" time=\"\(seconds(total))\">",
        ]
        for result in results {
            lines.append("  <testsuite name=\"\(attribute(result.journey))\" file=\"\(attribute(result.file))\" "
                + "tests=\"\(result.steps.count)\" failures=\"\(failures(result.steps))\" "
                + "skipped=\"\(result.steps.filter(\.skipped).count)\" errors=\"0\" time=\"\(seconds(result.duration))\">")
            let width = String(result.steps.count).count
            for step in result.steps { lines += testcase(step, journey: result.journey, width: width) }
            lines.append("  </testsuite>")
        }
        lines.append("</testsuites>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `step 02 · add · MNTBAE0001 × 3`: zero-padded so CI lists the steps in order when it sorts by name.
    public static func name(_ step: StepResult, width: Int) -> String {
        let number = String(repeating: "0", count: max(0, width - String(step.index).count)) + String(step.index)
        return (["step \(number)", step.action] + (step.summary.isEmpty ? [] : [step.summary])).joined(separator: " · ")
    }

    private static func testcase(_ step: StepResult, journey: String, width: Int) -> [String] {
        var lines = ["    <testcase name=\"\(attribute(name(step, width: width)))\" classname=\"\(attribute(journey))\" "
            + "time=\"\(seconds(step.duration))\">"]
        if step.skipped {
            lines.append(#"      <skipped message="not run: an earlier step failed"/>"#)
        } else if let failure = step.failure {
            lines.append("      <failure message=\"\(attribute(failure))\" type=\"JourneyStepFailed\">\(text(failure))</failure>")
            lines.append("      <system-out>\(text(output(step, failure: failure)))</system-out>")
        } else if !step.exchanges.isEmpty {
            lines.append("      <system-out>\(text(step.exchanges.map(summary).joined(separator: "\n")))</system-out>")
        }
        lines.append("    </testcase>")
        return lines
    }

    /// The failure, then each exchange the step made: method, URL, status, and both bodies.
    static func output(_ step: StepResult, failure: String) -> String {
        var lines = ["\(step.label): \(failure)"]
        if step.exchanges.isEmpty { lines.append("(no HTTP exchange)") }
        for exchange in step.exchanges {
            lines += ["", "── " + summary(exchange)]
            if let problem = exchange.failure { lines.append("failure: \(problem)") }
            lines.append("── request body")
            lines += exchange.requestBody.isEmpty ? ["(none)"] : PrettyJSON.lines(exchange.requestBody)
            lines.append("── response body")
            lines += exchange.responseBody.isEmpty ? ["(none)"] : PrettyJSON.lines(exchange.responseBody)
        }
        return lines.joined(separator: "\n")
    }

    /// `POST http://…/partner/walletable/basket → 422 Unprocessable Entity · 12 ms`.
    static func summary(_ exchange: Exchange) -> String {
        let status = exchange.status.map { "\($0) \(HTTPStatus.reason($0))" } ?? "no answer"
        let millis = exchange.duration.components.seconds * 1000 + exchange.duration.components.attoseconds / 1_000_000_000_000_000
        return "\(exchange.method) \(exchange.url) → \(status) · \(millis) ms"
    }

    private static func failures(_ steps: [StepResult]) -> Int { steps.filter { $0.failure != nil }.count }

    static func seconds(_ duration: Duration) -> String {
        let millis = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
        let whole = millis / 1000
        let fraction = millis % 1000
        return "\(whole)." + String(repeating: "0", count: 3 - String(fraction).count) + "\(fraction)"
    }

    static func text(_ value: String) -> String { XMLText.text(value) }

    static func attribute(_ value: String) -> String { XMLText.attribute(value) }
}
