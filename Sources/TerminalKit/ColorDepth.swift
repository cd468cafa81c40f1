/// How many colours a terminal can show, from none to 24-bit.
public enum ColorDepth: Int, Comparable, CaseIterable, Sendable {
    /// No colour: only attributes such as bold and reverse.
    case monochrome
    /// The 8 basic colours.
    case eight
    /// The 8 basic colours and their bright variants.
    case sixteen
    /// The xterm 256-colour palette.
    case indexed256
    /// 24-bit colour.
    case truecolor

    /// Orders depths from monochrome up to truecolor.
    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
