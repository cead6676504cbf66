namespace Alliance.Web.Pages.Studies.Access;

/// <summary>One of a member's API tokens as the exports page lists it: nothing derived from the secret itself.</summary>
public sealed record TokenRow(Guid TokenId, string Name, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
