using Alliance.Instruments;

namespace Alliance.Data.Model;

/// <summary>
/// One line of a study's schedule: which frozen form a role fills after which sessions (table <c>scheduled_forms</c>).
/// For example client × session-end form × every session, or client × working-alliance form × sessions 3, 6, 10.
/// Recording a session creates one invitation per line that applies to its number, open from the session's date
/// (+ the line's opening offset) for the line's window (<see cref="Invitations.LinkWindow"/>).
/// </summary>
public sealed class ScheduledForm
{
    public long StudyId { get; set; }

    public Guid ScheduledFormId { get; set; }

    /// <summary><see cref="RaterRole.Client"/> or <see cref="RaterRole.Therapist"/> (stored as its name).</summary>
    public required RaterRole Role { get; set; }

    public Guid InstrumentVersionId { get; set; }

    /// <summary>Session numbers after which the form is due; empty means every session.</summary>
    public List<int> SessionNumbers { get; set; } = [];

    /// <summary>Order on the set-up page and in a session's list of forms.</summary>
    public int Position { get; set; }

    /// <summary>
    /// Days after (negative: before) the session's date that the form's links open; null follows the study's
    /// <see cref="Study.DefaultOpeningOffsetDays"/>.
    /// </summary>
    public int? OpeningOffsetDays { get; set; }

    /// <summary>Days the form's links stay answerable once open; null follows the study's <see cref="Study.DefaultWindowDays"/>.</summary>
    public int? WindowDays { get; set; }

    /// <summary>Whether the form is due after session <paramref name="number"/>.</summary>
    public bool AppliesTo(int number) => SessionNumbers.Count == 0 || SessionNumbers.Contains(number);
}
