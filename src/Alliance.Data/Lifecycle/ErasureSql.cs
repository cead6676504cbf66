namespace Alliance.Data.Lifecycle;

/// <summary>
/// The statements of <see cref="ParticipantErasure"/> for one side of the dyad: <paramref name="column"/> is
/// <c>client_id</c> or <c>therapist_id</c> and <paramref name="role"/> its rater role, both constants of the caller (never
/// input). Parameters: {0} the study, {1} the participant; the person statements also {2} the new code, {3} the time.
/// </summary>
internal sealed class ErasureSql(string column, string role)
{
    /// <summary>The invitations of the person's own forms: their role's, in every dyad they are in.</summary>
    private string Own => $"""
        SELECT i.invitation_id FROM invitations i
        JOIN sessions s ON s.study_id = i.study_id AND s.session_id = i.session_id
        JOIN dyads d ON d.study_id = s.study_id AND d.dyad_id = s.dyad_id
        WHERE i.study_id = {"{0}"} AND d.{column} = {"{1}"} AND i.role = '{role}'
        """;

    /// <summary>Every invitation of every dyad the person is in, both roles (delete mode).</summary>
    private string OfTheirDyads => $"""
        SELECT i.invitation_id FROM invitations i
        JOIN sessions s ON s.study_id = i.study_id AND s.session_id = i.session_id
        JOIN dyads d ON d.study_id = s.study_id AND d.dyad_id = s.dyad_id
        WHERE i.study_id = {"{0}"} AND d.{column} = {"{1}"}
        """;

    /// <summary>
    /// Anonymise: their answers, drafts, consent records and old links go; their own links are withdrawn without a token
    /// (the link is dead and counts as withdrawn, so completion stays true); their withdrawal reasons go, and a
    /// withdrawal without a reason keeps anything new from being issued to them.
    /// </summary>
    public IReadOnlyList<string> Anonymise =>
    [
        $"DELETE FROM responses WHERE study_id = {{0}} AND invitation_id IN ({Own})",
        $"DELETE FROM drafts WHERE study_id = {{0}} AND invitation_id IN ({Own})",
        $"DELETE FROM consent_records WHERE study_id = {{0}} AND invitation_id IN ({Own})",
        $"DELETE FROM replaced_links WHERE study_id = {{0}} AND invitation_id IN ({Own})",
        $"UPDATE invitations SET status = 'withdrawn', token_hash = NULL, reminded_at = NULL, reminder_count = 0 WHERE study_id = {{0}} AND invitation_id IN ({Own})",
        $"UPDATE withdrawals SET reason = NULL WHERE study_id = {{0}} AND ({column} = {{1}} OR invitation_id IN ({Own}))",
        // Their dyads end: the partner's links still open close as any ended dyad's do (DyadEnding).
        $"UPDATE invitations SET status = 'expired' WHERE study_id = {{0}} AND status = 'open' AND invitation_id IN ({OfTheirDyads})",
    ];

    /// <summary>The person's row keeps its id under a random code, without contact details or language; withdrawn.</summary>
    public string AnonymisePerson => $"""
        WITH person AS (
            UPDATE {column[..^3]}s SET code = {"{2}"}, contact_encrypted = NULL, language = NULL
            WHERE study_id = {"{0}"} AND {column} = {"{1}"} RETURNING study_id)
        INSERT INTO withdrawals (study_id, withdrawal_id, {column}, reason, withdrawn_at)
        SELECT study_id, gen_random_uuid(), {"{1}"}, NULL, {"{3}"} FROM person
        WHERE NOT EXISTS (SELECT 1 FROM withdrawals w WHERE w.study_id = {"{0}"} AND w.{column} = {"{1}"})
        """;

    /// <summary>
    /// Delete: the partner's withdrawals through these links lose the link (theirs stay), a withdrawal of a link
    /// alone goes with it; then answers, drafts, consent, old links, links, sessions and dyads (the summary triggers
    /// subtract as they go), and the person's own withdrawals.
    /// </summary>
    public IReadOnlyList<string> Delete =>
    [
        $"DELETE FROM withdrawals WHERE study_id = {{0}} AND client_id IS NULL AND therapist_id IS NULL AND invitation_id IN ({OfTheirDyads})",
        $"UPDATE withdrawals SET invitation_id = NULL WHERE study_id = {{0}} AND invitation_id IN ({OfTheirDyads})",
        $"DELETE FROM responses WHERE study_id = {{0}} AND invitation_id IN ({OfTheirDyads})",
        $"DELETE FROM drafts WHERE study_id = {{0}} AND invitation_id IN ({OfTheirDyads})",
        $"DELETE FROM consent_records WHERE study_id = {{0}} AND invitation_id IN ({OfTheirDyads})",
        $"DELETE FROM replaced_links WHERE study_id = {{0}} AND invitation_id IN ({OfTheirDyads})",
        $"DELETE FROM invitations WHERE study_id = {{0}} AND invitation_id IN ({OfTheirDyads})",
        $"DELETE FROM sessions s USING dyads d WHERE s.study_id = {{0}} AND d.study_id = s.study_id AND d.dyad_id = s.dyad_id AND d.{column} = {{1}}",
        $"DELETE FROM dyads WHERE study_id = {{0}} AND {column} = {{1}}",
        $"DELETE FROM withdrawals WHERE study_id = {{0}} AND {column} = {{1}}",
    ];

    /// <summary>The person's row; a clinician's link to a deleted therapist goes first.</summary>
    public IReadOnlyList<string> DeletePerson => column == "therapist_id"
        ?
        [
            "UPDATE study_members SET therapist_id = NULL WHERE study_id = {0} AND therapist_id = {1}",
            "DELETE FROM therapists WHERE study_id = {0} AND therapist_id = {1}",
        ]
        : ["DELETE FROM clients WHERE study_id = {0} AND client_id = {1}"];
}
