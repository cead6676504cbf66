namespace Alliance.Data.Listing;

/// <summary>Who withdrew in a study: single invitations, whole clients and whole therapists (a short list in any study).</summary>
public sealed record StudyWithdrawals(IReadOnlySet<Guid> Invitations, IReadOnlySet<Guid> Clients, IReadOnlySet<Guid> Therapists);
