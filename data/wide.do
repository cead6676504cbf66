* Loads wide.csv (alliance export, study 1). Run from the file's folder.
import delimited using `"wide.csv"', encoding("utf-8") delimiters(",") varnames(nonames) rowrange(2) bindquote(strict) stringcols(2 3 4 5 7 8 9 10 11 12) numericcols(1 6 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34) clear
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
rename v13 a1
rename v14 a2
rename v15 a3
rename v16 a4
rename v17 a5
rename v18 a6
rename v19 a7
rename v20 a8
rename v21 a9
rename v22 sv1
rename v23 sv2
rename v24 sv3
rename v25 sv4
rename v26 demo_alliance_client_total
rename v27 demo_alliance_client_goal
rename v28 demo_alliance_client_task
rename v29 demo_alliance_client_bond
rename v30 demo_alliance_therapist_total
rename v31 demo_alliance_therapist_goal
rename v32 demo_alliance_therapist_task
rename v33 demo_alliance_therapist_bond
rename v34 session_vas_total
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
label variable a1 `"Answer to item a1 (goal)"'
label define alliance_labels_1 1 `"Never"' 2 `"Rarely"' 3 `"Sometimes"' 4 `"Often"' 5 `"Always"'
label values a1 alliance_labels_1
label variable a2 `"Answer to item a2 (task)"'
label values a2 alliance_labels_1
label variable a3 `"Answer to item a3 (bond)"'
label values a3 alliance_labels_1
label variable a4 `"Answer to item a4 (goal)"'
label values a4 alliance_labels_1
label variable a5 `"Answer to item a5 (task)"'
label values a5 alliance_labels_1
label variable a6 `"Answer to item a6 (bond)"'
label values a6 alliance_labels_1
label variable a7 `"Answer to item a7 (goal)"'
label values a7 alliance_labels_1
label variable a8 `"Answer to item a8 (task)"'
label values a8 alliance_labels_1
label variable a9 `"Answer to item a9 (bond)"'
label values a9 alliance_labels_1
label variable sv1 `"Answer to item sv1"'
label define alliance_labels_2 0 `"Not at all"' 10 `"Completely"'
label values sv1 alliance_labels_2
label variable sv2 `"Answer to item sv2"'
label values sv2 alliance_labels_2
label variable sv3 `"Answer to item sv3"'
label values sv3 alliance_labels_2
label variable sv4 `"Answer to item sv4"'
label values sv4 alliance_labels_2
label variable demo_alliance_client_total `"demo-alliance-client score total (Working alliance): mean, 1–5"'
label variable demo_alliance_client_goal `"demo-alliance-client score goal (goal): mean, 1–5"'
label variable demo_alliance_client_task `"demo-alliance-client score task (task): mean, 1–5"'
label variable demo_alliance_client_bond `"demo-alliance-client score bond (bond): mean, 1–5"'
label variable demo_alliance_therapist_total `"demo-alliance-therapist score total (Working alliance): mean, 1–5"'
label variable demo_alliance_therapist_goal `"demo-alliance-therapist score goal (goal): mean, 1–5"'
label variable demo_alliance_therapist_task `"demo-alliance-therapist score task (task): mean, 1–5"'
label variable demo_alliance_therapist_bond `"demo-alliance-therapist score bond (bond): mean, 1–5"'
label variable session_vas_total `"session-vas score total (Session check total): sum, 0–40"'
