namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>A cutoff that the latest score of <see cref="Instrument"/> met (e.g. <c>total &lt; 36</c>), with its label.</summary>
public sealed record CutoffAlert(string Instrument, string Expression, double Threshold, string Label);
