namespace Alliance.Web.Workspace;

/// <summary>One row of the studies page: a study the signed-in researcher belongs to, and its completion so far.</summary>
/// <param name="StudyId">The study.</param>
/// <param name="Name">Its name.</param>
/// <param name="Role">The researcher's role in it (<see cref="Alliance.Data.Model.StudyRoles"/>).</param>
/// <param name="Open">Open invitations whose link has opened and not expired yet: waiting for an answer.</param>
/// <param name="NotOpen">Open invitations whose link opens later (a session ahead): not due yet, not overdue.</param>
/// <param name="Submitted">Invitations answered.</param>
/// <param name="Expired">Invitations marked expired, plus open ones past their expiry.</param>
/// <param name="Responses">Stored responses (web, import and demo).</param>
internal sealed record StudySummary(long StudyId, string Name, string Role, int Open, int NotOpen, int Submitted, int Expired, int Responses);
