* Loads dyadic.csv (alliance export, study 1).
GET DATA /TYPE=TXT /FILE='dyadic.csv' /ENCODING='UTF8'
  /DELCASE=LINE /DELIMITERS="," /QUALIFIER='"' /ARRANGEMENT=DELIMITED /FIRSTCASE=2
  /VARIABLES=
    study_id F12.0
    dyad A255
    therapist A255
    client A255
    arm A255
    session F12.0
    session_date SDATE10
    construct A255
    client_instrument A255
    client_instrument_version A255
    client_submitted_at A24
    client_total F12.4
    client_goal F12.4
    client_task F12.4
    client_bond F12.4
    therapist_instrument A255
    therapist_instrument_version A255
    therapist_submitted_at A24
    therapist_total F12.4
    therapist_goal F12.4
    therapist_task F12.4
    therapist_bond F12.4
    discrepancy_total F12.4
    discrepancy_goal F12.4
    discrepancy_task F12.4
    discrepancy_bond F12.4
.
VARIABLE LABELS
    study_id 'Study identifier'
    dyad 'Dyad code (therapist × client pairing)'
    therapist 'Therapist pseudonymous code'
    client 'Client pseudonymous code'
    arm 'Study arm or condition of the dyad (empty if none)'
    session 'Session number within the dyad'
    session_date 'Date the session was held (ISO 8601)'
    construct 'Construct the row''s forms measure (the instrument''s construct; its id when the definition names none)'
    client_instrument 'Instrument the client answered (empty: no client form in this row)'
    client_instrument_version 'Version of the client''s instrument'
    client_submitted_at 'When the client submitted (UTC)'
    client_total 'The client''s score total on the client form''s own rule (instrument in client_instrument)'
    client_goal 'The client''s score goal on the client form''s own rule (instrument in client_instrument)'
    client_task 'The client''s score task on the client form''s own rule (instrument in client_instrument)'
    client_bond 'The client''s score bond on the client form''s own rule (instrument in client_instrument)'
    therapist_instrument 'Instrument the therapist answered (empty: no therapist form in this row)'
    therapist_instrument_version 'Version of the therapist''s instrument'
    therapist_submitted_at 'When the therapist submitted (UTC)'
    therapist_total 'The therapist''s score total on the therapist form''s own rule (instrument in therapist_instrument)'
    therapist_goal 'The therapist''s score goal on the therapist form''s own rule (instrument in therapist_instrument)'
    therapist_task 'The therapist''s score task on the therapist form''s own rule (instrument in therapist_instrument)'
    therapist_bond 'The therapist''s score bond on the therapist form''s own rule (instrument in therapist_instrument)'
    discrepancy_total 'client_total − therapist_total, only where the two forms are declared parallel forms (empty otherwise)'
    discrepancy_goal 'client_goal − therapist_goal, only where the two forms are declared parallel forms (empty otherwise)'
    discrepancy_task 'client_task − therapist_task, only where the two forms are declared parallel forms (empty otherwise)'
    discrepancy_bond 'client_bond − therapist_bond, only where the two forms are declared parallel forms (empty otherwise)'.
EXECUTE.
