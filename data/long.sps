* Loads long.csv (alliance export, study 1).
GET DATA /TYPE=TXT /FILE='long.csv' /ENCODING='UTF8'
  /DELCASE=LINE /DELIMITERS="," /QUALIFIER='"' /ARRANGEMENT=DELIMITED /FIRSTCASE=2
  /VARIABLES=
    study_id F12.0
    dyad A255
    therapist A255
    client A255
    arm A255
    session F12.0
    session_date SDATE10
    role A255
    instrument A255
    instrument_version A255
    response_id A255
    submitted_at A24
    item A255
    value F12.4
.
VARIABLE LABELS
    study_id 'Study identifier'
    dyad 'Dyad code (therapist × client pairing)'
    therapist 'Therapist pseudonymous code'
    client 'Client pseudonymous code'
    arm 'Study arm or condition of the dyad (empty if none)'
    session 'Session number within the dyad'
    session_date 'Date the session was held (ISO 8601)'
    role 'Who answered: client or therapist'
    instrument 'Instrument id'
    instrument_version 'Instrument version (frozen by content hash)'
    response_id 'Response identifier (UUID)'
    submitted_at 'When the response was submitted (UTC, ISO 8601)'
    item 'Item id within the instrument'
    value 'Answer (empty when the item was skipped)'.
VALUE LABELS
    value 0 'Not at all' 1 'Never' 2 'Rarely' 3 'Sometimes' 4 'Often' 5 'Always' 10 'Completely'.
EXECUTE.
