namespace Alliance.Data.Migrations;

/// <summary>
/// SQL for the trigger that keeps <c>response_items</c> in step with <c>responses.answers</c>: every insert (or
/// change of answers) writes one row per answered or skipped item, with the item's position in the frozen
/// instrument definition. Answers that are neither numbers nor null are refused by the database.
/// </summary>
internal static class ResponseItemsTrigger
{
    public const string Create = """
        CREATE FUNCTION fill_response_items() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF EXISTS (SELECT 1 FROM jsonb_each(NEW.answers) a WHERE jsonb_typeof(a.value) NOT IN ('number', 'null')) THEN
                RAISE EXCEPTION 'response %: answers must be numbers or null', NEW.response_id
                    USING ERRCODE = 'check_violation';
            END IF;
            IF TG_OP = 'UPDATE' THEN
                DELETE FROM response_items WHERE study_id = NEW.study_id AND response_id = NEW.response_id;
            END IF;
            WITH positions AS (
                SELECT x.item ->> 'id' AS item_id, x.ord::integer AS position
                FROM invitations i
                JOIN instrument_versions v
                  ON v.study_id = i.study_id AND v.instrument_version_id = i.instrument_version_id
                CROSS JOIN LATERAL jsonb_array_elements(
                    CASE WHEN jsonb_typeof(v.definition -> 'items') = 'array' THEN v.definition -> 'items' ELSE '[]'::jsonb END
                ) WITH ORDINALITY AS x(item, ord)
                WHERE i.study_id = NEW.study_id AND i.invitation_id = NEW.invitation_id)
            INSERT INTO response_items (study_id, response_id, item_id, position, value)
            SELECT NEW.study_id, NEW.response_id, a.key, p.position,
                   CASE WHEN jsonb_typeof(a.value) = 'number' THEN a.value::numeric END
            FROM jsonb_each(NEW.answers) a
            LEFT JOIN positions p ON p.item_id = a.key;
            RETURN NULL;
        END
        $$;
        CREATE TRIGGER responses_fill_items AFTER INSERT OR UPDATE OF answers ON responses
            FOR EACH ROW EXECUTE FUNCTION fill_response_items();
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS responses_fill_items ON responses;
        DROP FUNCTION IF EXISTS fill_response_items();
        """;
}
