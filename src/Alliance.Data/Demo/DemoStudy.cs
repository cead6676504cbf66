using System.Globalization;
using Alliance.Data.Accounts;
using Alliance.Data.Instruments;
using Alliance.Data.Model;
using Alliance.Data.Responses;
using Alliance.Instruments;
using Alliance.Instruments.Scoring;

namespace Alliance.Data.Demo;

/// <summary>
/// Seeds a new demo study (each call another, with its own researcher and API token): 6 therapists, 24 clients
/// (4 per therapist, arms <c>feedback</c>/<c>usual-care</c> by therapist; clinicians of usual-care dyads are blind to
/// client ratings), a schedule of both forms after every session, 10 weekly sessions per dyad with both forms answered
/// (<see cref="AllianceSimulation"/>), and open invitations for session 11.
/// </summary>
public static class DemoStudy
{
    public const int Therapists = 6;
    public const int ClientsPerTherapist = 4;
    public const int AnsweredSessions = 10;

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

        var password = SecretToken.Create()[..20];
        var apiToken = SecretToken.Create();
        var account = new ResearcherAccount
        {
            AccountId = Guid.CreateVersion7(),
            Email = string.Create(CultureInfo.InvariantCulture, $"demo-{studyId}-{SecretToken.Create()[..6].ToLowerInvariant()}@example.org"),
            PasswordHash = PasswordHashing.Hash(password),
            CreatedAt = now,
        };
        db.ResearcherAccounts.Add(account);
        db.StudyMembers.Add(new StudyMember { StudyId = studyId, AccountId = account.AccountId, Role = StudyRoles.Owner, AddedAt = now });
        db.ApiTokens.Add(new ApiToken
        {
            StudyId = studyId, TokenId = Guid.CreateVersion7(), AccountId = account.AccountId,
            TokenHash = SecretToken.HashOf(apiToken), Name = "demo", CreatedAt = now,
        });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);

        var forms = new Dictionary<RaterRole, (InstrumentVersion Version, InstrumentScorer Scorer)>
        {
            [RaterRole.Client] = await FreezeAsync(db, studyId, DemoInstruments.Client, ct).ConfigureAwait(false),
            [RaterRole.Therapist] = await FreezeAsync(db, studyId, DemoInstruments.Therapist, ct).ConfigureAwait(false),
        };

        // The schedule (both forms after every session) and the two arms, so the workspace's set-up, sessions and
        // blinding work on the demo as on a real study.
        var position = 0;
        foreach (var (role, form) in forms)
        {
            db.ScheduledForms.Add(new ScheduledForm
            {
                StudyId = studyId, ScheduledFormId = Guid.CreateVersion7(), Role = role,
                InstrumentVersionId = form.Version.InstrumentVersionId, Position = position++,
            });
        }
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
                    var session = new TherapySession
                    {
                        StudyId = studyId, SessionId = Guid.CreateVersion7(), DyadId = dyad.DyadId, Number = s,
                        HeldOn = firstSession.AddDays(7 * (s - 1)),
                    };
                    db.Sessions.Add(session);
                    foreach (var (role, form) in forms)
                    {
                        var token = SecretToken.Create();
                        var invitation = new Invitation
                        {
                            StudyId = studyId, InvitationId = Guid.CreateVersion7(), SessionId = session.SessionId, Role = role,
                            InstrumentVersionId = form.Version.InstrumentVersionId, TokenHash = SecretToken.HashOf(token),
                            Status = s <= AnsweredSessions ? InvitationStatus.Submitted : InvitationStatus.Open,
                            ExpiresAt = now + study.LinkExpiry, Language = "en", CreatedAt = now,
                        };
                        db.Invitations.Add(invitation);
                        if (s > AnsweredSessions)
                        {
                            links.Add(new DemoLink(role.Name(), dyad.Code, s, token, $"{baseUrl.TrimEnd('/')}/s/{token}"));
                            continue;
                        }
                        var items = form.Scorer.Instrument.Items.Select(i => (i.Id, i.Required)).ToList();
                        var answers = simulation.Answers(items, path[s - 1], role == RaterRole.Therapist);
                        db.Responses.Add(new Response
                        {
                            StudyId = studyId, ResponseId = Guid.CreateVersion7(), InvitationId = invitation.InvitationId,
                            IdempotencyKey = "demo-" + Guid.NewGuid().ToString("N"),
                            SubmittedAt = new DateTimeOffset(session.HeldOn!.Value.ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero),
                            Answers = ResponseAnswers.Json(answers),
                            Scores = ResponseScores.Json(form.Scorer.Score(ResponseAnswers.ForScoring(answers))),
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
        return new DemoStudyResult(studyId, account.Email, password, apiToken, links);
    }

    private static async Task<(InstrumentVersion, InstrumentScorer)> FreezeAsync(AllianceDbContext db, long studyId, string json, CancellationToken ct)
    {
        var version = await StudyInstruments.FreezeAsync(db, studyId, json, ct).ConfigureAwait(false);
        return (version, new InstrumentScorer(StudyInstruments.Load(version)));
    }
}
