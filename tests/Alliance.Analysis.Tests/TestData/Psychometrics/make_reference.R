# Reference values for tests/Alliance.Analysis.Tests (psychometrics, agreement, change, descriptives).
# Run from this folder: Rscript make_reference.R > r_output.txt
# R 4.2.2, psych 2.2.9 (Debian bookworm r-base-core, r-cran-psych).
# six_items.csv and shrout_fleiss_1979.csv are copies of /work/shared/reference (see its README).
suppressMessages(library(psych)); options(digits = 15, width = 200)
show <- function(label, v) cat(label, paste(format(v, digits = 15), collapse = " "), "\n")
x <- read.csv("six_items.csv")

al <- function(label, a) {
  show(paste(label, "total raw_alpha std.alpha average_r"), unlist(a$total[c("raw_alpha", "std.alpha", "average_r")]))
  show(paste(label, "feldt lower upper"), c(a$feldt$lower.ci, a$feldt$upper.ci))
  show(paste(label, "item mean"), a$item.stats$mean)
  show(paste(label, "item sd"), a$item.stats$sd)
  show(paste(label, "item r.drop"), a$item.stats$r.drop)
  show(paste(label, "alpha.drop"), a$alpha.drop$raw_alpha)
}
al("pairwise_q6rev", alpha(x, keys = "q6"))
al("listwise_q6rev", alpha(na.omit(x), keys = "q6"))
al("pairwise_norev", suppressWarnings(alpha(x, warnings = FALSE)))
show("listwise_n", nrow(na.omit(x)))

xr <- x; xr$q6 <- 6 - xr$q6
show("omega_pairwise_q6rev", suppressMessages(omega(xr, nfactors = 1, plot = FALSE))$omega.tot)
show("omega_listwise_q6rev", suppressMessages(omega(na.omit(xr), nfactors = 1, plot = FALSE))$omega.tot)
show("omega_listwise_q1to3", suppressMessages(omega(na.omit(xr)[, 1:3], nfactors = 1, plot = FALSE))$omega.tot)
al("subscale_q1q2q3", alpha(x[, 1:3]))
al("subscale_q4q5q6rev", alpha(x[, 4:6], keys = "q6"))

sf <- read.csv("shrout_fleiss_1979.csv")
icc <- function(label, d) {
  r <- ICC(d, lmer = FALSE)$results
  for (i in 1:6) show(paste(label, r$type[i], "ICC F df1 df2 p lower upper"), unlist(r[i, 2:8]))
}
icc("sf_anova", sf)
set.seed(6)
m <- matrix(round(rnorm(60, 50, 10) + rep(rnorm(20, 0, 8), 3), 1), 20, 3)
m[c(3, 11), 2] <- NA; m[17, 3] <- NA
colnames(m) <- c("R1", "R2", "R3")
write.csv(m, "icc_missing.csv", row.names = FALSE, na = "")
icc("missing_listwise", na.omit(as.data.frame(m)))
show("missing_listwise_n", nrow(na.omit(m)))

ct <- cor.test(sf$J1, sf$J4); show("pearson_J1_J4 r lower upper", c(ct$estimate, ct$conf.int))
cc <- complete.cases(x$q1, x$q4)
ct <- cor.test(x$q1, x$q4); show("pearson_q1_q4 r lower upper n", c(ct$estimate, ct$conf.int, sum(cc)))
show("spearman_q1_q4 rho", cor(x$q1, x$q4, method = "spearman", use = "complete.obs"))
z <- atanh(cor(x$q1[cc], x$q4[cc], method = "spearman")); h <- qnorm(0.975) / sqrt(sum(cc) - 3)
show("spearman_q1_q4 fisher lower upper", tanh(c(z - h, z + h)))

# Bland & Altman (1999) on judges J1 and J4: bias, sd, limits and exact-t CIs (SE of limit = sqrt(3 s^2 / n)).
d <- sf$J1 - sf$J4; n <- length(d); s <- sd(d); t <- qt(0.975, n - 1)
lo <- mean(d) - 1.96 * s; hi <- mean(d) + 1.96 * s; se_l <- sqrt(3 * s^2 / n)
show("bland_altman bias sd lower upper", c(mean(d), s, lo, hi))
show("bland_altman bias_ci", mean(d) + c(-1, 1) * t * s / sqrt(n))
show("bland_altman lower_ci upper_ci", c(lo - t * se_l, lo + t * se_l, hi - t * se_l, hi + t * se_l))

# Descriptives: quantile type 7 (R default), sd with N - 1.
v <- c(x$q2[1:25], 7.5, -2)
show("quantile7 q2sample 0 .25 .5 .75 1", quantile(v, c(0, .25, .5, .75, 1), na.rm = TRUE, type = 7))
show("q2sample n missing mean sd", c(sum(!is.na(v)), sum(is.na(v)), mean(v, na.rm = TRUE), sd(v, na.rm = TRUE)))
g <- ifelse(seq_len(nrow(x)) %% 3 == 0, "a", "b")
for (lv in c("a", "b")) { w <- x$q4[g == lv]
  show(paste0("group_", lv, " q4 n missing mean sd median q1 q3"),
       c(sum(!is.na(w)), sum(is.na(w)), mean(w, na.rm = TRUE), sd(w, na.rm = TRUE), quantile(w, c(.5, .25, .75), na.rm = TRUE))) }

# Numerical stability: 1e9 + (i mod 1000) / 1000, i = 0..999999; R's var uses a two-pass sum in long double.
big <- 1e9 + ((0:999999) %% 1000) / 1000
show("big mean var", c(mean(big), var(big)))

# Jacobson & Truax (1991): SE = s1 sqrt(1 - rxx), Sdiff = sqrt(2 SE^2).
s1 <- 7.5; rxx <- 0.88; pre <- 62; post <- 48
se <- s1 * sqrt(1 - rxx); sdiff <- sqrt(2 * se^2)
show("rci se sdiff rc", c(se, sdiff, (post - pre) / sdiff))
md <- 60; sdd <- 8; mf <- 40; sdf <- 6
show("cutoffs a b c", c(md - 2 * sdd, mf + 2 * sdf, (sdd * mf + sdf * md) / (sdd + sdf)))
