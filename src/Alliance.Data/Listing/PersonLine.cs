namespace Alliance.Data.Listing;

/// <summary>A therapist or client as the participants page lists them: code and own language (null: the study's first).</summary>
public sealed record PersonLine(string Code, string? Language);
