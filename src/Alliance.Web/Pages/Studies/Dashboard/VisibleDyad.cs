namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>A dyad the member may see, with its therapist's and client's codes.</summary>
internal sealed record VisibleDyad(Guid DyadId, string Code, string Therapist, string Client, string? Arm);
