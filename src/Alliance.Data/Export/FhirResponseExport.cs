using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Alliance.Data.Embedded;
using Alliance.Data.Responses;
using Alliance.Instruments;
using Alliance.Interchange.Fhir;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Npgsql;

namespace Alliance.Data.Export;

/// <summary>
/// A study's responses as an HL7 FHIR R4 <c>Bundle</c> (type <c>collection</c>) of <c>QuestionnaireResponse</c>
/// resources, one per response the wide CSV export has a row for (the same query, so withdrawn participants and
/// invitations are left out alike). Each names its Questionnaire as <c>…/instruments/{id}|{version}</c> (the canonical
/// <c>instruments export --to fhir</c> writes), carries dyad, arm, session, date, role and the stored scores in Alliance
/// extensions, and answers Likert items with the coding of the Questionnaire's answer option and other items with an
/// integer or decimal as the Questionnaire types them. Written entry by entry from the reader, so memory stays flat;
/// audited like the CSV exports (<c>"format": "fhir"</c>).
/// </summary>
public static class FhirResponseExport
{
    /// <summary>The media type of the Bundle.</summary>
    public const string ContentType = "application/fhir+json";

    // Flush to the response stream at this many pending bytes: large enough for few writes, small enough to stay flat.
    private const int FlushThreshold = 64 * 1024;

    /// <summary>The download's file name.</summary>
    public static string FileName(long studyId) => string.Create(CultureInfo.InvariantCulture, $"study-{studyId}-fhir.json");

    /// <summary>Writes the Bundle of <paramref name="studyId"/> to <paramref name="output"/> and logs it on the primary; returns the number of responses.</summary>
    /// <exception cref="StudyExportException">The study does not exist.</exception>
    public static async Task<long> WriteAsync(AllianceDatabase database, long studyId, string actor, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(output);
        long count;
        await using (var connection = new NpgsqlConnection(database.Reads))
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            var language = await ExportAudit.LanguageAsync(connection, studyId, ct).ConfigureAwait(false);
            var definitions = await ExportDefinitions.LoadAsync(connection, studyId, language, ct).ConfigureAwait(false);
            await using var command = StudyExport.StudyCommand(ExportQueries.Wide, connection, studyId);
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct).ConfigureAwait(false);
            count = await WriteRowsAsync(reader, definitions, output, ct).ConfigureAwait(false);
        }
        await ExportAudit.RecordAsync(database, studyId, actor, new { format = "fhir", rows = count }, ct).ConfigureAwait(false);
        return count;
    }

    /// <summary>The Bundle from rows in the shape of <see cref="ExportQueries.Wide"/>.</summary>
    internal static async Task<long> WriteRowsAsync(DbDataReader reader, ExportDefinitions definitions, Stream output, CancellationToken ct)
    {
        var serializer = new FhirJsonSerializer();
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        json.WriteString("resourceType", "Bundle");
        json.WriteString("type", "collection");
        json.WriteString("timestamp", DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        json.WriteStartArray("entry");
        long count = 0;
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var response = ResponseRow.Read(reader, definitions);
            json.WriteStartObject();
            json.WriteString("fullUrl", $"urn:uuid:{response.Id}");
            json.WritePropertyName("resource");
            serializer.Serialize(response, json);
            json.WriteEndObject();
            count++;
            if (json.BytesPending >= FlushThreshold)
            {
                await json.FlushAsync(ct).ConfigureAwait(false);
            }
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(ct).ConfigureAwait(false);
        return count;
    }
}
