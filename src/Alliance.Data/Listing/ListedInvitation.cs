using Alliance.Data.Model;
using Alliance.Instruments;

namespace Alliance.Data.Listing;

/// <summary>One invitation of a listed session, with the instrument it asks for; <c>HasToken</c> false for imported forms.</summary>
public sealed record ListedInvitation(
    Guid InvitationId, Guid SessionId, RaterRole Role, string InstrumentId, InvitationStatus Status, DateTimeOffset? OpensAt,
    DateTimeOffset? ExpiresAt, bool HasToken);
