namespace Alliance.Web.Surveys;

/// <summary>
/// The body of a draft or submission as the OpenAPI document describes it. The handlers read the body themselves
/// (<see cref="AnswerPayload"/>) so that every bad value is reported by item id; this type only names its shape.
/// </summary>
/// <param name="Answers">Item id → value on the item's scale; null or absent for a skipped item.</param>
/// <param name="Consent">true when the participant consents, where the study asks for consent and none is on record.</param>
internal sealed record AnswerPayloadJson(IReadOnlyDictionary<string, double?> Answers, bool? Consent);
