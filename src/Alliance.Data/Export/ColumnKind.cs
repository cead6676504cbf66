namespace Alliance.Data.Export;

/// <summary>The type of an export column, as the codebook and the R/SPSS scripts declare it.</summary>
public enum ColumnKind
{
    WholeNumber,
    Number,
    Text,

    /// <summary>ISO 8601 date, <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary>ISO 8601 UTC timestamp, <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>.</summary>
    Timestamp,
}
