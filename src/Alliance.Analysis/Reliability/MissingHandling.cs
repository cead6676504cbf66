namespace Alliance.Analysis.Reliability;

/// <summary>How missing item responses enter a reliability analysis.</summary>
public enum MissingHandling
{
    /// <summary>
    /// Each covariance from the rows where both items are present (R <c>cov(x, use = "pairwise")</c>),
    /// item means and sds from all rows where the item is present: the default of <c>psych::alpha</c>.
    /// </summary>
    Pairwise,

    /// <summary>Rows with any missing item are removed before anything is computed (R <c>psych::alpha(na.omit(x))</c>).</summary>
    Listwise,
}
