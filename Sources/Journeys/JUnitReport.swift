/// JUnit XML as CI servers read it: one `testcase` per journey, its steps in `system-out`.
public enum JUnitReport {
    public static func xml(_ results: [JourneyResult], suite: String = "minted journeys") -> String {
        let failures = results.filter { !$0.passed }.count
        let total = results.reduce(Duration.zero) { $0 + $1.duration }
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<testsuites tests="\#(results.count)" failures="\#(failures)" time="\#(seconds(total))">"#,
            #"  <testsuite name="\#(escape(suite))" tests="\#(results.count)" failures="\#(failures)" errors="0" time="\#(seconds(total))">"#,
        ]
        for result in results {
            lines.append(#"    <testcase name="\#(escape(result.journey))" classname="\#(escape(result.file))" time="\#(seconds(result.duration))">"#)
            if let failed = result.firstFailure {
                let message = "step \(failed.index) (\(failed.label)): \(failed.failure ?? "")"
                lines.append(#"      <failure message="\#(escape(message))" type="JourneyStepFailed">\#(escape(message))</failure>"#)
            }
            let steps = result.steps.map { "\($0.index). \($0.label): \($0.failure ?? "ok")" }.joined(separator: "\n")
            lines.append("      <system-out>\(escape(steps))</system-out>")
            lines.append("    </testcase>")
        }
        lines.append("  </testsuite>")
        lines.append("</testsuites>")
        return lines.joined(separator: "\n") + "\n"
    }

    static func seconds(_ duration: Duration) -> String {
        let millis = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
        let whole = millis / 1000
        let fraction = millis % 1000
        return "\(whole)." + String(repeating: "0", count: 3 - String(fraction).count) + "\(fraction)"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n", "\t", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
