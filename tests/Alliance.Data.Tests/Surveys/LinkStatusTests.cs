using Alliance.Data.Model;
using Alliance.Data.Surveys;

namespace Alliance.Data.Tests.Surveys;

public sealed class LinkStatusTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(true, true, InvitationStatuses.Expired, -1, InvitationStatuses.Submitted)]
    [InlineData(false, true, InvitationStatuses.Open, 1, InvitationStatuses.Withdrawn)]
    [InlineData(false, false, InvitationStatuses.Withdrawn, -1, InvitationStatuses.Withdrawn)]
    [InlineData(false, false, InvitationStatuses.Expired, 1, InvitationStatuses.Expired)]
    [InlineData(false, false, InvitationStatuses.Open, -1, InvitationStatuses.Expired)]
    [InlineData(false, false, InvitationStatuses.Open, 0, InvitationStatuses.Expired)]
    [InlineData(false, false, InvitationStatuses.Open, 1, InvitationStatuses.Open)]
    public void AnswerBeatsWithdrawalWhichBeatsExpiry(bool answered, bool withdrawn, string stored, int expiresInHours, string expected) =>
        Assert.Equal(expected, LinkStatus.Of(answered, withdrawn, stored, opensAt: null, Now.AddHours(expiresInHours), Now));

    [Fact]
    public void ALinkWithoutExpiryStaysOpen() =>
        Assert.Equal(InvitationStatuses.Open, LinkStatus.Of(false, false, InvitationStatuses.Open, opensAt: null, expiresAt: null, Now));

    [Theory]
    [InlineData(1, InvitationStatuses.Open, LinkStatus.NotOpen)]
    [InlineData(0, InvitationStatuses.Open, InvitationStatuses.Open)]
    [InlineData(-1, InvitationStatuses.Open, InvitationStatuses.Open)]
    [InlineData(1, InvitationStatuses.Expired, InvitationStatuses.Expired)]
    [InlineData(1, InvitationStatuses.Withdrawn, InvitationStatuses.Withdrawn)]
    public void ALinkIsNotOpenBeforeItsOpeningUnlessMarkedOtherwise(int opensInHours, string stored, string expected) =>
        Assert.Equal(expected, LinkStatus.Of(false, false, stored, Now.AddHours(opensInHours), Now.AddDays(7), Now));

    [Fact]
    public void AnAnswerOrAWithdrawalBeatsANotYetOpenLink()
    {
        Assert.Equal(InvitationStatuses.Submitted, LinkStatus.Of(true, false, InvitationStatuses.Open, Now.AddDays(1), Now.AddDays(8), Now));
        Assert.Equal(InvitationStatuses.Withdrawn, LinkStatus.Of(false, true, InvitationStatuses.Open, Now.AddDays(1), Now.AddDays(8), Now));
    }
}
