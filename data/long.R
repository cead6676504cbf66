# Loads long.csv (alliance export, study 1). Run from the file's folder.
d <- read.csv("long.csv", fileEncoding = "UTF-8-BOM", na.strings = "", check.names = FALSE,
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
  "item" = "character",
  "value" = "numeric"))
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
d[["item"]] <- sub("^'(?=[=+@\t\r-])", "", d[["item"]], perl = TRUE)
attr(d[["item"]], "label") <- "Item id within the instrument"
attr(d[["value"]], "labels") <- c("Not at all" = 0, "Never" = 1, "Rarely" = 2, "Sometimes" = 3, "Often" = 4, "Always" = 5, "Completely" = 10)
attr(d[["value"]], "label") <- "Answer (empty when the item was skipped)"
