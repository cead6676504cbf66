namespace Alliance.Web.Pages.Studies.Sessions;

/// <summary>One participant link as the links list, the CSV and the QR sheet show it.</summary>
internal sealed record LinkRow(
    Guid InvitationId, string Dyad, int Session, string Role, string Instrument, string Language, DateTimeOffset? ExpiresAt,
    string Token, string Url);
