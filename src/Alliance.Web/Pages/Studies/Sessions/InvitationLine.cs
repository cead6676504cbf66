namespace Alliance.Web.Pages.Studies.Sessions;

/// <summary>
/// One invitation as the sessions page lists it. <c>Status</c> is what the participant would see
/// (<see cref="InvitationState.Of(Alliance.Data.Model.InvitationStatus, DateTimeOffset?, DateTimeOffset?, bool, DateTimeOffset)"/>, spelled by <see cref="Alliance.Data.Surveys.LinkStateNames"/>), <c>OpensAt</c>
/// when a link not open yet opens; <c>MayReissue</c> whether the page offers a new link (not answered, not withdrawn,
/// not imported).
/// </summary>
internal sealed record InvitationLine(Guid InvitationId, string Role, string Instrument, string Status, DateTimeOffset? OpensAt,
    DateTimeOffset? ExpiresAt, bool MayReissue);
