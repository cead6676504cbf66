namespace Alliance.Instruments.Scoring;

/// <summary>Why an answer is rejected.</summary>
public enum AnswerProblemKind
{
    /// <summary>No problem.</summary>
    None,

    /// <summary>Below the scale's minimum or above its maximum.</summary>
    OutOfRange,

    /// <summary>Within range but not minimum + a whole number of steps (e.g. 2.5 on a 1–5 Likert scale).</summary>
    OffStep,

    /// <summary>Infinite, or not a number at all.</summary>
    NotANumber,

    /// <summary>An answer for an item the instrument does not have.</summary>
    UnknownItem,

    /// <summary>A required item left unanswered (only when completeness is checked, as on submission).</summary>
    RequiredMissing,
}
