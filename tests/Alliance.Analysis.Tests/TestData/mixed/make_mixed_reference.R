# Reference numbers for tests/Alliance.Analysis.Tests/Mixed: generated three-level alliance data
# (therapists -> clients -> sessions) and lme4::lmer fits on it and on lme4's sleepstudy.
# Run from this folder: Rscript make_mixed_reference.R   (R 4.2.2, lme4 1.1-31, Debian bookworm)
# Writes alliance.csv, singular.csv and lme4_reference.csv (model, key, value).
# Every model is fitted twice: with lmer's defaults ("default") and with BOBYQA run to
# rhoend = 1e-12 ("tight"), because the default optimiser stops up to ~3e-5 (relative) short of the
# optimum on some SDs (e.g. sleepstudy ML); the tight fit is the optimum both programs aim at.
suppressMessages(library(lme4))
set.seed(20261122)
n_ther <- 20; n_cli <- 6; n_ses <- 8
rows <- list()
for (t in 1:n_ther) {
  u_t <- rnorm(1, 0, 0.30)
  for (c in 1:n_cli) {
    id <- sprintf("c%03d", (t - 1) * n_cli + c)
    arm <- if (runif(1) < 0.5) "A" else "B"
    b0 <- rnorm(1, 0, 0.50); b1 <- 0.3 * b0 * 0.1 / 0.5 + rnorm(1, 0, 0.05)
    for (s in 0:(n_ses - 1)) {
      a <- 4.5 + 0.05 * s + 0.2 * (arm == "B") + u_t + b0 + b1 * s + rnorm(1, 0, 0.40)
      rows[[length(rows) + 1]] <- data.frame(therapist = sprintf("t%02d", t), client = id, session = s,
        arm = arm, rater = sprintf("r%02d", sample(1:15, 1)), alliance = round(a, 4))
    }
  }
}
d <- do.call(rbind, rows)
rater_eff <- setNames(rnorm(15, 0, 0.25), sprintf("r%02d", 1:15))
d$alliance <- round(d$alliance + rater_eff[d$rater], 4)
d$symptoms <- round(25 - 0.6 * d$session - 2.5 * (d$alliance - ave(d$alliance, d$client)) -
  1.5 * ave(d$alliance, d$client) + rnorm(nrow(d), 0, 2), 4)
write.csv(d, "alliance.csv", row.names = FALSE)

# A singular case: no therapist variance at all in the generating model.
s <- d[, c("therapist", "client", "session")]
set.seed(7)
for (attempt in 1:50) {
  cl <- rnorm(n_ther * n_cli, 0, 0.5)[as.integer(factor(s$client))]
  s$alliance <- round(5 + 0.05 * s$session + cl + rnorm(nrow(s), 0, 0.4), 4)
  if (isSingular(lmer(alliance ~ session + (1 | client) + (1 | therapist), s))) break
}
write.csv(s, "singular.csv", row.names = FALSE)

sleep <- read.csv("sleepstudy.csv"); sleep$Subject <- factor(sleep$Subject)
alliance <- read.csv("alliance.csv"); singular <- read.csv("singular.csv")
# Alliance analyses (src/Alliance.Analysis/Multilevel), built the same way as the C# code builds them.
lagged <- alliance[order(alliance$client, alliance$session), ]
lagged$alliance_mean <- ave(lagged$alliance, lagged$client)
lagged$alliance_within <- lagged$alliance - lagged$alliance_mean
lagged$symptoms_next <- ave(lagged$symptoms, lagged$client, FUN = function(v) c(v[-1], NA))
lagged <- lagged[!is.na(lagged$symptoms_next), ]
bwi <- aggregate(cbind(alliance, symptoms) ~ client + therapist, alliance, mean)
bwi$alliance_therapist_mean <- ave(bwi$alliance, bwi$therapist)
bwi$alliance_within <- bwi$alliance - bwi$alliance_therapist_mean
models <- list(
  sleep_reml = list(Reaction ~ Days + (Days | Subject), sleep, TRUE),
  sleep_ml = list(Reaction ~ Days + (Days | Subject), sleep, FALSE),
  sleep_intercept = list(Reaction ~ Days + (1 | Subject), sleep, TRUE),
  three_level = list(alliance ~ session + arm + (1 + session | client) + (1 | therapist), alliance, TRUE),
  three_level_ml = list(alliance ~ session + arm + (1 + session | client) + (1 | therapist), alliance, FALSE),
  nested = list(alliance ~ session + (1 | therapist/client), alliance, TRUE),
  uncorrelated = list(alliance ~ session + arm + (session || client), alliance, TRUE),
  crossed = list(alliance ~ session + (1 | client) + (1 | rater), alliance, TRUE),
  interaction = list(alliance ~ session * arm + (1 | client), alliance, TRUE),
  singular = list(alliance ~ session + (1 | client) + (1 | therapist), singular, TRUE),
  three_factors = list(alliance ~ session + (1 | client) + (1 | rater) + (1 | therapist), alliance, TRUE),
  therapist_slope = list(alliance ~ session + arm + (1 | client) + (1 + session | therapist), alliance, FALSE),
  variance = list(alliance ~ 1 + (1 | therapist/client), alliance, TRUE),
  lagged = list(symptoms_next ~ alliance_within + alliance_mean + symptoms + (1 | client), lagged, TRUE),
  bwi = list(symptoms ~ alliance_within + alliance_therapist_mean + (1 | therapist), bwi, TRUE),
  trajectories = list(alliance ~ session + (1 + session | client), alliance, TRUE))
