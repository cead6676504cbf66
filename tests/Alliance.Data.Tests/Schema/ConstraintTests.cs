using Alliance.Data.Demo;
using Alliance.Data.Model;
using Alliance.Instruments;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Alliance.Data.Tests.Schema;

public sealed class ConstraintTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task ASecondResponseToTheSameInvitationFailsInTheDatabase()
    {
        var (study, invitation) = await OpenInvitationAsync();
        await using (var db = database.Open())
        {
            db.Responses.Add(NewResponse(study, invitation, "key-1"));
            await db.SaveChangesAsync();
        }

        // A second submit with another key, bypassing any application check, must still be refused.
        await using var again = database.Open();
        again.Responses.Add(NewResponse(study, invitation, "key-2"));
        var ex = await Assert.ThrowsAsync<DbUpdateException>(() => again.SaveChangesAsync());
        var pg = Assert.IsType<PostgresException>(ex.InnerException);
        Assert.Equal(PostgresErrorCodes.UniqueViolation, pg.SqlState);
        Assert.Equal("ix_responses_study_id_invitation_id", pg.ConstraintName);
        await using var check = database.Open();
        Assert.Equal(1, await check.Responses.CountAsync(r => r.StudyId == study && r.InvitationId == invitation));
    }

    [Fact]
    public async Task AResponsesItemsReadInInstrumentOrder()
    {
        var (study, invitation) = await OpenInvitationAsync();
        await using var db = database.Open();
        var response = NewResponse(study, invitation, "items");
        db.Responses.Add(response);
        await db.SaveChangesAsync();
        var items = await db.ResponseItems.Where(i => i.StudyId == study && i.ResponseId == response.ResponseId)
            .OrderBy(i => i.Position).ToListAsync();
        Assert.Equal(["a1", "a2", "a9"], items.Select(i => i.ItemId));
        Assert.Equal([1, 2, 9], items.Select(i => i.Position));
        Assert.Equal([4m, 2.5m, null], items.Select(i => i.Value));
    }

    [Fact]
    public async Task ResponsesOfTwoStudiesInOneStatementEachReadTheirOwnInstrumentsOrder()
    {
        // A batch of web submissions is one INSERT: rows of different studies and instrument versions in it must each
        // read their own instrument's positions.
        var (a, invitationA) = await OpenInvitationAsync();
        var (b, invitationB) = await OpenInvitationAsync();
        await using var db = database.Open();
        var versionB = await db.Invitations.Where(i => i.StudyId == b && i.InvitationId == invitationB)
            .Select(i => i.InstrumentVersionId).SingleAsync();
        // Study b's version lists its items in another order, so a mix-up of versions would show in the positions.
        await db.Database.ExecuteSqlAsync($$"""
            UPDATE instrument_versions SET definition = jsonb_set(definition, '{items}', (
                SELECT jsonb_agg(item ORDER BY ord DESC) FROM jsonb_array_elements(definition -> 'items') WITH ORDINALITY x(item, ord)))
            WHERE study_id = {{b}} AND instrument_version_id = {{versionB}}
            """);
        var itemCount = await db.Database.SqlQuery<int>($"""
            SELECT jsonb_array_length(definition -> 'items') AS "Value" FROM instrument_versions
            WHERE study_id = {b} AND instrument_version_id = {versionB}
            """).SingleAsync();
        var (responseA, responseB) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var inserted = await db.Database.ExecuteSqlAsync($$"""
            INSERT INTO responses (study_id, response_id, invitation_id, idempotency_key, answers, source)
            VALUES ({{a}}, {{responseA}}, {{invitationA}}, 'batch', '{"a1": 4, "a2": null}', 'web'),
                   ({{b}}, {{responseB}}, {{invitationB}}, 'batch', '{"a1": 3, "a9": 1.5}', 'web')
            """);
        Assert.Equal(2, inserted);

        var items = await db.ResponseItems.Where(i => (i.StudyId == a && i.ResponseId == responseA) || (i.StudyId == b && i.ResponseId == responseB))
            .OrderBy(i => i.StudyId).ThenBy(i => i.ItemId).ToListAsync();
        Assert.Equal([(a, "a1", 1, 4m), (a, "a2", 2, (decimal?)null), (b, "a1", itemCount, 3m), (b, "a9", itemCount - 8, 1.5m)],
            items.Select(i => (i.StudyId, i.ItemId, i.Position!.Value, i.Value)));
    }

    [Fact]
    public async Task ChangingAResponsesAnswersChangesItsItems()
    {
        var (study, invitation) = await OpenInvitationAsync();
        await using var db = database.Open();
        var response = NewResponse(study, invitation, "change");
        db.Responses.Add(response);
        await db.SaveChangesAsync();

        response.Answers = """{"a3": 1}""";
        await db.SaveChangesAsync();

        var items = await db.ResponseItems.Where(i => i.StudyId == study && i.ResponseId == response.ResponseId).ToListAsync();
        var item = Assert.Single(items);
        Assert.Equal(("a3", 3, 1m), (item.ItemId, item.Position!.Value, item.Value!.Value));
    }

    [Fact]
    public async Task ATextAnswerInAMultiRowInsertRefusesTheWholeStatement()
    {
        var (a, invitationA) = await OpenInvitationAsync();
        var (b, invitationB) = await OpenInvitationAsync();
        await using var db = database.Open();
        var ex = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlAsync($$"""
            INSERT INTO responses (study_id, response_id, invitation_id, idempotency_key, answers, source)
            VALUES ({{a}}, {{Guid.CreateVersion7()}}, {{invitationA}}, 'batch', '{"a1": 4}', 'web'),
                   ({{b}}, {{Guid.CreateVersion7()}}, {{invitationB}}, 'batch', '{"a1": "four"}', 'web')
            """));
        Assert.Equal(PostgresErrorCodes.CheckViolation, ex.SqlState);
        Assert.Equal(0, await db.Responses.CountAsync(r => (r.StudyId == a && r.InvitationId == invitationA) || (r.StudyId == b && r.InvitationId == invitationB)));
    }

    [Theory]
    [InlineData("""{"a1": "four"}""")]
    [InlineData("""{"a1": 4, "a2": true}""")]
    [InlineData("""{"a1": [4]}""")]
    [InlineData("""{"a1": {"value": 4}}""")]
    public async Task AnswersThatAreNotNumbersOrNullAreRefusedByTheDatabase(string answers)
    {
        var (study, invitation) = await OpenInvitationAsync();
        await using var db = database.Open();
        var response = NewResponse(study, invitation, "not-a-number");
        response.Answers = answers;
        db.Responses.Add(response);
        var ex = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        var pg = Assert.IsType<PostgresException>(ex.InnerException);
        Assert.Equal((PostgresErrorCodes.CheckViolation, "ck_responses_answers_numbers"), (pg.SqlState, pg.ConstraintName));
    }

    [Fact]
    public async Task AnAnswerChangedToTextIsRefusedByTheDatabase()
    {
        var (study, invitation) = await OpenInvitationAsync();
        await using var db = database.Open();
        var response = NewResponse(study, invitation, "change-to-text");
        db.Responses.Add(response);
        await db.SaveChangesAsync();

        response.Answers = """{"a1": "four"}""";
        var ex = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Equal(PostgresErrorCodes.CheckViolation, Assert.IsType<PostgresException>(ex.InnerException).SqlState);
    }

    [Fact]
    public async Task ARowCannotReferenceAnotherStudysRows()
    {
        var a = await SeedAsync();
        var b = await SeedAsync();
        await using var db = database.Open();
        var therapistOfA = await db.Therapists.FirstAsync(t => t.StudyId == a);
        var clientOfB = await db.Clients.FirstAsync(c => c.StudyId == b);
        db.Dyads.Add(new Dyad
        {
            StudyId = b, DyadId = Guid.CreateVersion7(), Code = "cross", TherapistId = therapistOfA.TherapistId,
            ClientId = clientOfB.ClientId, StartedOn = new DateOnly(2025, 1, 1),
        });
        var ex = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, Assert.IsType<PostgresException>(ex.InnerException).SqlState);
    }

    private async Task<long> SeedAsync()
    {
        await using var db = database.Open();
        return (await DemoStudy.SeedAsync(db, "http://127.0.0.1:5000", 7, CancellationToken.None)).StudyId;
    }

    private async Task<(long Study, Guid Invitation)> OpenInvitationAsync()
    {
        var study = await SeedAsync();
        await using var db = database.Open();
        var invitation = await db.Invitations.FirstAsync(i => i.StudyId == study && i.Status == InvitationStatus.Open && i.Role == RaterRole.Client);
        // The demo's open links (session 11) are for the 4-item session form; these tests read the 9-item alliance
        // form's positions (a1, a2, a9), so the link becomes one for that form, as if session 11 were an alliance session.
        invitation.InstrumentVersionId = await db.InstrumentVersions
            .Where(v => v.StudyId == study && v.InstrumentId == "demo-alliance-client").Select(v => v.InstrumentVersionId).SingleAsync();
        await db.SaveChangesAsync();
        return (study, invitation.InvitationId);
    }

    private static Response NewResponse(long study, Guid invitation, string key) => new()
    {
        StudyId = study, ResponseId = Guid.CreateVersion7(), InvitationId = invitation, IdempotencyKey = key,
        SubmittedAt = DateTimeOffset.UtcNow, Answers = """{"a9": null, "a2": 2.5, "a1": 4}""", Source = "web",
    };
}
