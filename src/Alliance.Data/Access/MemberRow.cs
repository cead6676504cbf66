namespace Alliance.Data.Access;

/// <summary>One member as the members page lists them.</summary>
/// <param name="AccountId">The member's account.</param>
/// <param name="Email">The account's e-mail address.</param>
/// <param name="Role">The role in this study.</param>
/// <param name="TherapistId">For a clinician, the linked therapist.</param>
/// <param name="TherapistCode">That therapist's code in this study.</param>
/// <param name="AddedAt">When the membership was created.</param>
public sealed record MemberRow(Guid AccountId, string Email, string Role, Guid? TherapistId, string? TherapistCode, DateTimeOffset AddedAt);
