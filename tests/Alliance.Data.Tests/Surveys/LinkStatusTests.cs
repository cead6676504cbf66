using Alliance.Data.Model;
using Alliance.Data.Surveys;

namespace Alliance.Data.Tests.Surveys;

public sealed class LinkStatusTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(true, true, InvitationStatus.Expired, -1, InvitationStatus.Submitted)]
    [InlineData(false, true, InvitationStatus.Open, 1, InvitationStatus.Withdrawn)]
    [InlineData(false, false, InvitationStatus.Withdrawn, -1, InvitationStatus.Withdrawn)]
    [InlineData(false, false, InvitationStatus.Expired, 1, InvitationStatus.Expired)]
    [InlineData(false, false, InvitationStatus.Open, -1, InvitationStatus.Expired)]
    [InlineData(false, false, InvitationStatus.Open, 0, InvitationStatus.Expired)]
    [InlineData(false, false, InvitationStatus.Open, 1, InvitationStatus.Open)]
    public void AnswerBeatsWithdrawalWhichBeatsExpiry(bool answered, bool withdrawn, InvitationStatus stored, int expiresInHours, InvitationStatus expected) =>
        Assert.Equal(expected, LinkStatus.Of(answered, withdrawn, stored, Now.AddHours(expiresInHours), Now));

    [Fact]
    public void ALinkWithoutExpiryStaysOpen() =>
        Assert.Equal(InvitationStatus.Open, LinkStatus.Of(false, false, InvitationStatus.Open, null, Now));
}
