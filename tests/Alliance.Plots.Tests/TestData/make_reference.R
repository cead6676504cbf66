# Reference values for Alliance.Plots statistics. Run: Rscript make_reference.R > r_reference.txt
# (R 4.2.2, base + stats only). Tests keep the printed numbers; they do not need R to pass.
options(digits = 17)
x <- c(2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8, 12.5, 3.9, 4.1, 0.2)      # odd n, with outliers
y <- c(31, 28, 35, 36, 40, 22, 33, 34, 29, 38)                        # even n
cat("fivenum_x", fivenum(x), "\n")
cat("fivenum_y", fivenum(y), "\n")
b <- boxplot.stats(x)
cat("boxstats_x", b$stats, "\n")
cat("boxstats_x_out", b$out, "\n")
cat("bw_nrd0_x", bw.nrd0(x), "\n")
cat("bw_nrd0_y", bw.nrd0(y), "\n")
cat("bw_nrd0_const", bw.nrd0(c(5, 5, 5, 5)), "\n")
# Exact Gaussian KDE (no binning) at a few points, bandwidth bw.nrd0(y).
h <- bw.nrd0(y)
at <- c(20, 30, 33.5, 45)
cat("kde_y", sapply(at, function(t) mean(dnorm((t - y) / h)) / h), "\n")
cx <- c(30, 32, 35, 28, 38, 36, 31, 33)
ty <- c(29, 30, 33, 30, 34, 35, 28, 31)
cat("lm_coef", coef(lm(ty ~ cx)), "\n")
d <- cx - ty
cat("ba", mean(d), sd(d), mean(d) - 1.96 * sd(d), mean(d) + 1.96 * sd(d), "\n")
