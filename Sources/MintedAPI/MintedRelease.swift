/// This build of minted, as `--version` prints it and exports name their creator.
public enum MintedRelease {
    /// The version `minted --version` prints and a HAR file's `creator.version` carries.
    public static let version = "0.1.0"
}
