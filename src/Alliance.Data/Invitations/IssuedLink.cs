using Alliance.Data.Model;

namespace Alliance.Data.Invitations;

/// <summary>
/// A participant link just issued: the invitation, its session, and the token and URL in clear. Only the token's hash
/// is stored, so this is the one moment the link can be shown, copied or printed.
/// </summary>
public sealed record IssuedLink(Invitation Invitation, TherapySession Session, string Token, string Url);
