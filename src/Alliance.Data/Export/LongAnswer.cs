namespace Alliance.Data.Export;

/// <summary>
/// One item answer of the long export as the study report reads it (<see cref="LongAnswers"/>): the columns that say
/// which form it belongs to, the item and its value. The export's other columns are not read.
/// </summary>
/// <param name="Dyad">Dyad code.</param>
/// <param name="Session">Session number within the dyad.</param>
/// <param name="Role">Who answered: client or therapist.</param>
/// <param name="Instrument">Instrument id.</param>
/// <param name="ResponseId">The response the answer belongs to (one form).</param>
/// <param name="Item">Item id within the instrument.</param>
/// <param name="Value">The answer as stored, exactly as the CSV writes it; null when the item was skipped.</param>
public readonly record struct LongAnswer(string Dyad, int Session, string Role, string Instrument, Guid ResponseId, string Item, decimal? Value);
