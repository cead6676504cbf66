using System.Globalization;
using Alliance.Data.Model;

namespace Alliance.Data.Invitations;

/// <summary>
/// When a schedule line's links open and how long they stay answerable, counted from the session's date rather than
/// from the day the session was recorded. A link opens at 00:00 UTC of the session day + <see cref="OpeningOffsetDays"/>
/// and expires <see cref="WindowDays"/> whole days after it opens; a link issued after that opening moment (a session
/// recorded late) gets its whole window from its issuing, so a form is never born expired. A session without a date
/// falls back to "opens now, expires now + window".
/// <para>
/// The one rule for what a researcher may set (<see cref="Check"/>): a window of 1 to <see cref="MaxWindowDays"/> days
/// and an offset of <see cref="MinOpeningOffsetDays"/> to <see cref="MaxOpeningOffsetDays"/> days. The database holds
/// the same limits as check constraints.
/// </para>
/// </summary>
/// <param name="OpeningOffsetDays">Days after (negative: before) the session day that links open.</param>
/// <param name="WindowDays">Days a link stays answerable once open.</param>
public readonly record struct LinkWindow(int OpeningOffsetDays, int WindowDays)
{
    public const int DefaultOpeningOffsetDays = 0;

    public const int DefaultWindowDays = 7;

    /// <summary>Earliest opening: a month before the session (a pre-session form).</summary>
    public const int MinOpeningOffsetDays = -30;

    /// <summary>Latest opening: a year after the session (a follow-up form).</summary>
    public const int MaxOpeningOffsetDays = 365;

    /// <summary>Longest window: a year.</summary>
    public const int MaxWindowDays = 365;

    /// <summary>The field name <see cref="Check"/> reports an offset problem under.</summary>
    public const string OpeningOffsetField = "opening_offset_days";

    /// <summary>The field name <see cref="Check"/> reports a window problem under.</summary>
    public const string WindowField = "window_days";

    /// <summary>The window of <paramref name="line"/>: its own offset and window, else the study's defaults.</summary>
    public static LinkWindow Of(Study study, ScheduledForm line)
    {
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(line);
        return new(line.OpeningOffsetDays ?? study.DefaultOpeningOffsetDays, line.WindowDays ?? study.DefaultWindowDays);
    }

    /// <summary>
    /// What is wrong with an offset and a window a researcher entered, one error per field at fault (none when both
    /// are fine). Null means "not given" (a schedule line then follows the study's default) and is never an error.
    /// </summary>
    public static IReadOnlyList<LinkWindowError> Check(int? openingOffsetDays, int? windowDays)
    {
        var errors = new List<LinkWindowError>(2);
        if (openingOffsetDays is < MinOpeningOffsetDays or > MaxOpeningOffsetDays)
        {
            errors.Add(new(OpeningOffsetField, string.Create(CultureInfo.InvariantCulture,
                $"The opening offset (days from the session day until the link opens) must be from {MinOpeningOffsetDays} to {MaxOpeningOffsetDays} days; {openingOffsetDays} is outside that range.")));
        }
        if (windowDays is <= 0 or > MaxWindowDays)
        {
            errors.Add(new(WindowField, string.Create(CultureInfo.InvariantCulture,
                $"The window (days a link stays answerable) must be from 1 to {MaxWindowDays} days; {windowDays} is {(windowDays <= 0 ? "not a positive number of days" : "longer than a year")}.")));
        }
        return errors;
    }

    /// <summary>
    /// When a link for a session held on <paramref name="heldOn"/> opens, issued at <paramref name="now"/>: 00:00 UTC of
    /// the session day + the offset; without a session date, <paramref name="now"/>.
    /// </summary>
    public DateTimeOffset OpensAt(DateOnly? heldOn, DateTimeOffset now) =>
        heldOn is { } day
            ? new DateTimeOffset(day.AddDays(OpeningOffsetDays).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : now;

    /// <summary>When a link that opens at <paramref name="opensAt"/> and is issued at <paramref name="now"/> expires.</summary>
    public DateTimeOffset ExpiresAt(DateTimeOffset opensAt, DateTimeOffset now) => Expiry(opensAt, now, TimeSpan.FromDays(WindowDays));

    /// <summary>
    /// The window rule itself: <paramref name="window"/> after the link opens, or after <paramref name="now"/> when the
    /// link is (re)issued after it opened.
    /// </summary>
    internal static DateTimeOffset Expiry(DateTimeOffset opensAt, DateTimeOffset now, TimeSpan window) =>
        (opensAt > now ? opensAt : now) + window;
}
