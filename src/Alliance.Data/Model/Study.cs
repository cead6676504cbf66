namespace Alliance.Data.Model;

/// <summary>A study: the unit of access control, export and distribution. Its key is the <c>study_id</c> every table carries.</summary>
public sealed class Study
{
    public long StudyId { get; set; }

    public required string Name { get; set; }

    /// <summary>
    /// Consent texts per rater role and language (<see cref="ConsentText"/>); empty when the study shows none. The one
    /// home of what participants are asked to agree to.
    /// </summary>
    public List<ConsentText> ConsentTexts { get; set; } = [];

    /// <summary>Whether a response needs a consent record (given before or with it).</summary>
    public bool ConsentRequired { get; set; }

    /// <summary>Languages offered (BCP 47 tags), the default first.</summary>
    public List<string> Languages { get; set; } = ["en"];

    /// <summary>
    /// Days after (negative: before) a session's date that its links open, for schedule lines that set no offset of
    /// their own (<see cref="ScheduledForm.OpeningOffsetDays"/>); 0 opens them on the session day.
    /// </summary>
    public int DefaultOpeningOffsetDays { get; set; } = Invitations.LinkWindow.DefaultOpeningOffsetDays;

    /// <summary>
    /// Days a link stays answerable once open, for schedule lines that set no window of their own
    /// (<see cref="ScheduledForm.WindowDays"/>).
    /// </summary>
    public int DefaultWindowDays { get; set; } = Invitations.LinkWindow.DefaultWindowDays;

    /// <summary>
    /// <see cref="DefaultWindowDays"/> as a time span (not a column of its own): what the set-up page's "links valid
    /// for" field reads and writes. Set in part days, it rounds up to whole days.
    /// </summary>
    public TimeSpan LinkExpiry
    {
        get => TimeSpan.FromDays(DefaultWindowDays);
        set => DefaultWindowDays = (int)Math.Ceiling(value.TotalDays);
    }

    /// <summary>The study contact's name; see <see cref="Contact"/>.</summary>
    public string? ContactName { get; set; }

    /// <summary>The study contact's e-mail address; see <see cref="Contact"/>.</summary>
    public string? ContactEmail { get; set; }

    /// <summary>The study contact's phone number; see <see cref="Contact"/>.</summary>
    public string? ContactPhone { get; set; }

    /// <summary>
    /// Whom participants can ask (not a column of its own: the three contact columns); null when nobody is named. The
    /// database refuses a name without an e-mail address or a phone number.
    /// </summary>
    public StudyContact? Contact
    {
        get => StudyContact.Of(ContactName, ContactEmail, ContactPhone);
        set => (ContactName, ContactEmail, ContactPhone) = (value?.Name, value?.Email, value?.Phone);
    }

    /// <summary>Where the study stands in its life (stored as its name); see <see cref="Lifecycle.StudyStates"/>.</summary>
    public StudyState State { get; set; }

    /// <summary>Further settings as a JSON object (e.g. SRS alert cutoff).</summary>
    public string Settings { get; set; } = "{}";

    /// <summary>Whether members must sign in with a second factor (TOTP) to reach the study's pages.</summary>
    public bool TwoFactorRequired { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
