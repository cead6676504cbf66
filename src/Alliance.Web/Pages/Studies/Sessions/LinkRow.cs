namespace Alliance.Web.Pages.Studies.Sessions;

/// <summary>One participant link as the links list, the CSV and the QR sheet show it.</summary>
/// <param name="InvitationId">The invitation behind the link.</param>
/// <param name="Dyad">The dyad's code.</param>
/// <param name="Session">The session's number.</param>
/// <param name="Role">Who answers, by its stored name.</param>
/// <param name="Instrument">The form's instrument id.</param>
/// <param name="FormTitle">The form's title in the participant's language (<see cref="FormTitles"/>).</param>
/// <param name="SeveralForms">
/// Whether the participant has more than one form in this session: the pages then name the form, so two cards for the
/// same person and session can be told apart.
/// </param>
/// <param name="Language">The invitation's (the participant's) language.</param>
/// <param name="OpensAt">When the link starts taking answers; null when it took them from the start.</param>
/// <param name="ExpiresAt">When the link runs out; null when never.</param>
/// <param name="Token">The link's token in clear (never stored).</param>
/// <param name="Url">The participant URL.</param>
internal sealed record LinkRow(
    Guid InvitationId, string Dyad, int Session, string Role, string Instrument, string FormTitle, bool SeveralForms, string Language,
    DateTimeOffset? OpensAt, DateTimeOffset? ExpiresAt, string Token, string Url);
