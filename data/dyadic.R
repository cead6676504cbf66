# Loads dyadic.csv (alliance export, study 1). Run from the file's folder.
d <- read.csv("dyadic.csv", fileEncoding = "UTF-8-BOM", na.strings = "", check.names = FALSE,
  colClasses = c(
  "study_id" = "integer",
  "dyad" = "character",
  "therapist" = "character",
  "client" = "character",
  "arm" = "character",
  "session" = "integer",
  "session_date" = "character",
  "construct" = "character",
  "client_instrument" = "character",
  "client_instrument_version" = "character",
  "client_submitted_at" = "character",
  "client_total" = "numeric",
  "client_goal" = "numeric",
  "client_task" = "numeric",
  "client_bond" = "numeric",
  "therapist_instrument" = "character",
  "therapist_instrument_version" = "character",
  "therapist_submitted_at" = "character",
  "therapist_total" = "numeric",
  "therapist_goal" = "numeric",
  "therapist_task" = "numeric",
  "therapist_bond" = "numeric",
  "discrepancy_total" = "numeric",
  "discrepancy_goal" = "numeric",
  "discrepancy_task" = "numeric",
  "discrepancy_bond" = "numeric"))
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
d[["construct"]] <- sub("^'(?=[=+@\t\r-])", "", d[["construct"]], perl = TRUE)
attr(d[["construct"]], "label") <- "Construct the row's forms measure (the instrument's construct; its id when the definition names none)"
d[["client_instrument"]] <- sub("^'(?=[=+@\t\r-])", "", d[["client_instrument"]], perl = TRUE)
attr(d[["client_instrument"]], "label") <- "Instrument the client answered (empty: no client form in this row)"
d[["client_instrument_version"]] <- sub("^'(?=[=+@\t\r-])", "", d[["client_instrument_version"]], perl = TRUE)
attr(d[["client_instrument_version"]], "label") <- "Version of the client's instrument"
d[["client_submitted_at"]] <- as.POSIXct(d[["client_submitted_at"]], format = "%Y-%m-%dT%H:%M:%OSZ", tz = "UTC")
attr(d[["client_submitted_at"]], "label") <- "When the client submitted (UTC)"
attr(d[["client_total"]], "label") <- "The client's score total on the client form's own rule (instrument in client_instrument)"
attr(d[["client_goal"]], "label") <- "The client's score goal on the client form's own rule (instrument in client_instrument)"
attr(d[["client_task"]], "label") <- "The client's score task on the client form's own rule (instrument in client_instrument)"
attr(d[["client_bond"]], "label") <- "The client's score bond on the client form's own rule (instrument in client_instrument)"
d[["therapist_instrument"]] <- sub("^'(?=[=+@\t\r-])", "", d[["therapist_instrument"]], perl = TRUE)
attr(d[["therapist_instrument"]], "label") <- "Instrument the therapist answered (empty: no therapist form in this row)"
d[["therapist_instrument_version"]] <- sub("^'(?=[=+@\t\r-])", "", d[["therapist_instrument_version"]], perl = TRUE)
attr(d[["therapist_instrument_version"]], "label") <- "Version of the therapist's instrument"
d[["therapist_submitted_at"]] <- as.POSIXct(d[["therapist_submitted_at"]], format = "%Y-%m-%dT%H:%M:%OSZ", tz = "UTC")
attr(d[["therapist_submitted_at"]], "label") <- "When the therapist submitted (UTC)"
attr(d[["therapist_total"]], "label") <- "The therapist's score total on the therapist form's own rule (instrument in therapist_instrument)"
attr(d[["therapist_goal"]], "label") <- "The therapist's score goal on the therapist form's own rule (instrument in therapist_instrument)"
attr(d[["therapist_task"]], "label") <- "The therapist's score task on the therapist form's own rule (instrument in therapist_instrument)"
attr(d[["therapist_bond"]], "label") <- "The therapist's score bond on the therapist form's own rule (instrument in therapist_instrument)"
attr(d[["discrepancy_total"]], "label") <- "client_total − therapist_total, only where the two forms are declared parallel forms (empty otherwise)"
attr(d[["discrepancy_goal"]], "label") <- "client_goal − therapist_goal, only where the two forms are declared parallel forms (empty otherwise)"
attr(d[["discrepancy_task"]], "label") <- "client_task − therapist_task, only where the two forms are declared parallel forms (empty otherwise)"
attr(d[["discrepancy_bond"]], "label") <- "client_bond − therapist_bond, only where the two forms are declared parallel forms (empty otherwise)"
