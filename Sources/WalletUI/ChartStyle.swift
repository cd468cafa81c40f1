/// How the rate history is drawn: braille dots, block columns, or plain ASCII for terminals without either.
public enum ChartStyle: String, Sendable, CaseIterable, Equatable {
    case braille, block, ascii

    /// Rows of the chart of `values`, top row first, `width` × `height` cells.
    public func rows(_ values: [Double], width: Int, height: Int) -> [String] {
        switch self {
        case .braille: BrailleChart(values: values).rows(width: width, height: height)
        case .block: BlockChart.rows(values, width: width, height: height, ascii: false)
        case .ascii: BlockChart.rows(values, width: width, height: height, ascii: true)
        }
    }
}

/// Filled columns, one sample per cell: eighth blocks (`▁`…`█`), or `#` and `.` in ASCII.
enum BlockChart {
    static func rows(_ values: [Double], width: Int, height: Int, ascii: Bool) -> [String] {
        guard width > 0, height > 0 else { return [] }
        let samples = BrailleChart.resample(values, to: width)
        let low = samples.min() ?? 0
        let span = (samples.max() ?? 0) - low
        let steps = ascii ? 2 : 8
        let levels = height * steps
        // At least one step per sample so that the lowest still shows.
        let filled = samples.map { value in span == 0 ? levels / 2 : 1 + Int(((value - low) / span * Double(levels - 1)).rounded()) }
        let eighths: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        return (0..<height).map { row in
            let floor = (height - 1 - row) * steps
            var line = ""
            for column in 0..<width {
                let amount = column < filled.count ? min(steps, max(0, filled[column] - floor)) : 0
                if ascii {
                    line.append(amount >= 2 ? "#" : (amount == 1 ? "." : " "))
                } else {
                    line.append(eighths[amount])
                }
            }
            return line
        }
    }
}
