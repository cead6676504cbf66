namespace Alliance.Web.Pages.Studies.Sessions;

/// <summary>
/// One invitation as the sessions page lists it. <c>Status</c> is what the participant would see
/// (<see cref="InvitationState.Of"/>); <c>MayReissue</c> whether the page offers a new link (open or run out, not
/// answered, not withdrawn, not imported).
/// </summary>
internal sealed record InvitationLine(Guid InvitationId, string Role, string Instrument, string Status, DateTimeOffset? ExpiresAt, bool MayReissue);
