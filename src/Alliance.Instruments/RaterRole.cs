namespace Alliance.Instruments;

/// <summary>Who fills in a form (<c>client</c>, <c>therapist</c>, <c>observer</c> in the definition files).</summary>
public enum RaterRole
{
    /// <summary>The person in therapy.</summary>
    Client,

    /// <summary>The treating therapist.</summary>
    Therapist,

    /// <summary>A third person rating a recording or a live session.</summary>
    Observer,
}
