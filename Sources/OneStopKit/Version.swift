/// The compiler's version, printed by `onestop --version`.
public let version = "0.1.0"
