* Loads long.csv (alliance export, study 1). Run from the file's folder.
import delimited using `"long.csv"', encoding("utf-8") delimiters(",") varnames(nonames) rowrange(2) bindquote(strict) stringcols(2 3 4 5 7 8 9 10 11 12 13) numericcols(1 6 14) clear
rename v1 study_id
rename v2 dyad
rename v3 therapist
rename v4 client
rename v5 arm
rename v6 session
rename v7 session_date
rename v8 role
rename v9 instrument
rename v10 instrument_version
rename v11 response_id
rename v12 submitted_at
rename v13 item
rename v14 value
label variable study_id `"Study identifier"'
replace dyad = usubstr(dyad, 2, .) if ustrregexm(dyad, "^'[=+@\t\r-]")
label variable dyad `"Dyad code (therapist × client pairing)"'
replace therapist = usubstr(therapist, 2, .) if ustrregexm(therapist, "^'[=+@\t\r-]")
label variable therapist `"Therapist pseudonymous code"'
replace client = usubstr(client, 2, .) if ustrregexm(client, "^'[=+@\t\r-]")
label variable client `"Client pseudonymous code"'
replace arm = usubstr(arm, 2, .) if ustrregexm(arm, "^'[=+@\t\r-]")
label variable arm `"Study arm or condition of the dyad (empty if none)"'
label variable session `"Session number within the dyad"'
generate double _alliance_date = date(session_date, "YMD")
format _alliance_date %td
order _alliance_date, after(session_date)
drop session_date
rename _alliance_date session_date
label variable session_date `"Date the session was held (ISO 8601)"'
replace role = usubstr(role, 2, .) if ustrregexm(role, "^'[=+@\t\r-]")
label variable role `"Who answered: client or therapist"'
replace instrument = usubstr(instrument, 2, .) if ustrregexm(instrument, "^'[=+@\t\r-]")
label variable instrument `"Instrument id"'
replace instrument_version = usubstr(instrument_version, 2, .) if ustrregexm(instrument_version, "^'[=+@\t\r-]")
label variable instrument_version `"Instrument version (frozen by content hash)"'
replace response_id = usubstr(response_id, 2, .) if ustrregexm(response_id, "^'[=+@\t\r-]")
label variable response_id `"Response identifier (UUID)"'
label variable submitted_at `"When the response was submitted (UTC, ISO 8601)"'
replace item = usubstr(item, 2, .) if ustrregexm(item, "^'[=+@\t\r-]")
label variable item `"Item id within the instrument"'
label variable value `"Answer (empty when the item was skipped)"'
label define alliance_labels_1 0 `"Not at all"' 1 `"Never"' 2 `"Rarely"' 3 `"Sometimes"' 4 `"Often"' 5 `"Always"' 10 `"Completely"'
label values value alliance_labels_1
