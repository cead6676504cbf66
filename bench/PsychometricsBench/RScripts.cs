namespace PsychometricsBench;

internal static class RScripts
{
    /// <summary>R timing script: elapsed seconds of read.csv and of each psych call, then the numbers to compare.</summary>
    public static string Benchmark(string itemsCsv, string ratingsCsv) => $$"""
        suppressMessages(library(psych)); options(digits = 17)
        el <- function() proc.time()[["elapsed"]]
        out <- function(name, v) cat(name, format(v, digits = 17), "\n")
        t0 <- el(); x <- read.csv("{{itemsCsv}}"); t1 <- el()
        a <- suppressWarnings(alpha(x, warnings = FALSE)); t2 <- el()
        out("alpha_time", c(t2 - t1, t2 - t0))
        out("alpha_total", unlist(a$total[c("raw_alpha", "std.alpha", "average_r")]))
        out("alpha_rdrop", a$item.stats$r.drop)
        out("alpha_drop", a$alpha.drop$raw_alpha)
        out("alpha_mean", a$item.stats$mean)
        out("alpha_sd", a$item.stats$sd)
        t0 <- el(); y <- read.csv("{{ratingsCsv}}"); t1 <- el()
        i2 <- suppressMessages(ICC(y)); t2 <- el()
        out("icc_lmer_time", c(t2 - t1, t2 - t0))
        out("icc_lmer", i2$results$ICC)
        out("icc_lmer_bounds", c(i2$results[["lower bound"]], i2$results[["upper bound"]]))
        # lmer = FALSE fits aov with a dense targets factor (n x n model matrix): only feasible for small n.
        if (nrow(y) <= 2000) {
          t1 <- el(); i1 <- ICC(y, lmer = FALSE); t2 <- el()
          out("icc_aov_time", c(t2 - t1, t2 - t1))
          out("icc_aov", i1$results$ICC)
          out("icc_aov_bounds", c(i1$results[["lower bound"]], i1$results[["upper bound"]]))
        }
        """;
}
