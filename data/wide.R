# Loads wide.csv (alliance export, study 1). Run from the file's folder.
d <- read.csv("wide.csv", fileEncoding = "UTF-8-BOM", na.strings = "", check.names = FALSE,
  colClasses = c(
  "study_id" = "integer",
  "dyad" = "character",
  "therapist" = "character",
  "client" = "character",
  "arm" = "character",
  "session" = "integer",
  "session_date" = "character",
  "role" = "character",
  "instrument" = "character",
  "instrument_version" = "character",
  "response_id" = "character",
  "submitted_at" = "character",
  "a1" = "numeric",
  "a2" = "numeric",
  "a3" = "numeric",
  "a4" = "numeric",
  "a5" = "numeric",
  "a6" = "numeric",
  "a7" = "numeric",
  "a8" = "numeric",
  "a9" = "numeric",
  "sv1" = "numeric",
  "sv2" = "numeric",
  "sv3" = "numeric",
  "sv4" = "numeric",
  "demo_alliance_client_total" = "numeric",
  "demo_alliance_client_goal" = "numeric",
  "demo_alliance_client_task" = "numeric",
  "demo_alliance_client_bond" = "numeric",
  "demo_alliance_therapist_total" = "numeric",
  "demo_alliance_therapist_goal" = "numeric",
  "demo_alliance_therapist_task" = "numeric",
  "demo_alliance_therapist_bond" = "numeric",
  "session_vas_total" = "numeric"))
attr(d[["study_id"]], "label") <- "Study identifier"
d[["dyad"]] <- sub("^'(?=[=+@\t\r-])", "", d[["dyad"]], perl = TRUE)
attr(d[["dyad"]], "label") <- "Dyad code (therapist × client pairing)"
d[["therapist"]] <- sub("^'(?=[=+@\t\r-])", "", d[["therapist"]], perl = TRUE)
attr(d[["therapist"]], "label") <- "Therapist pseudonymous code"
d[["client"]] <- sub("^'(?=[=+@\t\r-])", "", d[["client"]], perl = TRUE)
attr(d[["client"]], "label") <- "Client pseudonymous code"
d[["arm"]] <- sub("^'(?=[=+@\t\r-])", "", d[["arm"]], perl = TRUE)
attr(d[["arm"]], "label") <- "Study arm or condition of the dyad (empty if none)"
attr(d[["session"]], "label") <- "Session number within the dyad"
d[["session_date"]] <- as.Date(d[["session_date"]])
attr(d[["session_date"]], "label") <- "Date the session was held (ISO 8601)"
d[["role"]] <- sub("^'(?=[=+@\t\r-])", "", d[["role"]], perl = TRUE)
d$role <- factor(d$role, levels = c("client", "therapist"))
attr(d[["role"]], "label") <- "Who answered: client or therapist"
d[["instrument"]] <- sub("^'(?=[=+@\t\r-])", "", d[["instrument"]], perl = TRUE)
attr(d[["instrument"]], "label") <- "Instrument id"
d[["instrument_version"]] <- sub("^'(?=[=+@\t\r-])", "", d[["instrument_version"]], perl = TRUE)
attr(d[["instrument_version"]], "label") <- "Instrument version (frozen by content hash)"
d[["response_id"]] <- sub("^'(?=[=+@\t\r-])", "", d[["response_id"]], perl = TRUE)
attr(d[["response_id"]], "label") <- "Response identifier (UUID)"
d[["submitted_at"]] <- as.POSIXct(d[["submitted_at"]], format = "%Y-%m-%dT%H:%M:%OSZ", tz = "UTC")
attr(d[["submitted_at"]], "label") <- "When the response was submitted (UTC, ISO 8601)"
attr(d[["a1"]], "labels") <- c("Never" = 1, "Rarely" = 2, "Sometimes" = 3, "Often" = 4, "Always" = 5)
attr(d[["a1"]], "label") <- "Answer to item a1 (goal)"
attr(d[["a2"]], "labels") <- c("Never" = 1, "Rarely" = 2, "Sometimes" = 3, "Often" = 4, "Always" = 5)
attr(d[["a2"]], "label") <- "Answer to item a2 (task)"
attr(d[["a3"]], "labels") <- c("Never" = 1, "Rarely" = 2, "Sometimes" = 3, "Often" = 4, "Always" = 5)
attr(d[["a3"]], "label") <- "Answer to item a3 (bond)"
attr(d[["a4"]], "labels") <- c("Never" = 1, "Rarely" = 2, "Sometimes" = 3, "Often" = 4, "Always" = 5)
attr(d[["a4"]], "label") <- "Answer to item a4 (goal)"
attr(d[["a5"]], "labels") <- c("Never" = 1, "Rarely" = 2, "Sometimes" = 3, "Often" = 4, "Always" = 5)
attr(d[["a5"]], "label") <- "Answer to item a5 (task)"
attr(d[["a6"]], "labels") <- c("Never" = 1, "Rarely" = 2, "Sometimes" = 3, "Often" = 4, "Always" = 5)
attr(d[["a6"]], "label") <- "Answer to item a6 (bond)"
attr(d[["a7"]], "labels") <- c("Never" = 1, "Rarely" = 2, "Sometimes" = 3, "Often" = 4, "Always" = 5)
attr(d[["a7"]], "label") <- "Answer to item a7 (goal)"
attr(d[["a8"]], "labels") <- c("Never" = 1, "Rarely" = 2, "Sometimes" = 3, "Often" = 4, "Always" = 5)
attr(d[["a8"]], "label") <- "Answer to item a8 (task)"
attr(d[["a9"]], "labels") <- c("Never" = 1, "Rarely" = 2, "Sometimes" = 3, "Often" = 4, "Always" = 5)
attr(d[["a9"]], "label") <- "Answer to item a9 (bond)"
attr(d[["sv1"]], "labels") <- c("Not at all" = 0, "Completely" = 10)
attr(d[["sv1"]], "label") <- "Answer to item sv1"
attr(d[["sv2"]], "labels") <- c("Not at all" = 0, "Completely" = 10)
attr(d[["sv2"]], "label") <- "Answer to item sv2"
attr(d[["sv3"]], "labels") <- c("Not at all" = 0, "Completely" = 10)
attr(d[["sv3"]], "label") <- "Answer to item sv3"
attr(d[["sv4"]], "labels") <- c("Not at all" = 0, "Completely" = 10)
attr(d[["sv4"]], "label") <- "Answer to item sv4"
attr(d[["demo_alliance_client_total"]], "label") <- "demo-alliance-client score total (Working alliance): mean, 1–5"
attr(d[["demo_alliance_client_goal"]], "label") <- "demo-alliance-client score goal (goal): mean, 1–5"
attr(d[["demo_alliance_client_task"]], "label") <- "demo-alliance-client score task (task): mean, 1–5"
attr(d[["demo_alliance_client_bond"]], "label") <- "demo-alliance-client score bond (bond): mean, 1–5"
attr(d[["demo_alliance_therapist_total"]], "label") <- "demo-alliance-therapist score total (Working alliance): mean, 1–5"
attr(d[["demo_alliance_therapist_goal"]], "label") <- "demo-alliance-therapist score goal (goal): mean, 1–5"
attr(d[["demo_alliance_therapist_task"]], "label") <- "demo-alliance-therapist score task (task): mean, 1–5"
attr(d[["demo_alliance_therapist_bond"]], "label") <- "demo-alliance-therapist score bond (bond): mean, 1–5"
attr(d[["session_vas_total"]], "label") <- "session-vas score total (Session check total): sum, 0–40"
