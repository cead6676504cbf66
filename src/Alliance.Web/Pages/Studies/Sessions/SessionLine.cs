namespace Alliance.Web.Pages.Studies.Sessions;

/// <summary>One recorded session and its invitations.</summary>
internal sealed record SessionLine(Guid SessionId, int Number, DateOnly? HeldOn, IReadOnlyList<InvitationLine> Invitations);
