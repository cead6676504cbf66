namespace Alliance.Data.Migrations;

/// <summary>
/// SQL for <c>response_counts</c> (migration ResponseCounts, issue #21): how many responses each study stores, for the
/// studies page, which counted them over their index on every view (106–160 ms for the 383,907 responses of the
/// 10,000-dyad seed, more before the table's visibility map was set). Statement triggers on <c>responses</c> add the
/// rows a statement inserted and subtract the ones it deleted (a submission batch, an import, the seed's COPY, an
/// erasure: one grouped upsert each). Each study's count is spread over <see cref="Stripes"/> rows by the last byte
/// of the response id (random in a UUIDv7), so concurrent submissions to one study mostly add to different rows
/// instead of queueing on one row lock until each commits; readers sum the study's rows. An update of a response
/// changes no count (its study and id are its key, which nothing changes).
/// </summary>
internal static class ResponseCountsSql
{
    /// <summary>Rows per study.</summary>
    public const int Stripes = 16;

    /// <summary>The stripe of response row <c>r</c>.</summary>
    private const string Stripe = "(get_byte(uuid_send(r.response_id), 15) % 16)::smallint";

    /// <summary>Counts every study's responses from scratch: the backfill, and what the tests compare the table with.</summary>
    public const string Recount = $"""
        SELECT r.study_id, {Stripe} AS stripe, count(*) AS responses FROM responses r GROUP BY 1, 2
        """;

    public const string Create = $"""
        CREATE TABLE response_counts (
            study_id bigint NOT NULL,
            stripe smallint NOT NULL,
            responses bigint NOT NULL,
            CONSTRAINT pk_response_counts PRIMARY KEY (study_id, stripe),
            CONSTRAINT fk_response_counts_studies FOREIGN KEY (study_id) REFERENCES studies (study_id) ON DELETE CASCADE);

        INSERT INTO response_counts (study_id, stripe, responses) {Recount};

        CREATE FUNCTION response_counts_responses() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                INSERT INTO response_counts AS c (study_id, stripe, responses)
                SELECT r.study_id, {Stripe}, count(*) FROM new_responses r GROUP BY 1, 2 ORDER BY 1, 2
                ON CONFLICT (study_id, stripe) DO UPDATE SET responses = c.responses + excluded.responses;
            ELSE
                -- A study being deleted has lost its rows to the cascade already or will: an update, never an insert.
                UPDATE response_counts c SET responses = c.responses - x.n
                FROM (SELECT r.study_id, {Stripe} AS stripe, count(*) AS n FROM old_responses r GROUP BY 1, 2 ORDER BY 1, 2) x
                WHERE c.study_id = x.study_id AND c.stripe = x.stripe;
            END IF;
            RETURN NULL;
        END
        $$;
        CREATE TRIGGER responses_count_insert AFTER INSERT ON responses REFERENCING NEW TABLE AS new_responses
            FOR EACH STATEMENT EXECUTE FUNCTION response_counts_responses();
        CREATE TRIGGER responses_count_delete AFTER DELETE ON responses REFERENCING OLD TABLE AS old_responses
            FOR EACH STATEMENT EXECUTE FUNCTION response_counts_responses();
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS responses_count_delete ON responses;
        DROP TRIGGER IF EXISTS responses_count_insert ON responses;
        DROP FUNCTION IF EXISTS response_counts_responses();
        DROP TABLE IF EXISTS response_counts;
        """;
}
