using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Threading.Channels;
using Alliance.Data.Model;
using Alliance.Data.Surveys;
using Alliance.Instruments.Scoring;
using Alliance.Web.Outages;
using Npgsql;

namespace Alliance.Web.Surveys;

/// <summary>
/// Stores participants' submissions by group commit, in two stages that overlap. A request hands its token, parsed
/// answers and Idempotency-Key to the queue and waits. The check stage takes what has queued up (at most
/// <see cref="SurveyOptions.SubmissionBatchSize"/>), looks all those links up in one query, and checks and scores the
/// answers; it answers at once what is not to be stored (unknown, closed or not open yet by <see cref="LinkStatus"/>,
/// already answered, invalid) and passes the
/// rest on. The store stage takes everything passed on since its last statement and stores it in one statement (one
/// transaction); while it does, the check stage looks up the next batch on a second connection. A request is
/// answered only after that transaction committed, so an acknowledged answer is durable; one commit (one WAL flush)
/// serves every submission checked meanwhile.
/// <para>
/// The statements are <see cref="ParticipantLinks"/>' batch lookup and <see cref="SubmissionStore"/>'s store; this
/// class is the batching around them.
/// </para>
/// <para>
/// At most once per invitation, as before: the unique index on (study_id, invitation_id) in <c>responses</c> decides,
/// and a submission that finds the invitation answered, or loses the insert to another submission, is answered with
/// the stored result when its Idempotency-Key matches and with a conflict otherwise. That holds within a statement
/// too: of two submissions of one link in one statement, the insert keeps one and the other is answered as a loser.
/// </para>
/// <para>
/// Unknown, expired and known links take the same path (one batched lookup), so their timing does not tell them
/// apart. On shutdown both stages are drained before the database connections close.
/// </para>
/// <para>
/// A lost database connection (PostgreSQL restarting, a dead pooled connection) does not fail a batch at once: both
/// stages run it again for up to <see cref="ConnectionRetry.QueueWindow"/> (<see cref="ConnectionRetry"/>). That is
/// safe for the store too: when the lost statement had committed, its second run inserts nothing and each submission
/// is answered with the stored result, as its Idempotency-Key matches. Past the window the requests fail with the
/// outage, answered 503 (<see cref="OutageExceptionHandler"/>), and the participant retries with the same key.
/// </para>
/// </summary>
internal sealed partial class SubmissionQueue : IAsyncDisposable
{
    /// <summary>The queue's measurements, for any metrics listener (<c>dotnet-counters monitor -n … Alliance.Survey</c>).</summary>
    public const string MeterName = "Alliance.Survey";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Histogram<int> LookupSize = Meter.CreateHistogram<int>(
        "alliance.survey.submission.lookup.size", "{submission}", "Submissions looked up together");

    private static readonly Histogram<int> StoreSize = Meter.CreateHistogram<int>(
        "alliance.survey.submission.store.size", "{submission}", "Submissions stored by one statement");

    private static readonly Histogram<double> QueueWait = Meter.CreateHistogram<double>(
        "alliance.survey.submission.queue.wait", "ms", "Time a submission waited in the queue for its batch");

    private static readonly Histogram<double> LookupTime = Meter.CreateHistogram<double>(
        "alliance.survey.submission.lookup.duration", "ms", "Time a batch took to look its links up and check its answers");

    private static readonly Histogram<double> StoreTime = Meter.CreateHistogram<double>(
        "alliance.survey.submission.store.duration", "ms", "Time one statement took to store its submissions, commit included");

    /// <summary>Most submissions one store statement takes (the check stage's batches it merges).</summary>
    private const int MaxStoreSize = 256;

    private readonly Channel<Submission> _queue = Channel.CreateUnbounded<Submission>(new UnboundedChannelOptions
    {
        SingleReader = false,
        SingleWriter = false,
    });

    /// <summary>Checked submissions on their way to the store stage, a batch at a time.</summary>
    private readonly Channel<List<Accepted>> _checked = Channel.CreateUnbounded<List<Accepted>>(new UnboundedChannelOptions
    {
        SingleReader = true,
        SingleWriter = true,
    });

    private readonly NpgsqlDataSource _database;
    private readonly FrozenInstruments _instruments;
    private readonly TimeProvider _clock;
    private readonly ILogger<SubmissionQueue> _log;
    private readonly int _batchSize;
    private readonly Task _stages;

