namespace Alliance.Data.Lifecycle;

/// <summary>
/// What erasing a participant on request (GDPR Art. 17) does, by the study's setting <c>"erasure"</c> in
/// <c>studies.settings</c>: <c>"anonymise"</c> (the default) or <c>"delete"</c>. See <see cref="ParticipantErasure"/>.
/// </summary>
public enum ErasureMode
{
    /// <summary>
    /// Their answers, drafts, consent records, contact details, withdrawal reasons and links go; their row and their
    /// dyads stay under random <c>erased-…</c> codes, so the partner's answers stay analysable and counts stay true.
    /// </summary>
    Anonymise,

    /// <summary>
    /// They go with every dyad they are in: its sessions, links and both partners' answers about those sessions (a
    /// rating of a session is about the relationship, so the partner's forms of those sessions go too).
    /// </summary>
    Delete,
}
