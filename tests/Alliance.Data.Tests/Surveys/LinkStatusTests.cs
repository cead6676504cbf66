using Alliance.Data.Model;
using Alliance.Data.Surveys;

namespace Alliance.Data.Tests.Surveys;

public sealed class LinkStatusTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(true, true, InvitationStatus.Expired, -1, LinkState.Submitted)]
    [InlineData(false, true, InvitationStatus.Open, 1, LinkState.Withdrawn)]
    [InlineData(false, false, InvitationStatus.Withdrawn, -1, LinkState.Withdrawn)]
    [InlineData(false, false, InvitationStatus.Expired, 1, LinkState.Expired)]
    [InlineData(false, false, InvitationStatus.Open, -1, LinkState.Expired)]
    [InlineData(false, false, InvitationStatus.Open, 0, LinkState.Expired)]
    [InlineData(false, false, InvitationStatus.Open, 1, LinkState.Open)]
    public void AnswerBeatsWithdrawalWhichBeatsExpiry(bool answered, bool withdrawn, InvitationStatus stored, int expiresInHours, LinkState expected) =>
        Assert.Equal(expected, LinkStatus.Of(answered, withdrawn, stored, opensAt: null, Now.AddHours(expiresInHours), Now));

    [Fact]
    public void ALinkWithoutExpiryStaysOpen() =>
        Assert.Equal(LinkState.Open, LinkStatus.Of(false, false, InvitationStatus.Open, opensAt: null, expiresAt: null, Now));

    [Theory]
    [InlineData(1, InvitationStatus.Open, LinkState.NotOpen)]
    [InlineData(0, InvitationStatus.Open, LinkState.Open)]
    [InlineData(-1, InvitationStatus.Open, LinkState.Open)]
    [InlineData(1, InvitationStatus.Expired, LinkState.Expired)]
    [InlineData(1, InvitationStatus.Withdrawn, LinkState.Withdrawn)]
    public void ALinkIsNotOpenBeforeItsOpeningUnlessMarkedOtherwise(int opensInHours, InvitationStatus stored, LinkState expected) =>
        Assert.Equal(expected, LinkStatus.Of(false, false, stored, Now.AddHours(opensInHours), Now.AddDays(7), Now));

    [Fact]
    public void AnAnswerOrAWithdrawalBeatsANotYetOpenLink()
    {
        Assert.Equal(LinkState.Submitted, LinkStatus.Of(true, false, InvitationStatus.Open, Now.AddDays(1), Now.AddDays(8), Now));
        Assert.Equal(LinkState.Withdrawn, LinkStatus.Of(false, true, InvitationStatus.Open, Now.AddDays(1), Now.AddDays(8), Now));
    }
}
