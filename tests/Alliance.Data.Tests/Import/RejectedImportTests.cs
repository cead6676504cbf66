using Alliance.Data.Import;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Tests.Import;

public sealed class RejectedImportTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task EveryBadRowIsReportedWithLineAndColumnAndNothingIsWritten()
    {
        var study = await TestStudies.CreateAsync(database.ConnectionString, "bad import");
        const string file = """
            therapist,client,session,role,item,value
            T1,C1,1,client,q1,3
            T1,C1,1,client,q2,7
            T1,C1,one,client,q3,1
            T1,C1,1,patient,q1,1
            T1,C1,1,client,q9,1
            T1,C1,1,client,q3,2.5
            T1,C1,1,client,q1,2
            ,C2,1,client,q1,x
            """;
        var ex = await Assert.ThrowsAsync<ImportRejectedException>(() => ResponseImport.ImportAsync(database.ConnectionString, study,
            "test-bipolar", new StringReader(file), ImportLayout.Long, "bad.csv", "test", CancellationToken.None));

        var found = ex.Errors.Select(e => (e.Line, e.Column)).ToList();
        Assert.Contains((3, "value"), found);    // 7 outside −3…3
        Assert.Contains((4, "session"), found);  // not a number
        Assert.Contains((5, "role"), found);     // unknown role
        Assert.Contains((6, "item"), found);     // not an item of the instrument
        Assert.Contains((7, "value"), found);    // off the scale's step
        Assert.Contains((8, "item"), found);     // q1 answered twice
        Assert.Contains((9, "therapist"), found);
        Assert.Contains((9, "value"), found);
        Assert.Equal(6, ex.Errors.Single(e => e.Line == 3).ColumnNumber);
        Assert.Contains("bad.csv: line 3, column 6 (value)", ex.Message, StringComparison.Ordinal);

        await using var db = database.Open();
        Assert.Equal(0, await db.Responses.CountAsync(r => r.StudyId == study));
        Assert.Equal(0, await db.Therapists.CountAsync(t => t.StudyId == study));
        Assert.Equal(0, await db.Sessions.CountAsync(s => s.StudyId == study));
        Assert.Equal(0, await db.AuditLog.CountAsync(a => a.StudyId == study));
    }

    [Fact]
    public async Task MissingRequiredColumnsAndUnknownWideColumnsAreNamed()
    {
        var study = await TestStudies.CreateAsync(database.ConnectionString, "bad header");
        const string file = """
            therapist,session,role,q1,q2,extra
            T1,1,client,1,2,3
            """;
        var ex = await Assert.ThrowsAsync<ImportRejectedException>(() => ResponseImport.ImportAsync(database.ConnectionString, study,
            "test-bipolar", new StringReader(file), ImportLayout.Wide, "wide.csv", "test", CancellationToken.None));
        Assert.Contains(ex.Errors, e => e is { Line: 1, Column: "client" });
        Assert.Contains(ex.Errors, e => e is { Line: 1, Column: "extra", ColumnNumber: 6 });
    }

    [Fact]
    public async Task ASecondImportOfTheSameFormsIsRejectedWhole()
    {
        var study = await TestStudies.CreateAsync(database.ConnectionString, "double import");
        const string first = """
            therapist,client,session,role,q1,q2,q3
            T1,C1,1,client,1,2,3
            """;
        const string second = """
            therapist,client,session,role,q1,q2,q3
            T1,C1,2,client,0,0,0
            T1,C1,1,client,1,2,3
            """;
        await ResponseImport.ImportAsync(database.ConnectionString, study, "test-bipolar", new StringReader(first), ImportLayout.Wide,
            "first.csv", "test", CancellationToken.None);
        var ex = await Assert.ThrowsAsync<ImportRejectedException>(() => ResponseImport.ImportAsync(database.ConnectionString, study,
            "test-bipolar", new StringReader(second), ImportLayout.Wide, "second.csv", "test", CancellationToken.None));
        Assert.Equal(3, Assert.Single(ex.Errors).Line);

        await using var db = database.Open();
        Assert.Equal(1, await db.Responses.CountAsync(r => r.StudyId == study));
        Assert.Equal(1, await db.Sessions.CountAsync(s => s.StudyId == study));
    }

    [Fact]
    public async Task AnInstrumentTheStudyDoesNotUseIsRejected()
    {
        var study = await TestStudies.CreateAsync(database.ConnectionString, "unknown instrument");
        var ex = await Assert.ThrowsAsync<ImportRejectedException>(() => ResponseImport.ImportAsync(database.ConnectionString, study,
            "wai-sr", new StringReader("therapist,client,session,role,item,value\n"), ImportLayout.Long, "x.csv", "test", CancellationToken.None));
        Assert.Contains("wai-sr", ex.Message, StringComparison.Ordinal);
    }
}
