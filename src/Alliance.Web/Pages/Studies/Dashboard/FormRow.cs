using Alliance.Data.Model;
using Alliance.Instruments;
using Alliance.Data.Responses;

namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>One invitation of a visible dyad with its session and, when submitted, the response's scores.</summary>
internal sealed record FormRow(
    Guid DyadId, int Session, DateOnly? HeldOn, RaterRole Role, InvitationStatus Status, DateTimeOffset? OpensAt, DateTimeOffset? ExpiresAt,
    DateTimeOffset CreatedAt, Guid VersionId, ResponseScores Scores);
