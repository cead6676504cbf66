using Alliance.Data.Responses;
using Alliance.Instruments;
using Alliance.Instruments.Loading;
using Alliance.Instruments.Scoring;

namespace Alliance.Data.Demo;

/// <summary>
/// The demo study's design (<see cref="DemoStudy"/>: therapists, clients, arms, the multi-form schedule) simulated in
/// memory with <see cref="AllianceSimulation"/>, for the example data set that needs no database. The loop mirrors
/// <see cref="DemoStudy.SeedAsync"/>'s draws (therapist effect, client trajectory, then each form due in schedule order),
/// so the same seed gives the same forms.
/// </summary>
internal static class DemoResponses
{
    /// <summary>The demo's three schedule lines in schedule order: role, instrument, sessions (null: every session).</summary>
    public static IReadOnlyList<(RaterRole Role, Instrument Instrument, IReadOnlyList<int>? Sessions)> Schedule { get; } =
    [
        (RaterRole.Client, Load(InstrumentCatalog.ShippedDefinition(DemoStudy.SessionForm + ".json")
            ?? throw new InvalidOperationException($"the shipped instrument {DemoStudy.SessionForm} is missing from this build")), null),
        (RaterRole.Client, Load(DemoInstruments.Client), DemoStudy.AllianceSessions),
        (RaterRole.Therapist, Load(DemoInstruments.Therapist), DemoStudy.AllianceSessions),
    ];

    /// <summary>Every form of the answered sessions, sessions weekly from <paramref name="firstSession"/>.</summary>
    public static List<DemoResponse> Simulate(int seed, DateOnly firstSession)
    {
        var simulation = new AllianceSimulation(seed);
        var scorers = Schedule.Select(line => new InstrumentScorer(line.Instrument)).ToList();
        var responses = new List<DemoResponse>();
        for (var t = 1; t <= DemoStudy.Therapists; t++)
        {
            var therapist = $"T{t:00}";
            var therapistEffect = simulation.Normal(0, 0.3);
            for (var k = 1; k <= DemoStudy.ClientsPerTherapist; k++)
            {
                var client = $"C{(t - 1) * DemoStudy.ClientsPerTherapist + k:00}";
                var arm = t % 2 == 1 ? DemoStudy.FeedbackArm : DemoStudy.UsualCareArm;
                var path = simulation.Trajectory(therapistEffect, DemoStudy.AnsweredSessions);
                for (var s = 1; s <= DemoStudy.AnsweredSessions; s++)
                {
                    for (var line = 0; line < Schedule.Count; line++)
                    {
                        var (role, instrument, sessions) = Schedule[line];
                        if (sessions is not null && !sessions.Contains(s))
                        {
                            continue;
                        }
                        var answers = simulation.Answers(instrument.Items, path[s - 1], role == RaterRole.Therapist);
                        var scores = ResponseScores.Json(scorers[line].Score(ResponseAnswers.ForScoring(answers)));
                        responses.Add(new DemoResponse(responses.Count + 1, $"{therapist}-{client}", therapist, client, arm, s,
                            firstSession.AddDays(7 * (s - 1)), role, instrument, answers, scores));
                    }
                }
            }
        }
        return responses;
    }

    private static Instrument Load(string definition) =>
        InstrumentLoader.Load(definition, "demo data set").GetOrThrow();
}
