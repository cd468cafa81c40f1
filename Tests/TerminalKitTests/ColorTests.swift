import Testing
import TerminalKit

@Suite struct ColorTests {
    @Test func parsesNames() {
        #expect(Color(parsing: "black") == .ansi(0))
        #expect(Color(parsing: "white") == .ansi(7))
        #expect(Color(parsing: "bright-red") == .ansi(9))
        #expect(Color(parsing: "Bright-White") == .ansi(15))
        #expect(Color(parsing: "gray") == .ansi(8))
        #expect(Color(parsing: "grey") == .ansi(8))
        #expect(Color(parsing: "bright-black") == .ansi(8))
        #expect(Color(parsing: " default ") == .default)
    }

    @Test func parsesHexAndIndexes() {
        #expect(Color(parsing: "#ffd700") == .rgb(255, 215, 0))
        #expect(Color(parsing: "#0A0b0C") == .rgb(10, 11, 12))
        #expect(Color(parsing: "0") == .indexed(0))
        #expect(Color(parsing: "255") == .indexed(255))
    }

    @Test(arguments: ["", "purple", "#fff", "#gggggg", "256", "-1", "1.5", "bright-", "#ffd7000"])
    func rejectsGarbage(text: String) {
        #expect(Color(parsing: text) == nil)
    }

    @Test func rgbMapsToTheCubeOrGreyRamp() {
        #expect(Color.rgb(255, 0, 0).downgraded(to: .indexed256) == .indexed(196))
        #expect(Color.rgb(255, 215, 0).downgraded(to: .indexed256) == .indexed(220))
        #expect(Color.rgb(0, 0, 0).downgraded(to: .indexed256) == .indexed(16))
        #expect(Color.rgb(128, 128, 128).downgraded(to: .indexed256) == .indexed(244))
        #expect(Color.rgb(18, 18, 18).downgraded(to: .indexed256) == .indexed(233))
    }

    @Test func indexedMapsToTheNearestBasicColour() {
        #expect(Color.indexed(196).downgraded(to: .sixteen) == .ansi(9))
        #expect(Color.indexed(16).downgraded(to: .sixteen) == .ansi(0))
        #expect(Color.indexed(231).downgraded(to: .sixteen) == .ansi(15))
        #expect(Color.indexed(4).downgraded(to: .sixteen) == .ansi(4))
        #expect(Color.rgb(250, 10, 10).downgraded(to: .sixteen) == .ansi(9))
    }

    @Test func brightBecomesNormalInEightColours() {
        #expect(Color.ansi(9).downgraded(to: .eight) == .ansi(1))
        #expect(Color.ansi(15).downgraded(to: .eight) == .ansi(7))
        #expect(Color.ansi(3).downgraded(to: .eight) == .ansi(3))
        #expect(Color.indexed(196).downgraded(to: .eight) == .ansi(1))
        #expect(Color.rgb(255, 255, 255).downgraded(to: .eight) == .ansi(7))
    }

    @Test func monochromeDropsEveryColour() {
        for color in [Color.ansi(1), .indexed(200), .rgb(1, 2, 3), .default] {
            #expect(color.downgraded(to: .monochrome) == .default)
        }
    }

    @Test func truecolorAndDefaultAreKept() {
        #expect(Color.rgb(1, 2, 3).downgraded(to: .truecolor) == .rgb(1, 2, 3))
        #expect(Color.default.downgraded(to: .eight) == .default)
        #expect(Color.ansi(12).downgraded(to: .indexed256) == .ansi(12))
    }

    @Test func styleDowngradeKeepsAttributes() {
        let style = Style(foreground: .rgb(255, 0, 0), background: .ansi(12), attributes: .bold)
        let fitted = style.downgraded(to: .eight)
        #expect(fitted == Style(foreground: .ansi(1), background: .ansi(4), attributes: .bold))
    }

    @Test func depthResolution() {
        #expect(ColorDepth.resolved(colorCount: 256, environment: [:]) == .indexed256)
        #expect(ColorDepth.resolved(colorCount: 256, environment: ["COLORTERM": "truecolor"]) == .truecolor)
        #expect(ColorDepth.resolved(colorCount: 8, environment: ["COLORTERM": "24bit"]) == .eight)
        #expect(ColorDepth.resolved(colorCount: 16, environment: [:]) == .sixteen)
        #expect(ColorDepth.resolved(colorCount: 0, environment: [:]) == .monochrome)
        #expect(ColorDepth.resolved(colorCount: 256, environment: ["NO_COLOR": "1"]) == .monochrome)
        #expect(ColorDepth.resolved(colorCount: 256, environment: ["NO_COLOR": ""]) == .indexed256)
        #expect(ColorDepth.resolved(colorCount: 256, environment: ["NO_COLOR": "1"], override: .sixteen) == .sixteen)
        #expect(ColorDepth.resolved(colorCount: 8, environment: [:], override: .truecolor) == .eight)
    }
}