    public SubmissionQueue(NpgsqlDataSource database, FrozenInstruments instruments, SurveyOptions options, TimeProvider clock,
        ILogger<SubmissionQueue> log)
    {
        (_database, _instruments, _clock, _log) = (database, instruments, clock, log);
        _batchSize = Math.Max(1, options.SubmissionBatchSize);
        _stages = Task.WhenAll(Task.Run(CheckLoopAsync), Task.Run(StoreLoopAsync));
    }

    /// <summary>
    /// Submits a participant's answers for the link <paramref name="token"/>. <paramref name="refusal"/> is a problem
    /// found in the request before the lookup (missing key, malformed body): it is answered only for a known link,
    /// so an unknown link is always "unknown" whatever else is wrong. <paramref name="errors"/> holds the body's shape
    /// problems; the instrument's checks are added to them.
    /// </summary>
    public Task<SubmissionResult> SubmitAsync(string token, AnswerPayload payload, Dictionary<string, string[]> errors,
        string idempotencyKey, bool refusal, CancellationToken ct)
    {
        var hash = ParticipantLinks.LookupHash(token, out var fits);
        var submission = new Submission(hash, fits, payload, errors, idempotencyKey, refusal);
        if (!_queue.Writer.TryWrite(submission))
        {
            throw new ObjectDisposedException(nameof(SubmissionQueue), "The application is shutting down.");
        }
        // A request that goes away still leaves its submission in the queue: it may be stored, unacknowledged,
        // exactly as if the connection had dropped after the commit.
        return submission.Done.Task.WaitAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _stages;
    }

    /// <summary>The check stage: batches from the queue, looked up and checked, the storable ones passed on.</summary>
    private async Task CheckLoopAsync()
    {
        try
        {
            var batch = new List<Submission>(_batchSize);
            while (await _queue.Reader.WaitToReadAsync())
            {
                batch.Clear();
                while (batch.Count < _batchSize && _queue.Reader.TryRead(out var next))
                {
                    batch.Add(next);
                    QueueWait.Record(Stopwatch.GetElapsedTime(next.Queued).TotalMilliseconds);
                }
                LookupSize.Record(batch.Count);
                try
                {
                    if (await ConnectionRetry.RunAsync(_database, ConnectionRetry.QueueWindow, () => CheckAsync(batch),
                            CancellationToken.None) is { Count: > 0 } accepted)
                    {
                        _checked.Writer.TryWrite(accepted);
                    }
                }
                catch (Exception ex)
                {
                    BatchFailed(_log, ex, batch.Count);
                    foreach (var submission in batch)
                    {
                        submission.Done.TrySetException(ex);
                    }
                }
            }
        }
        finally
        {
            _checked.Writer.TryComplete();
        }
    }

    /// <summary>The store stage: everything checked since its last statement, in one statement.</summary>
    private async Task StoreLoopAsync()
    {
        var pending = new List<Accepted>();
        while (await _checked.Reader.WaitToReadAsync())
        {
            pending.Clear();
            while (pending.Count < MaxStoreSize && _checked.Reader.TryRead(out var next))
            {
                pending.AddRange(next);
            }
            StoreSize.Record(pending.Count);
            try
            {
                await ConnectionRetry.RunAsync(_database, ConnectionRetry.QueueWindow, () => StoreAsync(pending), CancellationToken.None);
            }
            catch (Exception ex)
            {
                BatchFailed(_log, ex, pending.Count);
                foreach (var one in pending)
                {
                    one.Submission.Done.TrySetException(ex);
                }
            }
        }
    }

