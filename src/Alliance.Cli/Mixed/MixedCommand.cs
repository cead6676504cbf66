using System.CommandLine;
using System.Globalization;
using Alliance.Analysis.Mixed;
using Alliance.Analysis.Tabular;

namespace Alliance.Cli.Mixed;

/// <summary><c>alliance mixed --input F --formula "y ~ x + (x | g)" [--ml] [--json]</c>: a linear mixed model as lme4::lmer fits it.</summary>
internal static class MixedCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "CSV file with a header row", Required = true };
        var formula = new Option<string>("--formula") { Description = "lme4 formula, e.g. \"alliance ~ session + (1 + session | client) + (1 | therapist)\"", Required = true };
        var ml = new Option<bool>("--ml") { Description = "maximum likelihood instead of REML" };
        var json = new Option<bool>("--json") { Description = "print one JSON document" };
        var command = new Command("mixed", "Fit a linear mixed model (REML by default) with the numbers lme4::lmer gives");
        command.Options.Add(input);
        command.Options.Add(formula);
        command.Options.Add(ml);
        command.Options.Add(json);
        command.SetAction((parse, ct) =>
        {
            var data = MixedData.FromCsv(CsvTable.ReadFile(parse.GetValue(input)!));
            var fit = FitOrExplain(data, parse.GetValue(formula)!, new MixedModelOptions { Reml = !parse.GetValue(ml) });
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                output.WriteLine(MixedJson.Write(fit));
            }
            else
            {
                WriteSummary(output, fit);
            }
            return Task.FromResult(CliHost.Success);
        });
        return command;
    }

    internal static MixedModelFit FitOrExplain(MixedData data, string formula, MixedModelOptions options)
    {
        try
        {
            return LinearMixedModel.Fit(data, formula, options);
        }
        catch (FormulaException ex)
        {
            // Only a formula problem is the flag's fault; data the model cannot use (a rank-deficient fixed-effects
            // matrix) reaches CliHost as the AnalysisInputException it is.
            throw new InputException($"--formula: {ex.Message}", ex);
        }
    }

    private static void WriteSummary(TextWriter o, MixedModelFit fit)
    {
        var c = CultureInfo.InvariantCulture;
        o.WriteLine(string.Create(c, $"Linear mixed model fit by {(fit.Reml ? "REML" : "maximum likelihood")}: {fit.Formula}"));
        o.WriteLine(fit.Reml
            ? string.Create(c, $"REML criterion at convergence: {fit.RemlCriterion:F4}")
            : string.Create(c, $"AIC {fit.Aic:F4}  BIC {fit.Bic:F4}  logLik {fit.LogLikelihood:F4}  deviance {fit.Deviance:F4}"));
        o.WriteLine();
        o.WriteLine("Random effects:");
        o.WriteLine(string.Create(c, $"  {"Group",-22} {"Name",-16} {"Variance",12} {"Std.Dev.",12}"));
        foreach (var r in fit.Random)
        {
            o.WriteLine(string.Create(c, $"  {r.Group,-22} {r.Term,-16} {r.Variance,12:G6} {r.Sd,12:G6}"));
        }
        o.WriteLine(string.Create(c, $"  {"Residual",-22} {"",-16} {fit.ResidualSd * fit.ResidualSd,12:G6} {fit.ResidualSd,12:G6}"));
        foreach (var r in fit.Correlations)
        {
            o.WriteLine(string.Create(c, $"  Corr({r.Group}: {r.Term1}, {r.Term2}) = {r.R:F3}"));
        }
        o.WriteLine(string.Create(c, $"Number of obs: {fit.NObs}, groups: {string.Join(", ", fit.Groups.Select(g => $"{g.Key}, {g.Value}"))}"));
        o.WriteLine();
        o.WriteLine("Fixed effects:");
        o.WriteLine(string.Create(c, $"  {"",-22} {"Estimate",12} {"Std. Error",12} {"t value",10}"));
        foreach (var f in fit.Fixed)
        {
            o.WriteLine(string.Create(c, $"  {f.Term,-22} {f.Estimate,12:G6} {f.StdError,12:G6} {f.T,10:F3}"));
        }
        foreach (var m in fit.Messages)
        {
            o.WriteLine();
            o.WriteLine(string.Create(c, $"Note: {m}"));
        }
    }
}
