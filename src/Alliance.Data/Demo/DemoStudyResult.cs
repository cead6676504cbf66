namespace Alliance.Data.Demo;

/// <summary>What a demo seed created: the study, its researcher's login, an API token and open links.</summary>
public sealed record DemoStudyResult(long StudyId, string Email, string Password, string ApiToken, IReadOnlyList<DemoLink> Links);
