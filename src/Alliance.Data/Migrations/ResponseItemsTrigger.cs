namespace Alliance.Data.Migrations;

/// <summary>
/// SQL for the trigger that keeps <c>response_items</c> in step with <c>responses.answers</c>: every insert (or
/// change of answers) writes one row per answered or skipped item, with the item's position in the frozen
/// instrument definition. Answers that are neither numbers nor null are refused by the database.
/// <para>
/// <see cref="Create"/> is the first form (migration InitialSchema): one trigger call per row, each reading the
/// instrument definition again. <see cref="PerStatement"/> (migration ResponseItemsPerStatement) replaces it for
/// inserts with one call per statement over the inserted rows (a transition table), reading each instrument
/// definition once however many rows the statement inserted; an update of answers still refills its row alone.
/// </para>
/// <para>Both are history: migration ResponseItemsView replaced the table and its triggers with a view
/// (<see cref="ResponseItemsViewSql"/>); its Down puts them back.</para>
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

    public const string PerStatement = """
        CREATE FUNCTION fill_response_items_per_statement() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            refused uuid;
        BEGIN
            SELECT n.response_id INTO refused
            FROM inserted_responses n CROSS JOIN LATERAL jsonb_each(n.answers) a
            WHERE jsonb_typeof(a.value) NOT IN ('number', 'null')
            LIMIT 1;
            IF FOUND THEN
                RAISE EXCEPTION 'response %: answers must be numbers or null', refused
                    USING ERRCODE = 'check_violation';
            END IF;
            -- Materialized, so each part runs once whatever the planner guesses of the tables (a bulk import can
            -- run before any statistics exist); inlined, the positions were recomputed for every inserted row.
            WITH inserted AS MATERIALIZED (
                SELECT n.study_id, n.response_id, n.answers, i.instrument_version_id
                FROM inserted_responses n
                JOIN invitations i ON i.study_id = n.study_id AND i.invitation_id = n.invitation_id),
            positions AS MATERIALIZED (
                SELECT v.study_id, v.instrument_version_id, x.item ->> 'id' AS item_id, x.ord::integer AS position
                FROM (SELECT DISTINCT study_id, instrument_version_id FROM inserted) u
                JOIN instrument_versions v ON v.study_id = u.study_id AND v.instrument_version_id = u.instrument_version_id
                CROSS JOIN LATERAL jsonb_array_elements(
                    CASE WHEN jsonb_typeof(v.definition -> 'items') = 'array' THEN v.definition -> 'items' ELSE '[]'::jsonb END
                ) WITH ORDINALITY AS x(item, ord))
            INSERT INTO response_items (study_id, response_id, item_id, position, value)
            SELECT n.study_id, n.response_id, a.key, p.position,
                   CASE WHEN jsonb_typeof(a.value) = 'number' THEN a.value::numeric END
            FROM inserted n
            CROSS JOIN LATERAL jsonb_each(n.answers) a
            LEFT JOIN positions p
              ON p.study_id = n.study_id AND p.instrument_version_id = n.instrument_version_id AND p.item_id = a.key;
            RETURN NULL;
        END
        $$;
        DROP TRIGGER responses_fill_items ON responses;
        CREATE TRIGGER responses_fill_items AFTER INSERT ON responses
            REFERENCING NEW TABLE AS inserted_responses
            FOR EACH STATEMENT EXECUTE FUNCTION fill_response_items_per_statement();
        CREATE TRIGGER responses_refill_items AFTER UPDATE OF answers ON responses
            FOR EACH ROW EXECUTE FUNCTION fill_response_items();
        """;

    public const string DropPerStatement = """
        DROP TRIGGER responses_refill_items ON responses;
        DROP TRIGGER responses_fill_items ON responses;
        DROP FUNCTION fill_response_items_per_statement();
        CREATE TRIGGER responses_fill_items AFTER INSERT OR UPDATE OF answers ON responses
            FOR EACH ROW EXECUTE FUNCTION fill_response_items();
        """;
}
