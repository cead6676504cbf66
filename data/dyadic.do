* Loads dyadic.csv (alliance export, study 1). Run from the file's folder.
import delimited using `"dyadic.csv"', encoding("utf-8") delimiters(",") varnames(nonames) rowrange(2) bindquote(strict) stringcols(2 3 4 5 7 8 9 10 11 16 17 18) numericcols(1 6 12 13 14 15 19 20 21 22 23 24 25 26) clear
rename v1 study_id
rename v2 dyad
rename v3 therapist
rename v4 client
rename v5 arm
rename v6 session
rename v7 session_date
rename v8 construct
rename v9 client_instrument
rename v10 client_instrument_version
rename v11 client_submitted_at
rename v12 client_total
rename v13 client_goal
rename v14 client_task
rename v15 client_bond
rename v16 therapist_instrument
rename v17 therapist_instrument_version
rename v18 therapist_submitted_at
rename v19 therapist_total
rename v20 therapist_goal
rename v21 therapist_task
rename v22 therapist_bond
rename v23 discrepancy_total
rename v24 discrepancy_goal
rename v25 discrepancy_task
rename v26 discrepancy_bond
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
replace construct = usubstr(construct, 2, .) if ustrregexm(construct, "^'[=+@\t\r-]")
label variable construct `"Construct the row's forms measure (the instrument's construct; its id when the d"'
replace client_instrument = usubstr(client_instrument, 2, .) if ustrregexm(client_instrument, "^'[=+@\t\r-]")
label variable client_instrument `"Instrument the client answered (empty: no client form in this row)"'
replace client_instrument_version = usubstr(client_instrument_version, 2, .) if ustrregexm(client_instrument_version, "^'[=+@\t\r-]")
label variable client_instrument_version `"Version of the client's instrument"'
label variable client_submitted_at `"When the client submitted (UTC)"'
label variable client_total `"The client's score total on the client form's own rule (instrument in client_ins"'
label variable client_goal `"The client's score goal on the client form's own rule (instrument in client_inst"'
label variable client_task `"The client's score task on the client form's own rule (instrument in client_inst"'
label variable client_bond `"The client's score bond on the client form's own rule (instrument in client_inst"'
replace therapist_instrument = usubstr(therapist_instrument, 2, .) if ustrregexm(therapist_instrument, "^'[=+@\t\r-]")
label variable therapist_instrument `"Instrument the therapist answered (empty: no therapist form in this row)"'
replace therapist_instrument_version = usubstr(therapist_instrument_version, 2, .) if ustrregexm(therapist_instrument_version, "^'[=+@\t\r-]")
label variable therapist_instrument_version `"Version of the therapist's instrument"'
label variable therapist_submitted_at `"When the therapist submitted (UTC)"'
label variable therapist_total `"The therapist's score total on the therapist form's own rule (instrument in ther"'
label variable therapist_goal `"The therapist's score goal on the therapist form's own rule (instrument in thera"'
label variable therapist_task `"The therapist's score task on the therapist form's own rule (instrument in thera"'
label variable therapist_bond `"The therapist's score bond on the therapist form's own rule (instrument in thera"'
label variable discrepancy_total `"client_total − therapist_total, only where the two forms are declared parallel f"'
label variable discrepancy_goal `"client_goal − therapist_goal, only where the two forms are declared parallel for"'
label variable discrepancy_task `"client_task − therapist_task, only where the two forms are declared parallel for"'
label variable discrepancy_bond `"client_bond − therapist_bond, only where the two forms are declared parallel for"'
