using System.Diagnostics;
using System.Globalization;
using Alliance.Analysis.Mixed;

namespace MixedBench;

/// <summary>Runs lme4::lmer on the same CSV through Rscript and reads back its timings and estimates.</summary>
internal sealed record Lme4Run(string Version, double ReadSeconds, double FitSeconds, Dictionary<string, double> Values)
{
    private const string Script = """
        args <- commandArgs(TRUE)
        suppressMessages(library(lme4))
        t0 <- proc.time()[["elapsed"]]; d <- read.csv(args[1]); t1 <- proc.time()[["elapsed"]]
        m <- lmer(as.formula(args[2]), d); t2 <- proc.time()[["elapsed"]]
        out <- function(k, v) cat(k, "\t", format(v, digits = 15), "\n", sep = "")
        out("version", as.character(packageVersion("lme4"))); out("read", t1 - t0); out("fit", t2 - t1)
        cf <- summary(m)$coefficients
        for (i in seq_len(nrow(cf))) { out(paste0("estimate:", rownames(cf)[i]), cf[i, 1]); out(paste0("se:", rownames(cf)[i]), cf[i, 2]) }
        vc <- as.data.frame(VarCorr(m))
        for (i in seq_len(nrow(vc))) out(paste0(ifelse(is.na(vc$var2[i]), "sd:", "cor:"), vc$grp[i], ":", vc$var1[i]), vc$sdcor[i])
        out("REMLcrit", REMLcrit(m))
        # The same fit run to the optimum (BOBYQA, rhoend = 1e-12): lmer's default stops slightly short on large data.
        m <- lmer(as.formula(args[2]), d, control = lmerControl(optimizer = "bobyqa", optCtrl = list(rhoend = 1e-12, maxfun = 1e5)))
        cf <- summary(m)$coefficients
        for (i in seq_len(nrow(cf))) { out(paste0("tight.estimate:", rownames(cf)[i]), cf[i, 1]); out(paste0("tight.se:", rownames(cf)[i]), cf[i, 2]) }
        vc <- as.data.frame(VarCorr(m))
        for (i in seq_len(nrow(vc))) out(paste0("tight.", ifelse(is.na(vc$var2[i]), "sd:", "cor:"), vc$grp[i], ":", vc$var1[i]), vc$sdcor[i])
        out("tight.REMLcrit", REMLcrit(m))
        """;

    public static Dictionary<string, double> Quantities(MixedModelFit fit)
    {
        var q = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var f in fit.Fixed)
        {
            q["estimate:" + f.Term] = f.Estimate;
            q["se:" + f.Term] = f.StdError;
        }
        foreach (var r in fit.Random)
        {
            q[$"sd:{r.Group}:{r.Term}"] = r.Sd;
        }
        foreach (var r in fit.Correlations)
        {
            q[$"cor:{r.Group}:{r.Term1}"] = r.R;
        }
        q["sd:Residual:NA"] = fit.ResidualSd;
        q["REMLcrit"] = fit.RemlCriterion ?? double.NaN;
        return q;
    }

    public static Lme4Run? TryRun(string csv, string formula)
    {
        var rscript = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Select(d => Path.Combine(d, "Rscript")).FirstOrDefault(File.Exists);
        if (rscript is null)
        {
            return null;
        }
        var scriptPath = Path.Combine(Path.GetDirectoryName(csv)!, "lmer.R");
        File.WriteAllText(scriptPath, Script);
        var start = new ProcessStartInfo(rscript) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { scriptPath, csv, formula })
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Console.WriteLine($"lme4: Rscript failed: {stderr.Trim()}");
            return null;
        }
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        var version = "?";
        foreach (var line in stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split('\t');
            if (parts[0] == "version")
            {
                version = parts[1].Trim();
            }
            else if (double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            {
                values[parts[0]] = v;
            }
        }
        return new Lme4Run(version, values["read"], values["fit"], values);
    }
}
