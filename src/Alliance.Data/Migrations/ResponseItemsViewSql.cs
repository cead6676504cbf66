namespace Alliance.Data.Migrations;

/// <summary>
/// SQL for <c>response_items</c> as a view (migration ResponseItemsView): the long form of <c>responses.answers</c>,
/// one row per answered or skipped item, with the item's 1-based position in the frozen instrument definition (null
/// for an answer the definition does not list). A view cannot drift from the answers it shows, and a submission
/// writes one row instead of one more per item: the table and its trigger were a third of the database's work per
/// web submission. <c>ck_responses_answers_numbers</c> keeps every answer a number or null, so <c>value</c> always
/// converts.
/// </summary>
internal static class ResponseItemsViewSql
{
    /// <summary>
    /// The rows. Positions come from a join on (study, instrument version, item id) rather than a lookup per item,
    /// so reading a study expands each of its definitions once.
    /// </summary>
    private const string Rows = """
        SELECT r.study_id, r.response_id, a.key AS item_id, p.position,
               CASE WHEN jsonb_typeof(a.value) = 'number' THEN a.value::numeric END AS value
        FROM responses r
        JOIN invitations i ON i.study_id = r.study_id AND i.invitation_id = r.invitation_id
        CROSS JOIN LATERAL jsonb_each(r.answers) AS a(key, value)
        LEFT JOIN (
            SELECT v.study_id, v.instrument_version_id, x.item ->> 'id' AS item_id, x.ord::integer AS position
            FROM instrument_versions v
            CROSS JOIN LATERAL jsonb_array_elements(
                CASE WHEN jsonb_typeof(v.definition -> 'items') = 'array' THEN v.definition -> 'items' ELSE '[]'::jsonb END
            ) WITH ORDINALITY AS x(item, ord)) p
          ON p.study_id = i.study_id AND p.instrument_version_id = i.instrument_version_id AND p.item_id = a.key
        """;

    public const string Create = $"CREATE VIEW response_items AS\n{Rows};";

    public const string Drop = "DROP VIEW response_items;";

    /// <summary>Going back to the table: the rows the view showed, written before its triggers return.</summary>
    public const string FillTable = $"""
        INSERT INTO response_items (study_id, response_id, item_id, position, value)
        {Rows};
        """;
}
