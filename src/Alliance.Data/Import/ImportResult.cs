namespace Alliance.Data.Import;

/// <summary>What an import wrote.</summary>
public sealed record ImportResult(int Responses, int Answers, int NewDyads, int NewSessions, string InstrumentId, string InstrumentVersion);
