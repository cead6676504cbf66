using Alliance.Instruments;

namespace Alliance.Data.Demo;

/// <summary>One simulated form of the demo data set: who answered what after which session, and its scores (JSON).</summary>
internal sealed record DemoResponse(int Number, string Dyad, string Therapist, string Client, string Arm, int Session,
    DateOnly HeldOn, RaterRole Role, Instrument Instrument, IReadOnlyDictionary<string, decimal?> Answers, string Scores);
