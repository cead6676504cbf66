* Loads wide.csv (alliance export, study 1).
GET DATA /TYPE=TXT /FILE='wide.csv' /ENCODING='UTF8'
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
    a1 F12.4
    a2 F12.4
    a3 F12.4
    a4 F12.4
    a5 F12.4
    a6 F12.4
    a7 F12.4
    a8 F12.4
    a9 F12.4
    sv1 F12.4
    sv2 F12.4
    sv3 F12.4
    sv4 F12.4
    demo_alliance_client_total F12.4
    demo_alliance_client_goal F12.4
    demo_alliance_client_task F12.4
    demo_alliance_client_bond F12.4
    demo_alliance_therapist_total F12.4
    demo_alliance_therapist_goal F12.4
    demo_alliance_therapist_task F12.4
    demo_alliance_therapist_bond F12.4
    session_vas_total F12.4
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
    a1 'Answer to item a1 (goal)'
    a2 'Answer to item a2 (task)'
    a3 'Answer to item a3 (bond)'
    a4 'Answer to item a4 (goal)'
    a5 'Answer to item a5 (task)'
    a6 'Answer to item a6 (bond)'
    a7 'Answer to item a7 (goal)'
    a8 'Answer to item a8 (task)'
    a9 'Answer to item a9 (bond)'
    sv1 'Answer to item sv1'
    sv2 'Answer to item sv2'
    sv3 'Answer to item sv3'
    sv4 'Answer to item sv4'
    demo_alliance_client_total 'demo-alliance-client score total (Working alliance): mean, 1–5'
    demo_alliance_client_goal 'demo-alliance-client score goal (goal): mean, 1–5'
    demo_alliance_client_task 'demo-alliance-client score task (task): mean, 1–5'
    demo_alliance_client_bond 'demo-alliance-client score bond (bond): mean, 1–5'
    demo_alliance_therapist_total 'demo-alliance-therapist score total (Working alliance): mean, 1–5'
    demo_alliance_therapist_goal 'demo-alliance-therapist score goal (goal): mean, 1–5'
    demo_alliance_therapist_task 'demo-alliance-therapist score task (task): mean, 1–5'
    demo_alliance_therapist_bond 'demo-alliance-therapist score bond (bond): mean, 1–5'
    session_vas_total 'session-vas score total (Session check total): sum, 0–40'.
VALUE LABELS
    a1 1 'Never' 2 'Rarely' 3 'Sometimes' 4 'Often' 5 'Always'
  /    a2 1 'Never' 2 'Rarely' 3 'Sometimes' 4 'Often' 5 'Always'
  /    a3 1 'Never' 2 'Rarely' 3 'Sometimes' 4 'Often' 5 'Always'
  /    a4 1 'Never' 2 'Rarely' 3 'Sometimes' 4 'Often' 5 'Always'
  /    a5 1 'Never' 2 'Rarely' 3 'Sometimes' 4 'Often' 5 'Always'
  /    a6 1 'Never' 2 'Rarely' 3 'Sometimes' 4 'Often' 5 'Always'
  /    a7 1 'Never' 2 'Rarely' 3 'Sometimes' 4 'Often' 5 'Always'
  /    a8 1 'Never' 2 'Rarely' 3 'Sometimes' 4 'Often' 5 'Always'
  /    a9 1 'Never' 2 'Rarely' 3 'Sometimes' 4 'Often' 5 'Always'
  /    sv1 0 'Not at all' 10 'Completely'
  /    sv2 0 'Not at all' 10 'Completely'
  /    sv3 0 'Not at all' 10 'Completely'
  /    sv4 0 'Not at all' 10 'Completely'.
EXECUTE.
