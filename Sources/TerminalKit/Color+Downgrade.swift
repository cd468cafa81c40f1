extension Color {
    /// The closest colour a terminal of `depth` can show: rgb → nearest xterm-256 cube or grey entry, 256 → nearest
    /// of the 16 basic colours, 16 → 8 (bright becomes normal), monochrome → `.default`.
    public func downgraded(to depth: ColorDepth) -> Color {
        switch (self, depth) {
        case (.default, _), (_, .truecolor):
            return self
        case (_, .monochrome):
            return .default
        case (.rgb(let red, let green, let blue), .indexed256):
            return .indexed(Color.nearestIndex(red: red, green: green, blue: blue))
        case (_, .indexed256):
            return self
        case (.rgb(let red, let green, let blue), _):
            return Color.indexed(Color.nearestIndex(red: red, green: green, blue: blue)).downgraded(to: depth)
        case (.indexed(let index), _):
            let basic = index < 16 ? index : Color.nearestBasic(to: Color.paletteRGB(index))
            return Color.ansi(basic).downgraded(to: depth)
        case (.ansi(let index), .eight):
            return .ansi(index % 16 % 8)
        case (.ansi(let index), _):
            return .ansi(index % 16)
        }
    }

    private static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    private static let basicPalette: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255),
        (255, 255, 255),
    ]

    /// The xterm palette's red, green and blue for a 256-colour index.
    static func paletteRGB(_ index: UInt8) -> (Int, Int, Int) {
        switch index {
        case 0..<16:
            return basicPalette[Int(index)]
        case 16..<232:
            let offset = Int(index) - 16
            return (cubeLevels[offset / 36], cubeLevels[offset / 6 % 6], cubeLevels[offset % 6])
        default:
            let grey = 8 + 10 * (Int(index) - 232)
            return (grey, grey, grey)
        }
    }

    private static func distance(_ lhs: (Int, Int, Int), _ rhs: (Int, Int, Int)) -> Int {
        let red = lhs.0 - rhs.0, green = lhs.1 - rhs.1, blue = lhs.2 - rhs.2
        return red * red + green * green + blue * blue
    }

    private static func nearestCubeLevel(_ value: Int) -> Int {
        cubeLevels.indices.min { abs(cubeLevels[$0] - value) < abs(cubeLevels[$1] - value) } ?? 0
    }

    /// The 256-palette index (cube 16–231 or grey 232–255) closest to the given colour.
    static func nearestIndex(red: UInt8, green: UInt8, blue: UInt8) -> UInt8 {
        let target = (Int(red), Int(green), Int(blue))
        let cube = (nearestCubeLevel(target.0), nearestCubeLevel(target.1), nearestCubeLevel(target.2))
        let cubeIndex = 16 + 36 * cube.0 + 6 * cube.1 + cube.2
        let average = (target.0 + target.1 + target.2) / 3
        let greyStep = min(max((average - 3) / 10, 0), 23)
        let greyIndex = 232 + greyStep
        let cubeDistance = distance(target, paletteRGB(UInt8(cubeIndex)))
        let greyDistance = distance(target, paletteRGB(UInt8(greyIndex)))
        return UInt8(greyDistance < cubeDistance ? greyIndex : cubeIndex)
    }

    private static func nearestBasic(to target: (Int, Int, Int)) -> UInt8 {
        let index = basicPalette.indices.min { distance(basicPalette[$0], target) < distance(basicPalette[$1], target) }
        return UInt8(index ?? 0)
    }
}
