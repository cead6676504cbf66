namespace Alliance.Data.Demo;

/// <summary>An open participant link of the demo study (the token is shown once; only its hash is stored).</summary>
public sealed record DemoLink(string Role, string Dyad, int Session, string Token, string Url);