out <- data.frame(model = character(), key = character(), value = character())
put <- function(model, key, value) out[nrow(out) + 1, ] <<- list(model, key, format(value, digits = 15))
tight <- lmerControl(optimizer = "bobyqa", optCtrl = list(rhoend = 1e-12, maxfun = 1e5))
for (name in names(models)) {
  spec <- models[[name]]
  for (variant in c("default", "tight")) {
    m <- if (variant == "tight") lmer(spec[[1]], spec[[2]], REML = spec[[3]], control = tight)
         else lmer(spec[[1]], spec[[2]], REML = spec[[3]])
    key <- paste0(name, "/", variant)
    cf <- summary(m)$coefficients
    for (i in seq_len(nrow(cf))) {
      put(key, paste0("estimate:", rownames(cf)[i]), cf[i, 1]); put(key, paste0("se:", rownames(cf)[i]), cf[i, 2])
      put(key, paste0("t:", rownames(cf)[i]), cf[i, 3])
    }
    vc <- as.data.frame(VarCorr(m))
    for (i in seq_len(nrow(vc))) {
      grp <- sub("\\.[0-9]+$", "", vc$grp[i])
      if (grp == "Residual") put(key, "sigma", vc$sdcor[i])
      else if (is.na(vc$var2[i])) put(key, paste0("sd:", grp, ":", vc$var1[i]), vc$sdcor[i])
      else put(key, paste0("cor:", grp, ":", vc$var1[i], ":", vc$var2[i]), vc$sdcor[i])
    }
    for (g in names(ngrps(m))) put(key, paste0("groups:", g), ngrps(m)[[g]])
    put(key, "nobs", nobs(m)); put(key, "logLik", as.numeric(logLik(m)))
    put(key, "deviance", if (spec[[3]]) deviance(m, REML = FALSE) else deviance(m))
    if (spec[[3]]) put(key, "REMLcrit", REMLcrit(m))
    put(key, "AIC", AIC(m)); put(key, "BIC", BIC(m)); put(key, "singular", as.integer(isSingular(m)))
    if (name == "trajectories") { co <- coef(m)$client
      for (j in 1:3) for (v in names(co)) put(key, paste0("coef:client:", rownames(co)[j], ":", v), co[j, v]) }
    re <- ranef(m)
    for (g in names(re)) for (j in 1:min(3, nrow(re[[g]]))) for (v in names(re[[g]]))
      put(key, paste0("ranef:", g, ":", rownames(re[[g]])[j], ":", v), re[[g]][j, v])
  }
}
write.csv(out, "lme4_reference.csv", row.names = FALSE)

# Likelihood-ratio test (anova refits both with ML): random slope for clients or not.
m0 <- lmer(alliance ~ session + arm + (1 | client) + (1 | therapist), alliance)
m1 <- lmer(alliance ~ session + arm + (1 + session | client) + (1 | therapist), alliance)
a <- anova(m0, m1)
write.csv(data.frame(chisq = format(a$Chisq[2], digits = 15), df = a$Df[2], p = format(a[["Pr(>Chisq)"]][2], digits = 15),
  deviance0 = format(a$deviance[1], digits = 15)), "lme4_anova.csv", row.names = FALSE)
