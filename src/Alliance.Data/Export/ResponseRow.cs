using System.Data.Common;
using System.Globalization;
using Alliance.Data.Responses;
using Alliance.Instruments;
using Alliance.Interchange.Fhir;
using Hl7.Fhir.Model;

namespace Alliance.Data.Export;

/// <summary>One row of <see cref="ExportQueries.Wide"/> as a FHIR <c>QuestionnaireResponse</c> (see <see cref="FhirResponseExport"/>).</summary>
internal static class ResponseRow
{
    public static QuestionnaireResponse Read(DbDataReader reader, ExportDefinitions definitions)
    {
        var studyId = reader.GetInt64(0);
        var (dyad, therapist, client) = (reader.GetString(1), reader.GetString(2), reader.GetString(3));
        var arm = reader.IsDBNull(4) ? null : reader.GetString(4);
        var session = reader.GetInt32(5);
        DateOnly? heldOn = reader.IsDBNull(6) ? null : reader.GetFieldValue<DateOnly>(6);
        var role = reader.GetString(7);
        var (instrumentId, version) = (reader.GetString(8), reader.GetString(9));
        var responseId = reader.GetGuid(10);
        var submitted = DateTime.SpecifyKind(reader.GetDateTime(11), DateTimeKind.Utc);
        var answers = ResponseAnswers.Parse(reader.GetString(12));
        var scores = ResponseScores.Parse(reader.IsDBNull(13) ? null : reader.GetString(13));

        var clientReference = Person(studyId, "clients", client);
        var response = new QuestionnaireResponse
        {
            Id = responseId.ToString(),
            Identifier = new Identifier("urn:ietf:rfc:3986", $"urn:uuid:{responseId}"),
            Questionnaire = $"{AllianceFhir.QuestionnaireUrlBase}{instrumentId}|{version}",
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            AuthoredElement = new FhirDateTime(new DateTimeOffset(submitted)),
            Subject = clientReference,
            Author = role == "therapist" ? Person(studyId, "therapists", therapist) : Person(studyId, "clients", client),
        };
        response.Extension.Add(new Extension(AllianceFhir.ResponseDyad, new FhirString(dyad)));
        if (arm is not null)
        {
            response.Extension.Add(new Extension(AllianceFhir.ResponseArm, new FhirString(arm)));
        }
        response.Extension.Add(new Extension(AllianceFhir.ResponseSession, new Integer(session)));
        if (heldOn is { } date)
        {
            response.Extension.Add(new Extension(AllianceFhir.ResponseSessionDate, new Date(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        }
        response.Extension.Add(new Extension(AllianceFhir.ResponseRole, new Code(role)));
        foreach (var id in scores.Ids)
        {
            if (scores.Exact(id) is decimal value)
            {
                var score = new Extension { Url = AllianceFhir.ResponseScore };
                score.Extension.Add(new Extension("score", new FhirString(id)));
                score.Extension.Add(new Extension("value", new FhirDecimal(value)));
                response.Extension.Add(score);
            }
        }
        var instrument = definitions.Find(instrumentId, version);
        foreach (var item in instrument?.Items ?? [])
        {
            if (answers.Exact(item.Id) is decimal value)
            {
                var answered = new QuestionnaireResponse.ItemComponent { LinkId = item.Id };
                answered.Answer.Add(new QuestionnaireResponse.AnswerComponent { Value = Answer(item.Scale, value, definitions.Language) });
                response.Item.Add(answered);
            }
        }
        return response;
    }

    /// <summary>The answer as the exported Questionnaire types the item: a coding of a Likert option, else an integer or decimal.</summary>
    private static DataType Answer(ResponseScale scale, decimal value, string language)
    {
        if (scale.Kind == ScaleKind.Likert)
        {
            var code = value.ToString(CultureInfo.InvariantCulture);
            var anchor = scale.Anchors.FirstOrDefault(a => (decimal)a.Value == value);
            return new Coding(null, code, anchor?.Label.Get(language));
        }
        var whole = double.IsInteger(scale.Min) && double.IsInteger(scale.Max) && double.IsInteger(scale.Step);
        return whole && decimal.IsInteger(value) ? new Integer((int)value) : new FhirDecimal(value);
    }

    private static ResourceReference Person(long studyId, string kind, string code) => new()
    {
        Identifier = new Identifier(string.Create(CultureInfo.InvariantCulture, $"{AllianceFhir.StudyBase}{studyId}/{kind}"), code),
    };
}
