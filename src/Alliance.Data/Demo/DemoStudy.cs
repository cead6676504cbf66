using System.Globalization;
using Alliance.Data.Instruments;
using Alliance.Data.Invitations;
using Alliance.Data.Model;
using Alliance.Data.Responses;
using Alliance.Instruments;
using Alliance.Instruments.Scoring;

namespace Alliance.Data.Demo;

/// <summary>
/// Seeds a new demo study (each call another, with its own researcher and API token): 6 therapists, 24 clients
/// (4 per therapist, arms <c>feedback</c>/<c>usual-care</c> by therapist; clinicians of usual-care dyads are blind to
/// client ratings) and a multi-form schedule: clients fill the shipped session form (<c>session-vas</c>) after every
/// session and the demo's working-alliance form at sessions 3, 6 and 10, therapists its declared parallel form at the
/// same sessions. 10 weekly sessions per dyad have every form due answered (<see cref="AllianceSimulation"/>), with
/// invitations issued by <see cref="InvitationIssuer"/> (so they open and expire by the session calendar), and
/// session 11, held today, has open invitations for what is due then.
/// </summary>
public static class DemoStudy
{
    public const int Therapists = 6;
    public const int ClientsPerTherapist = 4;
    public const int AnsweredSessions = 10;

    /// <summary>The shipped form clients fill after every session.</summary>
    public const string SessionForm = "session-vas";

    /// <summary>The sessions after which both roles fill the demo's working-alliance forms.</summary>
    public static IReadOnlyList<int> AllianceSessions { get; } = [3, 6, 10];

    /// <summary>Arm whose clinicians see their clients' ratings (routine outcome feedback).</summary>
    public const string FeedbackArm = "feedback";

    /// <summary>Arm whose clinicians are blind to their clients' ratings.</summary>
    public const string UsualCareArm = "usual-care";

    /// <param name="db">Context on a migrated database.</param>
    /// <param name="baseUrl">Origin of participant links, e.g. <c>http://127.0.0.1:5000</c>.</param>
    /// <param name="seed">Random seed of the simulated answers; null for a fresh one.</param>
    /// <param name="ct">Cancellation.</param>
    public static async Task<DemoStudyResult> SeedAsync(AllianceDbContext db, string baseUrl, int? seed, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var now = DateTimeOffset.UtcNow;
        var simulation = new AllianceSimulation(seed ?? Random.Shared.Next());
        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);

        var study = new Study
        {
            Name = string.Create(CultureInfo.InvariantCulture, $"Demo study {now:yyyy-MM-dd HH:mm:ss}"),
            ConsentTexts = ConsentText.ForEveryRole("en", "This is a demonstration study with simulated data. Your answers are stored for testing only."),
            ConsentRequired = false,
            Settings = """{"demo": true}""",
            CreatedAt = now,
        };
        db.Studies.Add(study);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        var studyId = study.StudyId;

