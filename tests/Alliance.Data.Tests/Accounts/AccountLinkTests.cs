using Alliance.Data.Accounts;
using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Tests.Accounts;

public class AccountLinkTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);

    private async Task<(long StudyId, Guid OwnerId)> StudyAsync()
    {
        await using var db = database.Open();
        var study = new Study { Name = "Links", CreatedAt = Now };
        db.Studies.Add(study);
        var owner = await AccountAsync(db);
        await db.SaveChangesAsync();
        db.StudyMembers.Add(new StudyMember { StudyId = study.StudyId, AccountId = owner.AccountId, Role = StudyRoles.Owner });
        await db.SaveChangesAsync();
        return (study.StudyId, owner.AccountId);
    }

    private static async Task<ResearcherAccount> AccountAsync(AllianceDbContext db)
    {
        var account = new ResearcherAccount
        {
            AccountId = Guid.CreateVersion7(), Email = $"a-{Guid.NewGuid():N}@example.org", PasswordHash = PasswordHashing.Hash("old password"),
        };
        db.ResearcherAccounts.Add(account);
        await db.SaveChangesAsync();
        return account;
    }

    [Fact]
    public async Task AnInvitationCreatesTheAccountAndMembershipOnceAndIsStoredOnlyAsAHash()
    {
        var (studyId, ownerId) = await StudyAsync();
        await using var db = database.Open();
        var email = $"new-{Guid.NewGuid():N}@example.org";
        var token = await new AccountInvitations(db, studyId, "test").InviteAsync(email.ToUpperInvariant(), StudyRoles.Analyst, ownerId, Now, default);

        Assert.False(await db.AccountInvitations.AnyAsync(i => i.TokenHash == System.Text.Encoding.UTF8.GetBytes(token)));
        var (state, account, joined, created) = await AccountInvitations.AcceptAsync(db, token, PasswordHashing.Hash("chosen password"), Now.AddDays(6), default);
        var again = await AccountInvitations.AcceptAsync(database.Open(), token, PasswordHashing.Hash("another password"), Now.AddDays(6), default);

        Assert.Equal(EmailLinkState.Valid, state);
        Assert.True(created);
        Assert.Equal(studyId, joined);
        Assert.Equal(email, account!.Email);
        Assert.Equal(EmailLinkState.Used, again.State);
        await using var check = database.Open();
        var member = await check.StudyMembers.SingleAsync(m => m.StudyId == studyId && m.AccountId == account.AccountId);
        Assert.Equal(StudyRoles.Analyst, member.Role);
        Assert.True(PasswordHashing.Verify("chosen password", (await check.ResearcherAccounts.SingleAsync(a => a.Email == email)).PasswordHash));
        Assert.Equal(["member.invite", "member.invite.accept"],
            await check.AuditLog.Where(a => a.StudyId == studyId).OrderBy(a => a.At).Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public async Task AnExpiredOrRevokedInvitationCreatesNothing()
    {
        var (studyId, ownerId) = await StudyAsync();
        await using var db = database.Open();
        var invitations = new AccountInvitations(db, studyId, "test");
        var expired = await invitations.InviteAsync($"late-{Guid.NewGuid():N}@example.org", StudyRoles.Researcher, ownerId, Now, default);
        var revokedEmail = $"revoked-{Guid.NewGuid():N}@example.org";
        var revoked = await invitations.InviteAsync(revokedEmail, StudyRoles.Researcher, ownerId, Now, default);
        var pending = Assert.Single(await invitations.PendingAsync(default), p => p.Email == revokedEmail);
        Assert.True(await invitations.RevokeAsync(pending.InvitationId, default));

        var late = await AccountInvitations.AcceptAsync(db, expired, PasswordHashing.Hash("chosen password"), Now + AccountInvitations.Lifetime, default);
        var gone = await AccountInvitations.AcceptAsync(db, revoked, PasswordHashing.Hash("chosen password"), Now.AddMinutes(1), default);

        Assert.Equal(EmailLinkState.Expired, late.State);
        Assert.Equal(EmailLinkState.Unknown, gone.State);
        Assert.Equal(1, await db.StudyMembers.CountAsync(m => m.StudyId == studyId));
        Assert.Contains("member.invite.revoke", await db.AuditLog.Where(a => a.StudyId == studyId).Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public async Task AResetSetsThePasswordOnceAndEndsEverySessionOfTheAccount()
    {
        var (studyId, _) = await StudyAsync();
        await using var db = database.Open();
        var account = await AccountAsync(db);
        db.StudyMembers.Add(new StudyMember { StudyId = studyId, AccountId = account.AccountId, Role = StudyRoles.Researcher });
        await db.SaveChangesAsync();
        var sessions = new SignInSessions(db);
        await sessions.StartAsync(account.AccountId, Now, TimeSpan.FromHours(8), default);
        await sessions.StartAsync(account.AccountId, Now, TimeSpan.FromHours(8), default);
        var (_, token) = (await new PasswordResets(db).CreateAsync(account.Email.ToUpperInvariant(), Now, default))!.Value;

        var first = await new PasswordResets(database.Open()).ResetAsync(token, PasswordHashing.Hash("new password 1"), Now.AddMinutes(59), default);
        var second = await new PasswordResets(database.Open()).ResetAsync(token, PasswordHashing.Hash("new password 2"), Now.AddMinutes(59), default);

        Assert.Equal(EmailLinkState.Valid, first.State);
        Assert.Equal(EmailLinkState.Used, second.State);
        await using var check = database.Open();
        Assert.True(PasswordHashing.Verify("new password 1", (await check.ResearcherAccounts.SingleAsync(a => a.AccountId == account.AccountId)).PasswordHash));
        Assert.False(await check.SignInSessions.AnyAsync(s => s.AccountId == account.AccountId));
        Assert.Single(await check.AuditLog.Where(a => a.StudyId == studyId && a.Action == "account.password.reset").ToListAsync());
    }

    [Fact]
    public async Task AResetLinkExpiresAfterAnHourAndAnUnknownAddressGetsNone()
    {
        await using var db = database.Open();
        var account = await AccountAsync(db);
        var resets = new PasswordResets(db);
        var (_, token) = (await resets.CreateAsync(account.Email, Now, default))!.Value;

        Assert.Null(await resets.CreateAsync("nobody-" + account.Email, Now, default));
        Assert.Equal(EmailLinkState.Valid, await resets.StateAsync(token, Now.AddMinutes(59), default));
        Assert.Equal(EmailLinkState.Expired, await resets.StateAsync(token, Now.AddHours(1), default));
        Assert.Equal(EmailLinkState.Expired, (await resets.ResetAsync(token, PasswordHashing.Hash("too late pw"), Now.AddHours(1), default)).State);
        Assert.Equal(EmailLinkState.Unknown, await resets.StateAsync(SecretToken.Create(), Now, default));
        Assert.True(PasswordHashing.Verify("old password", (await db.ResearcherAccounts.AsNoTracking().SingleAsync(a => a.AccountId == account.AccountId)).PasswordHash));
    }

    [Fact]
    public async Task ATimeStepIsClaimedOnceAndARecoveryCodeWorksOnce()
    {
        await using var db = database.Open();
        var account = await AccountAsync(db);
        var twoFactor = new TwoFactorAccounts(db);
        await twoFactor.StartAsync(account.AccountId, "protected", Now, default);
        var codes = RecoveryCodes.Create();

        Assert.False(await twoFactor.IsEnabledAsync(account.AccountId, default));
        Assert.True(await twoFactor.ConfirmAsync(account.AccountId, 100, codes.Select(RecoveryCodes.HashOf), Now, default));
        Assert.True(await twoFactor.IsEnabledAsync(account.AccountId, default));
        Assert.False(await twoFactor.ClaimStepAsync(account.AccountId, 100, default));
        Assert.True(await twoFactor.ClaimStepAsync(account.AccountId, 101, default));
        Assert.False(await twoFactor.ClaimStepAsync(account.AccountId, 101, default));
        Assert.True(await twoFactor.UseRecoveryCodeAsync(account.AccountId, codes[3].ToLowerInvariant(), Now, default));
        Assert.False(await twoFactor.UseRecoveryCodeAsync(account.AccountId, codes[3], Now, default));
        Assert.Equal(9, (await twoFactor.StateAsync(account.AccountId, default)).RecoveryCodesLeft);
        Assert.False(await twoFactor.StartAsync(account.AccountId, "replaced", Now, default));

        await twoFactor.DisableAsync(account.AccountId, default);

        Assert.False(await twoFactor.IsEnabledAsync(account.AccountId, default));
        Assert.False(await db.RecoveryCodes.AnyAsync(c => c.AccountId == account.AccountId));
    }
}
