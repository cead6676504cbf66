namespace Alliance.Data.Listing;

/// <summary>One study of an account with its completion so far (<see cref="StudyProgress"/>).</summary>
/// <param name="StudyId">The study.</param>
/// <param name="Name">Its name.</param>
/// <param name="Role">The account's role in it.</param>
/// <param name="Open">Open invitations whose link has opened and not expired yet: waiting for an answer.</param>
/// <param name="NotOpen">Open invitations whose link opens later (a session ahead): not due yet, not overdue.</param>
/// <param name="Submitted">Invitations answered.</param>
/// <param name="Expired">Invitations marked expired, plus open ones past their expiry.</param>
/// <param name="Responses">Stored responses (web, import and demo).</param>
public sealed record StudyCounts(long StudyId, string Name, string Role, long Open, long NotOpen, long Submitted, long Expired, long Responses);
