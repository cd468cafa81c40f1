import Foundation

/// The faults the sandbox injects into walletable requests (never into `/_sandbox/`): set from the command
/// line and at run time through `PUT /_sandbox/faults`. Rates are fractions of requests, 0…1.
/// It lives here because both sides speak it: the sandbox serves it, the UI's fault panel sends it.
public struct FaultPlan: Codable, Sendable, Equatable {
    /// A status forced on one route.
    public struct ForcedStatus: Codable, Sendable, Equatable {
        /// The method to match (`GET`, …); nil matches any.
        public var method: String?
        /// The exact path to match, e.g. `/partner/walletable/basket`.
        public var path: String
        /// The status answered, with the error envelope.
        public var status: Int
        /// How many more requests it applies to; nil: until removed.
        public var times: Int?

        /// A forced status.
        public init(method: String? = nil, path: String, status: Int, times: Int? = nil) {
            self.method = method
            self.path = path
            self.status = status
            self.times = times
        }
    }

    /// Fixed delay before every answer, in milliseconds.
    public var latencyMs: Int
    /// Up to this many more milliseconds, uniformly at random.
    public var jitterMs: Int
    /// Fraction answered 500, 502 or 503 without running.
    public var errorRate: Double
    /// Fraction answered 200 with a truncated JSON body, without running.
    public var malformedRate: Double
    /// Fraction whose connection is closed without any answer, without running.
    public var dropRate: Double
    /// Statuses forced on routes, checked first.
    public var forced: [ForcedStatus]
    /// Fields of successful answers replaced with another value, after the request ran.
    public var corrupt: [Corruption]

    /// No faults unless given.
    public init(latencyMs: Int = 0, jitterMs: Int = 0, errorRate: Double = 0, malformedRate: Double = 0, dropRate: Double = 0,
                forced: [ForcedStatus] = [], corrupt: [Corruption] = []) {
        self.latencyMs = latencyMs
        self.jitterMs = jitterMs
        self.errorRate = errorRate
        self.malformedRate = malformedRate
        self.dropRate = dropRate
        self.forced = forced
        self.corrupt = corrupt
    }

    /// Reads `--latency`: `MS` or `MS+JITTER` in milliseconds (`50`, `50+20`); nil when malformed.
    public static func latency(_ text: String) -> (fixed: Int, jitter: Int)? {
        let parts = text.split(separator: "+", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let fixed = Int(parts[0]), fixed >= 0 else { return nil }
        guard parts.count == 2 else { return (fixed, 0) }
        guard let jitter = Int(parts[1]), jitter >= 0 else { return nil }
        return (fixed, jitter)
    }

    /// Decodes camelCase keys and tolerates absent ones, so `{"errorRate": 0.1}` is a whole plan.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        latencyMs = try c.decodeIfPresent(Int.self, forKey: .latencyMs) ?? 0
        jitterMs = try c.decodeIfPresent(Int.self, forKey: .jitterMs) ?? 0
        errorRate = try c.decodeIfPresent(Double.self, forKey: .errorRate) ?? 0
        malformedRate = try c.decodeIfPresent(Double.self, forKey: .malformedRate) ?? 0
        dropRate = try c.decodeIfPresent(Double.self, forKey: .dropRate) ?? 0
        forced = try c.decodeIfPresent([ForcedStatus].self, forKey: .forced) ?? []
        corrupt = try c.decodeIfPresent([Corruption].self, forKey: .corrupt) ?? []
    }

    enum CodingKeys: String, CodingKey { case latencyMs, jitterMs, errorRate, malformedRate, dropRate, forced, corrupt }

    /// True when no fault is set: requests run as normal.
    public var isEmpty: Bool { self == FaultPlan() }
}
