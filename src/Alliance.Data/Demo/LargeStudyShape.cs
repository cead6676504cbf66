namespace Alliance.Data.Demo;

/// <summary>
/// The size of a large seeded study (<see cref="LargeStudySeed"/>): <paramref name="Dyads"/> dyads, therapists with
/// <paramref name="ClientsPerTherapist"/> clients each (the last therapist may have fewer), and
/// <paramref name="Sessions"/> weekly sessions per dyad, the last held today.
/// </summary>
public sealed record LargeStudyShape(int Dyads, int ClientsPerTherapist = 20, int Sessions = 20)
{
    /// <summary>The study of issue #21's measurements: 500 therapists × 20 clients, 20 sessions each.</summary>
    public static LargeStudyShape Default { get; } = new(10_000);

    /// <summary>How many therapists the dyads need.</summary>
    public int Therapists => (Dyads + ClientsPerTherapist - 1) / ClientsPerTherapist;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless every count is positive.</summary>
    public void Check()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Dyads, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(ClientsPerTherapist, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(Sessions, 2);
    }
}