    /// <summary>
    /// Looks one batch up and answers every submission in it that is not to be stored; returns the others, checked
    /// and scored.
    /// </summary>
    private async Task<List<Accepted>> CheckAsync(List<Submission> batch)
    {
        var started = Stopwatch.GetTimestamp();
        await using var connection = await _database.OpenConnectionAsync();
        var links = await ParticipantLinks.FindAsync(connection, [.. batch.Select(s => s.TokenHash)], withAnswers: false, CancellationToken.None);
        var now = _clock.GetUtcNow();
        var accepted = new List<Accepted>(batch.Count);
        foreach (var (submission, link) in batch.Zip(links))
        {
            if (submission.Done.Task.IsCompleted)
            {
                continue;   // answered by an earlier run of this batch that then lost its connection
            }
            if (link is null || !submission.TokenFits)
            {
                submission.Done.TrySetResult(new SubmissionResult(SubmissionOutcome.Unknown));
                continue;
            }
            if (submission.Refused)
            {
                submission.Done.TrySetResult(new SubmissionResult(SubmissionOutcome.Refused));
                continue;
            }
            if (link.Stored is { } stored)
            {
                submission.Done.TrySetResult(SubmissionResult.Replay(stored, submission.IdempotencyKey));
                continue;
            }
            var status = link.StatusAt(now);
            if (status != LinkState.Open)
            {
                submission.Done.TrySetResult(new SubmissionResult(SubmissionOutcome.Closed, Status: status, OpensAt: link.OpensAt));
                continue;
            }
            var scorer = await _instruments.GetAsync(link.ContentHash, link.InstrumentId,
                () => ParticipantLinks.DefinitionAsync(connection, link.StudyId, link.InstrumentVersionId, CancellationToken.None));
            if (Check(submission, link, scorer) is { } invalid)
            {
                submission.Done.TrySetResult(invalid);
                continue;
            }
            var scores = scorer.Score(submission.Payload.Answers).Scores
                .ToDictionary(s => s.Id, s => s.Value, StringComparer.Ordinal);
            accepted.Add(new Accepted(submission, new AcceptedSubmission(link.StudyId, link.InvitationId, Guid.CreateVersion7(now),
                submission.IdempotencyKey, submission.Payload.Answers, scores, link.NeedsConsent ? link.ConsentTextHash : null)));
        }
        LookupTime.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return accepted;
    }

    /// <summary>Stores checked submissions in one statement; every one of them is answered on return.</summary>
    private async Task StoreAsync(List<Accepted> accepted)
    {
        var started = Stopwatch.GetTimestamp();
        var now = _clock.GetUtcNow();
        await using var connection = await _database.OpenConnectionAsync();
        HashSet<Guid> created;
        try
        {
            created = await SubmissionStore.StoreAsync(connection, [.. accepted.Select(a => a.Row)], now, CancellationToken.None);
        }
        catch (PostgresException ex) when (accepted.Count > 1 && !DatabaseOutage.Is(ex))
        {
            // One bad row (say, its invitation was deleted since the lookup) must not cost the others their answers.
            StoringOneByOne(_log, ex, accepted.Count);
            created = [];
            foreach (var one in accepted)
            {
                try
                {
                    created.UnionWith(await SubmissionStore.StoreAsync(connection, [one.Row], now, CancellationToken.None));
                }
                catch (PostgresException single) when (!DatabaseOutage.Is(single))
                {
                    one.Submission.Done.TrySetException(single);
                }
            }
        }
        StoreTime.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        foreach (var one in accepted)
        {
            if (created.Contains(one.Row.ResponseId))
            {
                one.Submission.Done.TrySetResult(new SubmissionResult(SubmissionOutcome.Created, one.Row.ResponseId, one.Row.Scores));
            }
            else if (!one.Submission.Done.Task.IsCompleted)
            {
                // Another submission holds this invitation: one earlier in this statement, or another writer's.
                var winner = await ParticipantLinks.StoredResponseAsync(connection, one.Row.StudyId, one.Row.InvitationId, CancellationToken.None);
                one.Submission.Done.TrySetResult(SubmissionResult.Replay(winner, one.Submission.IdempotencyKey));
            }
        }
    }

    private static SubmissionResult? Check(Submission submission, ParticipantLink link, InstrumentScorer scorer)
    {
        var errors = submission.Errors;
        foreach (var problem in scorer.Check(submission.Payload.Answers, requireRequiredItems: true))
        {
            errors.TryAdd(problem.ItemId, [problem.Message]);
        }
        if (link.NeedsConsent && !submission.Payload.Consent)
        {
            errors.TryAdd("consent", ["this study asks for your consent before your answers can be stored"]);
        }
        return errors.Count > 0 ? new SubmissionResult(SubmissionOutcome.Invalid, Errors: errors) : null;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Storing a batch of {Count} submissions failed")]
    private static partial void BatchFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} submissions failed as a whole; storing them one by one")]
    private static partial void StoringOneByOne(ILogger logger, Exception exception, int count);

    /// <summary>One queued submission and the promise its request waits on.</summary>
    private sealed record Submission(byte[] TokenHash, bool TokenFits, AnswerPayload Payload, Dictionary<string, string[]> Errors,
        string IdempotencyKey, bool Refused)
    {
        public TaskCompletionSource<SubmissionResult> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public long Queued { get; } = Stopwatch.GetTimestamp();
    }

    /// <summary>A checked submission on its way into the store statement.</summary>
    private sealed record Accepted(Submission Submission, AcceptedSubmission Row);
}
