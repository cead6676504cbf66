namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>A therapist's visible dyads and their completion taken together.</summary>
public sealed record TherapistOverview(string Therapist, int Dyads, Completion Completion);
