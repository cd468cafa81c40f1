extension Screen {
    /// The runs of cells that differ from `previous`, in reading order, each as long as the changed stretch and no
    /// longer. A run never starts on a continuation cell: it then also takes the wide glyph to its left. When the
    /// sizes differ, every row of this screen is one run.
    public func diff(from previous: Screen) -> [ScreenRun] {
        let width = size.width
        guard width > 0 else { return [] }
        guard previous.size == size else {
            return (0..<size.height).map { y in
                ScreenRun(y: y, x: 0, cells: Array(cells[y * width..<(y + 1) * width]))
            }
        }
        var runs: [ScreenRun] = []
        for y in 0..<size.height {
            let rowStart = y * width
            var x = 0
            while x < width {
                guard cells[rowStart + x] != previous.cells[rowStart + x] else {
                    x += 1
                    continue
                }
                var start = x
                while x < width, cells[rowStart + x] != previous.cells[rowStart + x] { x += 1 }
                if cells[rowStart + start].isContinuation, start > 0 { start -= 1 }
                runs.append(ScreenRun(y: y, x: start, cells: Array(cells[rowStart + start..<rowStart + x])))
            }
        }
        return runs
    }
}
