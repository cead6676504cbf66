namespace Alliance.Analysis.Agreement;

/// <summary>
/// One row of <c>psych::ICC</c>'s results table: a Shrout &amp; Fleiss (1979) intraclass correlation with its
/// F test against ICC = 0 and its confidence bounds.
/// </summary>
/// <param name="Type">psych's name: ICC1, ICC2, ICC3, ICC1k, ICC2k or ICC3k.</param>
/// <param name="Value">The intraclass correlation.</param>
/// <param name="F">F statistic (MSB/MSW for ICC1/ICC1k, MSB/MSE otherwise).</param>
/// <param name="Df1">Numerator degrees of freedom, n − 1.</param>
/// <param name="Df2">Denominator degrees of freedom: n(k − 1) for ICC1/ICC1k, (n − 1)(k − 1) otherwise.</param>
/// <param name="P">Upper-tail p value of <paramref name="F"/>.</param>
/// <param name="Lower">Lower confidence bound.</param>
/// <param name="Upper">Upper confidence bound.</param>
public sealed record IccEstimate(string Type, double Value, double F, double Df1, double Df2, double P, double Lower, double Upper);
