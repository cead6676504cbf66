namespace Alliance.Data.Responses;

/// <summary>One number of a stored JSON object, read both ways from the same text.</summary>
/// <param name="Value">As System.Text.Json reads it into a double (what scoring, charts and statistics use).</param>
/// <param name="Exact">
/// The decimal written in the JSON, scale included (<c>4.0</c> stays <c>4.0</c>), so an export prints it digit for
/// digit; null for a number beyond a decimal's range (±7.9e28, which no response scale reaches).
/// </param>
internal readonly record struct StoredNumber(double Value, decimal? Exact);
