namespace Alliance.Analysis.Multilevel;

/// <summary>A client's alliance trajectory: empirical-Bayes intercept and slope (lme4's <c>coef(m)$client</c>), and the mean of the first sessions.</summary>
public sealed record DyadTrajectory(string Client, double Intercept, double Slope, double EarlyMean, int EarlySessions);
