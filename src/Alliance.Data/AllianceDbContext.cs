using Alliance.Data.Coordination;
using Alliance.Data.Model;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data;

/// <summary>
/// The Alliance database (PostgreSQL through Npgsql). Every table but the account tables (<c>researcher_accounts</c>,
/// <c>sign_in_sessions</c>, <c>sign_in_failures</c>, <c>password_resets</c>, <c>two_factor_secrets</c>,
/// <c>recovery_codes</c>), the key ring (<c>data_protection_keys</c>) and the guess counts
/// (<c>link_guesses</c>) is keyed by
/// <c>(study_id, …)</c> and references other study rows through composite foreign keys that include
/// <c>study_id</c>, so a row can never point into another study. Names are snake_case. See <c>docs/data.md</c>.
/// <para>
/// It also holds the web instances' shared data-protection key ring (<c>data_protection_keys</c>, encrypted by the web
/// host before it is stored): in this context rather than one of its own so the table is created and upgraded by the
/// same migrations, in the same history, as everything else.
/// </para>
/// </summary>
public sealed class AllianceDbContext(DbContextOptions<AllianceDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Study> Studies => Set<Study>();
    public DbSet<ConsentText> ConsentTexts => Set<ConsentText>();
    public DbSet<ResearcherAccount> ResearcherAccounts => Set<ResearcherAccount>();
    public DbSet<StudyMember> StudyMembers => Set<StudyMember>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<Therapist> Therapists => Set<Therapist>();
    public DbSet<Client> Clients => Set<Client>();
    public DbSet<Dyad> Dyads => Set<Dyad>();
    public DbSet<TherapySession> Sessions => Set<TherapySession>();
    public DbSet<InstrumentVersion> InstrumentVersions => Set<InstrumentVersion>();
    public DbSet<StudyInstrument> OwnInstruments => Set<StudyInstrument>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<ReplacedLink> ReplacedLinks => Set<ReplacedLink>();
    public DbSet<Draft> Drafts => Set<Draft>();
    public DbSet<Response> Responses => Set<Response>();
    public DbSet<ResponseItem> ResponseItems => Set<ResponseItem>();
    public DbSet<ConsentRecord> ConsentRecords => Set<ConsentRecord>();
    public DbSet<Withdrawal> Withdrawals => Set<Withdrawal>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<ScheduledForm> ScheduledForms => Set<ScheduledForm>();
    public DbSet<StudyArm> StudyArms => Set<StudyArm>();
    public DbSet<SignInSession> SignInSessions => Set<SignInSession>();
    public DbSet<SignInFailure> SignInFailures => Set<SignInFailure>();
    public DbSet<LinkGuess> LinkGuesses => Set<LinkGuess>();
    public DbSet<TestLink> TestLinks => Set<TestLink>();
    public DbSet<TestAnswer> TestAnswers => Set<TestAnswer>();
    public DbSet<AccountInvitation> AccountInvitations => Set<AccountInvitation>();
    public DbSet<PasswordReset> PasswordResets => Set<PasswordReset>();
    public DbSet<TwoFactorSecret> TwoFactorSecrets => Set<TwoFactorSecret>();
    public DbSet<RecoveryCode> RecoveryCodes => Set<RecoveryCode>();

    /// <summary>The data-protection key ring shared by every web instance (each key's XML encrypted at rest).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Options for a connection string (Npgsql provider, migrations in this assembly).</summary>
    public static DbContextOptions<AllianceDbContext> OptionsFor(string connectionString) =>
        new DbContextOptionsBuilder<AllianceDbContext>().UseNpgsql(connectionString).Options;

    /// <summary>A context on <paramref name="connectionString"/>.</summary>
    public static AllianceDbContext Open(string connectionString) => new(OptionsFor(connectionString));

    /// <summary>Applies all migrations to <paramref name="connectionString"/>'s database; returns those applied now.</summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(string connectionString, CancellationToken ct)
    {
        // Instances starting together on one database migrate one after the other. EF Core's own migration lock did
        // not keep two from applying the same migration to an empty database ("column … already exists", seen in
        // tests/Alliance.Web.Tests/Instances/BackgroundWorkTests.cs).
        await using var migrating = await TakeMigrationLockAsync(connectionString, ct).ConfigureAwait(false);
        await using var db = Open(connectionString);
        var pending = (await db.Database.GetPendingMigrationsAsync(ct).ConfigureAwait(false)).ToList();
        await db.Database.MigrateAsync(ct).ConfigureAwait(false);
        return pending;
    }

    /// <summary>The migrations' advisory lock; none when the database does not exist yet (EF Core creates it).</summary>
    private static async Task<AdvisoryLock?> TakeMigrationLockAsync(string connectionString, CancellationToken ct)
    {
        try
        {
            return await AdvisoryLock.TakeAsync(connectionString, AdvisoryLockKey.Migrations, ct).ConfigureAwait(false);
        }
        catch (Npgsql.PostgresException e) when (e.SqlState == Npgsql.PostgresErrorCodes.InvalidCatalogName)
        {
            return null;
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        StudyTables.Configure(modelBuilder);
        ParticipantTables.Configure(modelBuilder);
        ResponseTables.Configure(modelBuilder);
        Schema.SignInTables.Configure(modelBuilder);
        Schema.KeyRingTables.Configure(modelBuilder);
        Schema.LinkGuessTable.Configure(modelBuilder);
        Schema.StudyInstrumentTable.Configure(modelBuilder);
        Schema.TestLinkTables.Configure(modelBuilder);
        Schema.AccountTokenTables.Configure(modelBuilder);
        SnakeCaseNames.Apply(modelBuilder);
    }
}