        var (email, password, apiToken) = DemoResearcher.Add(db, studyId, now);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);

        var schedule = await ScheduleAsync(db, studyId, ct).ConfigureAwait(false);
        db.StudyArms.Add(new StudyArm { StudyId = studyId, Code = FeedbackArm, CliniciansSeeClientRatings = true });
        db.StudyArms.Add(new StudyArm { StudyId = studyId, Code = UsualCareArm, CliniciansSeeClientRatings = false });

        var links = new List<DemoLink>();
        var firstSession = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-7 * AnsweredSessions);
        for (var t = 1; t <= Therapists; t++)
        {
            var therapist = new Therapist { StudyId = studyId, TherapistId = Guid.CreateVersion7(), Code = $"T{t:00}", CreatedAt = now };
            db.Therapists.Add(therapist);
            var therapistEffect = simulation.Normal(0, 0.3);
            for (var k = 1; k <= ClientsPerTherapist; k++)
            {
                var number = (t - 1) * ClientsPerTherapist + k;
                var client = new Client { StudyId = studyId, ClientId = Guid.CreateVersion7(), Code = $"C{number:00}", CreatedAt = now };
                var dyad = new Dyad
                {
                    StudyId = studyId, DyadId = Guid.CreateVersion7(), Code = $"{therapist.Code}-{client.Code}",
                    TherapistId = therapist.TherapistId, ClientId = client.ClientId, StartedOn = firstSession,
                    Arm = t % 2 == 1 ? FeedbackArm : UsualCareArm,
                };
                db.Clients.Add(client);
                db.Dyads.Add(dyad);
                var path = simulation.Trajectory(therapistEffect, AnsweredSessions);
                for (var s = 1; s <= AnsweredSessions + 1; s++)
                {
                    var heldOn = firstSession.AddDays(7 * (s - 1));
                    var session = new TherapySession
                    {
                        StudyId = studyId, SessionId = Guid.CreateVersion7(), DyadId = dyad.DyadId, Number = s, HeldOn = heldOn,
                    };
                    db.Sessions.Add(session);
                    // Each session is entered the day before it is held, as a researcher following the calendar would:
                    // its links open on the session day and stay answerable for the study's window (the real rule).
                    var enteredAt = new DateTimeOffset(heldOn.AddDays(-1).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
                    foreach (var link in InvitationIssuer.Issue(db, study, session, schedule.Select(f => f.Line), DyadLanguages.None, baseUrl, enteredAt))
                    {
                        if (s > AnsweredSessions)
                        {
                            links.Add(new DemoLink(link.Invitation.Role.Name(), dyad.Code, s, link.Token, link.Url));
                            continue;
                        }
                        link.Invitation.Status = InvitationStatus.Submitted;
                        var scorer = schedule.Single(f => f.Line.InstrumentVersionId == link.Invitation.InstrumentVersionId && f.Line.Role == link.Invitation.Role).Scorer;
                        var answers = simulation.Answers(scorer.Instrument.Items, path[s - 1], link.Invitation.Role == RaterRole.Therapist);
                        db.Responses.Add(new Response
                        {
                            StudyId = studyId, ResponseId = Guid.CreateVersion7(), InvitationId = link.Invitation.InvitationId,
                            IdempotencyKey = "demo-" + Guid.NewGuid().ToString("N"),
                            SubmittedAt = new DateTimeOffset(heldOn.ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero),
                            Answers = ResponseAnswers.Json(answers),
                            Scores = ResponseScores.Json(scorer.Score(ResponseAnswers.ForScoring(answers))),
                            Source = "demo",
                        });
                    }
                }
            }
        }
        db.AuditLog.Add(new AuditEntry
        {
            StudyId = studyId, AuditId = Guid.CreateVersion7(), Actor = "demo", Action = "demo",
            Detail = """{"seeded": true}""", At = now,
        });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return new DemoStudyResult(studyId, email, password, apiToken, links);
    }

    /// <summary>
    /// Freezes the demo's forms and schedules them: the shipped session form for clients after every session, and the
    /// demo's parallel working-alliance forms for both roles at <see cref="AllianceSessions"/>, all with the study's
    /// default window.
    /// </summary>
    private static async Task<List<(ScheduledForm Line, InstrumentScorer Scorer)>> ScheduleAsync(AllianceDbContext db, long studyId, CancellationToken ct)
    {
        var lines = new (RaterRole Role, string Definition, List<int> Sessions)[]
        {
            (RaterRole.Client, ShippedDefinition(SessionForm), []),
            (RaterRole.Client, DemoInstruments.Client, [.. AllianceSessions]),
            (RaterRole.Therapist, DemoInstruments.Therapist, [.. AllianceSessions]),
        };
        return await FreezeScheduleAsync(db, studyId, lines, ct).ConfigureAwait(false);
    }

    /// <summary>The definition JSON of the shipped instrument <paramref name="id"/>; throws when this build lacks it.</summary>
    internal static string ShippedDefinition(string id) => InstrumentCatalog.ShippedDefinition(id + ".json")
        ?? throw new InvalidOperationException($"the shipped instrument {id} is missing from this build");

    /// <summary>
    /// Freezes each line's definition in the study and schedules it in the given order (position 1, 2, …) for its role
    /// and sessions (empty: every session), staged on <paramref name="db"/>; with the scorer of each frozen version. The
    /// demo and the large-study seed build their schedules through it.
    /// </summary>
    internal static async Task<List<(ScheduledForm Line, InstrumentScorer Scorer)>> FreezeScheduleAsync(AllianceDbContext db, long studyId,
        IEnumerable<(RaterRole Role, string Definition, List<int> Sessions)> lines, CancellationToken ct)
    {
        var schedule = new List<(ScheduledForm, InstrumentScorer)>();
        foreach (var (role, definition, sessions) in lines)
        {
            var version = await StudyInstruments.FreezeAsync(db, studyId, definition, ct).ConfigureAwait(false);
            var line = new ScheduledForm
            {
                StudyId = studyId, ScheduledFormId = Guid.CreateVersion7(), Role = role,
                InstrumentVersionId = version.InstrumentVersionId, SessionNumbers = sessions, Position = schedule.Count + 1,
            };
            db.ScheduledForms.Add(line);
            schedule.Add((line, new InstrumentScorer(StudyInstruments.Load(version))));
        }
        return schedule;
    }
}
