using System.Globalization;
using Alliance.Data.Accounts;
using Alliance.Data.Invitations;
using Alliance.Data.Model;
using Alliance.Data.Responses;
using Alliance.Instruments;
using Alliance.Instruments.Scoring;
using Npgsql;
using NpgsqlTypes;

namespace Alliance.Data.Demo;

/// <summary>
/// The rows of <see cref="LargeStudySeed"/>, written by binary COPY on the seed's connection and transaction, table by
/// table in foreign-key order. Invitations and responses walk the same slots (dyad × session × schedule line) in the
/// same order; one random stream decides which forms are answered and another draws the answers, so neither pass
/// holds the other's data.
/// </summary>
internal sealed class LargeStudyRows(NpgsqlConnection connection, Study study, LargeStudyShape shape,
    IReadOnlyList<(ScheduledForm Line, InstrumentScorer Scorer)> schedule, int seed, DateTimeOffset now)
{
    private readonly Guid[] _therapists = new Guid[shape.Therapists];
    private readonly Guid[] _dyads = new Guid[shape.Dyads];
    private readonly Guid[] _sessions = new Guid[shape.Dyads * shape.Sessions];
    private readonly List<(Guid Id, bool Answered, DateTimeOffset OpensAt)> _invitations = [];
    private readonly DateOnly _firstSession = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-7 * (shape.Sessions - 1));

    public int InvitationCount => _invitations.Count;

    /// <summary>
    /// A binary COPY with room to finish: its completion waits for the server to check every row's foreign keys, which
    /// on a busy machine takes longer than the default command timeout of 30 s.
    /// </summary>
    private async Task<NpgsqlBinaryImporter> BeginAsync(string copyFromCommand, CancellationToken ct)
    {
        var copy = await connection.BeginBinaryImportAsync(copyFromCommand, ct).ConfigureAwait(false);
        copy.Timeout = TimeSpan.FromMinutes(10);
        return copy;
    }

    private static string TherapistCode(int t) => string.Create(CultureInfo.InvariantCulture, $"T{t + 1:0000}");

    private static string ClientCode(int d) => string.Create(CultureInfo.InvariantCulture, $"C{d + 1:00000}");

    private int TherapistOf(int d) => d / shape.ClientsPerTherapist;

    private DateOnly HeldOn(int s) => _firstSession.AddDays(7 * (s - 1));

    public async Task CopyParticipantsAsync(CancellationToken ct)
    {
        await using (var copy = await BeginAsync(
            "COPY therapists (study_id, therapist_id, code, created_at) FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false))
        {
            for (var t = 0; t < _therapists.Length; t++)
            {
                _therapists[t] = Guid.CreateVersion7(now);
                await copy.WriteRowAsync(ct, study.StudyId, _therapists[t], TherapistCode(t), now).ConfigureAwait(false);
            }
            await copy.CompleteAsync(ct).ConfigureAwait(false);
        }
        var clients = new Guid[shape.Dyads];
        await using (var copy = await BeginAsync(
            "COPY clients (study_id, client_id, code, created_at) FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false))
        {
            for (var d = 0; d < clients.Length; d++)
            {
                clients[d] = Guid.CreateVersion7(now);
                await copy.WriteRowAsync(ct, study.StudyId, clients[d], ClientCode(d), now).ConfigureAwait(false);
            }
            await copy.CompleteAsync(ct).ConfigureAwait(false);
        }
        await using (var copy = await BeginAsync(
            "COPY dyads (study_id, dyad_id, code, therapist_id, client_id, started_on, arm) FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false))
        {
            for (var d = 0; d < _dyads.Length; d++)
            {
                _dyads[d] = Guid.CreateVersion7(now);
                var t = TherapistOf(d);
                // Arms by therapist, as in the demo study: odd-numbered therapists give feedback.
                var arm = t % 2 == 0 ? DemoStudy.FeedbackArm : DemoStudy.UsualCareArm;
                await copy.WriteRowAsync(ct, study.StudyId, _dyads[d], $"{TherapistCode(t)}-{ClientCode(d)}", _therapists[t], clients[d],
                    _firstSession, arm).ConfigureAwait(false);
            }
            await copy.CompleteAsync(ct).ConfigureAwait(false);
        }
    }

    public async Task CopySessionsAsync(CancellationToken ct)
    {
        await using var copy = await BeginAsync(
            "COPY sessions (study_id, session_id, dyad_id, number, held_on) FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false);
        for (var d = 0; d < _dyads.Length; d++)
        {
            for (var s = 1; s <= shape.Sessions; s++)
            {
                var id = _sessions[(d * shape.Sessions) + s - 1] = Guid.CreateVersion7(now);
                await copy.WriteRowAsync(ct, study.StudyId, id, _dyads[d], s, HeldOn(s)).ConfigureAwait(false);
            }
        }
        await copy.CompleteAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Every slot's invitation; returns the links of the last session left unanswered (open now).</summary>
    public async Task<List<DemoLink>> CopyInvitationsAsync(string baseUrl, CancellationToken ct)
    {
        var random = new Random(seed);
        var links = new List<DemoLink>();
        var language = study.Languages[0];
        await using var copy = await BeginAsync(
            "COPY invitations (study_id, invitation_id, session_id, role, instrument_version_id, token_hash, status, opens_at, expires_at, language, created_at) FROM STDIN (FORMAT BINARY)",
            ct).ConfigureAwait(false);
        foreach (var (d, s, line) in Slots())
        {
            var form = schedule[line].Line;
            // Each session is entered the day before it is held (as DemoStudy does), so its links follow the calendar.
            var enteredAt = new DateTimeOffset(HeldOn(s).AddDays(-1).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
            var window = LinkWindow.Of(study, form);
            var opensAt = window.OpensAt(HeldOn(s), enteredAt);
            var answered = random.NextDouble() < (s == shape.Sessions ? 0.5 : LargeStudySeed.AnsweredShare);
            var token = SecretToken.Create();
            var id = Guid.CreateVersion7(enteredAt);
            _invitations.Add((id, answered, opensAt));
            if (!answered && s == shape.Sessions)
            {
                links.Add(new DemoLink(form.Role.Name(), $"{TherapistCode(TherapistOf(d))}-{ClientCode(d)}", s, token,
                    InvitationIssuer.LinkFor(baseUrl, token)));
            }
            await copy.StartRowAsync(ct).ConfigureAwait(false);
            await copy.WriteAsync(study.StudyId, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
            await copy.WriteAsync(id, NpgsqlDbType.Uuid, ct).ConfigureAwait(false);
            await copy.WriteAsync(_sessions[(d * shape.Sessions) + s - 1], NpgsqlDbType.Uuid, ct).ConfigureAwait(false);
            await copy.WriteAsync(form.Role.Name(), NpgsqlDbType.Text, ct).ConfigureAwait(false);
            await copy.WriteAsync(form.InstrumentVersionId, NpgsqlDbType.Uuid, ct).ConfigureAwait(false);
            await copy.WriteAsync(SecretToken.HashOf(token), NpgsqlDbType.Bytea, ct).ConfigureAwait(false);
            await copy.WriteAsync((answered ? InvitationStatus.Submitted : InvitationStatus.Open).Name(), NpgsqlDbType.Text, ct).ConfigureAwait(false);
            await copy.WriteAsync(opensAt, NpgsqlDbType.TimestampTz, ct).ConfigureAwait(false);
            await copy.WriteAsync(window.ExpiresAt(opensAt, enteredAt), NpgsqlDbType.TimestampTz, ct).ConfigureAwait(false);
            await copy.WriteAsync(language, NpgsqlDbType.Text, ct).ConfigureAwait(false);
            await copy.WriteAsync(enteredAt, NpgsqlDbType.TimestampTz, ct).ConfigureAwait(false);
        }
        await copy.CompleteAsync(ct).ConfigureAwait(false);
        return links;
    }

    /// <summary>The answered slots' responses, scored by the form's scorer; returns how many.</summary>
    public async Task<int> CopyResponsesAsync(CancellationToken ct)
    {
        var simulation = new AllianceSimulation(unchecked((seed * 31) + 17));
        var therapistEffect = 0.0;
        double[] path = [];
        var next = 0;
        var answered = 0;
        await using var copy = await BeginAsync(
            "COPY responses (study_id, response_id, invitation_id, idempotency_key, submitted_at, answers, scores, source) FROM STDIN (FORMAT BINARY)",
            ct).ConfigureAwait(false);
        foreach (var (d, s, line) in Slots())
        {
            if (s == 1 && line == 0)
            {
                if (d % shape.ClientsPerTherapist == 0)
                {
                    therapistEffect = simulation.Normal(0, 0.3);
                }
                path = simulation.Trajectory(therapistEffect, shape.Sessions);
            }
            var (id, isAnswered, opensAt) = _invitations[next++];
            if (!isAnswered)
            {
                continue;
            }
            var (form, scorer) = schedule[line];
            var answers = simulation.Answers(scorer.Instrument.Items, path[s - 1], form.Role == RaterRole.Therapist);
            // Submitted at 18:00 on the session day; today's session before 18:00 was answered a minute ago.
            var evening = new DateTimeOffset(HeldOn(s).ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero);
            var submittedAt = evening < now ? evening : new[] { opensAt, now.AddMinutes(-1) }.Max();
            await copy.StartRowAsync(ct).ConfigureAwait(false);
            await copy.WriteAsync(study.StudyId, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
            await copy.WriteAsync(Guid.CreateVersion7(submittedAt), NpgsqlDbType.Uuid, ct).ConfigureAwait(false);
            await copy.WriteAsync(id, NpgsqlDbType.Uuid, ct).ConfigureAwait(false);
            await copy.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"seed-{next}"), NpgsqlDbType.Text, ct).ConfigureAwait(false);
            await copy.WriteAsync(submittedAt, NpgsqlDbType.TimestampTz, ct).ConfigureAwait(false);
            await copy.WriteAsync(ResponseAnswers.Json(answers), NpgsqlDbType.Jsonb, ct).ConfigureAwait(false);
            await copy.WriteAsync(ResponseScores.Json(scorer.Score(ResponseAnswers.ForScoring(answers))), NpgsqlDbType.Jsonb, ct)
                .ConfigureAwait(false);
            await copy.WriteAsync("demo", NpgsqlDbType.Text, ct).ConfigureAwait(false);
            answered++;
        }
        await copy.CompleteAsync(ct).ConfigureAwait(false);
        return answered;
    }

    /// <summary>Every dyad's sessions in order, and in each the schedule lines that apply, in schedule order.</summary>
    private IEnumerable<(int Dyad, int Session, int Line)> Slots()
    {
        for (var d = 0; d < shape.Dyads; d++)
        {
            for (var s = 1; s <= shape.Sessions; s++)
            {
                for (var line = 0; line < schedule.Count; line++)
                {
                    if (schedule[line].Line.AppliesTo(s))
                    {
                        yield return (d, s, line);
                    }
                }
            }
        }
    }
}
