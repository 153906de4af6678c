-- Benchmark data generator: national-scale data written with bulk INSERT ... SELECT over MariaDB's
-- Sequence engine (seq_1_to_N), no round trip per row. Run by bench/generate.sh, which sets
--   @P     participants (e.g. 1000, 10000, 100000)
--   @SEED  seed (every "random" choice is CRC32(seed, table, row): same seed + same day = same data)
--   @TODAY the day the data is relative to (due dates and caseload flags are computed from it)
-- against a database migrated by the backend (Flyway) with demo/base.sql loaded (organisations,
-- the demo users with their Keycloak ids, the demo projects).
--
-- Shape: participants are spread over "slots" of 60 (one coordinator, one project municipality);
-- three slots make a project. About two thirds of the enrollments are open, so every coordinator
-- has a caseload of about 40 — whatever the size. Slot 0 belongs to the demo user anna (the
-- caseload and participant-page scenarios); the demo user maria manages projects 0–4 (the
-- assessment scenario). Participants are anonymous (identity_type 'none'): no encryption needed.
--
-- Per enrollment: 3–6 interventions spread over time, a BIP measurement every third month (11
-- ratings each), 1–3 plan goals with 1–3 sub-goals, a plan follow-up about every second month,
-- phase and coordinator history, two journal notes; half came through a referral (with events and
-- consent); exited enrollments carry an exit (outcome, SUS at exit) and, after six months, a
-- follow-up. Five percent more referrals are still pending.

SET SESSION foreign_key_checks = 0;
SET SESSION unique_checks = 0;
SET SESSION sql_log_bin = 0;
SET SESSION max_recursive_iterations = 1000000;

SET @SP = LPAD(LOWER(HEX(@SEED MOD 4294967296)), 8, '0');
SET @SLOTS = CEIL(@P / 60);
SET @PROJECTS = CEIL(@SLOTS / 3);
SET @ANNA = '5e9f1a00-0000-4000-8000-000000000001';
SET @MARIA = '5e9f1a00-0000-4000-8000-000000000003';
SET @BIP = '20000000-0000-0000-0000-000000000001';
SET @WB = '20000000-0000-0000-0000-000000000003';
SET @FED = '40000000-0000-0000-0000-000000000001';
SET @AF = '40000000-0000-0000-0000-000000000002';
SET @FK = '40000000-0000-0000-0000-000000000003';

DELIMITER //
-- bench_id(kind, n): a deterministic UUID: seed, kind, running number.
CREATE OR REPLACE FUNCTION bench_id(kind CHAR(4), n BIGINT) RETURNS CHAR(36) DETERMINISTIC
  RETURN CONCAT(@SP, '-', kind, '-4000-8000-', LPAD(LOWER(HEX(n)), 12, '0'))//
-- bench_rnd(tag, n, k): a deterministic pseudo-random 32-bit number.
CREATE OR REPLACE FUNCTION bench_rnd(tag VARCHAR(8), n BIGINT, k INT) RETURNS BIGINT DETERMINISTIC
  RETURN CRC32(CONCAT(@SEED, ':', tag, ':', n, ':', k))//
DELIMITER ;

-- --- Helper tables (dropped at the end) ----------------------------------------------------------
CREATE OR REPLACE TABLE bench_mun (i INT PRIMARY KEY, code CHAR(4) NOT NULL) ENGINE = InnoDB
  AS SELECT ROW_NUMBER() OVER (ORDER BY code) - 1 AS i, code FROM municipality;
SET @MUNS = (SELECT COUNT(*) FROM bench_mun);

CREATE OR REPLACE TABLE bench_type (i INT PRIMARY KEY, id UUID NOT NULL, category VARCHAR(20) NOT NULL) ENGINE = InnoDB
  AS SELECT ROW_NUMBER() OVER (ORDER BY code) - 1 AS i, id, category FROM intervention_type WHERE active AND project_id IS NULL;
CREATE OR REPLACE TABLE bench_jtype (i INT PRIMARY KEY, id UUID NOT NULL) ENGINE = InnoDB
  AS SELECT ROW_NUMBER() OVER (ORDER BY code) - 1 AS i, id FROM intervention_type
     WHERE active AND project_id IS NULL AND category = 'job_focused';
SET @TYPES = (SELECT COUNT(*) FROM bench_type);
SET @JTYPES = (SELECT COUNT(*) FROM bench_jtype);

-- Slots: one coordinator each (slot 0: anna), one municipality of a project.
SET @q = CONCAT('CREATE OR REPLACE TABLE bench_slot (s INT PRIMARY KEY, project UUID NOT NULL, mun CHAR(4) NOT NULL,',
  ' coordinator UUID NOT NULL) ENGINE = InnoDB AS SELECT seq - 1 AS s, bench_id(''b001'', (seq - 1) DIV 3) AS project,',
  ' (SELECT code FROM bench_mun WHERE i = (seq - 1) MOD @MUNS) AS mun,',
  ' IF(seq = 1, @ANNA, bench_id(''b002'', seq - 1)) AS coordinator FROM seq_1_to_', @SLOTS);
PREPARE st FROM @q; EXECUTE st; DEALLOCATE PREPARE st;

-- One row per participant (and their one enrollment) with every derived choice.
SET @q = CONCAT('CREATE OR REPLACE TABLE bench_pe (n INT PRIMARY KEY, s INT NOT NULL, r1 BIGINT, r2 BIGINT, r3 BIGINT, r4 BIGINT)',
  ' ENGINE = InnoDB AS SELECT seq AS n, (seq - 1) MOD @SLOTS AS s, bench_rnd(''p1'', seq, 0) AS r1, bench_rnd(''p2'', seq, 0) AS r2,',
  ' bench_rnd(''p3'', seq, 0) AS r3, bench_rnd(''p4'', seq, 0) AS r4 FROM seq_1_to_', @P);
PREPARE st FROM @q; EXECUTE st; DEALLOCATE PREPARE st;

ALTER TABLE bench_pe
  ADD COLUMN is_open BOOLEAN, ADD COLUMN start_date DATE, ADD COLUMN exit_date DATE, ADD COLUMN until DATE,
  ADD COLUMN n_int INT, ADD COLUMN n_ass INT, ADD COLUMN n_fu INT, ADD COLUMN n_goals INT, ADD COLUMN referred BOOLEAN,
  ADD COLUMN project UUID, ADD COLUMN mun CHAR(4), ADD COLUMN coordinator UUID, ADD COLUMN sex VARCHAR(10), ADD COLUMN outcome VARCHAR(30);
UPDATE bench_pe b JOIN bench_slot sl ON sl.s = b.s SET
  b.project = sl.project, b.mun = sl.mun, b.coordinator = sl.coordinator,
  -- two of every three participants of a slot are open: 40 of 60
  b.is_open = ((b.n - 1) DIV @SLOTS) MOD 3 <> 2,
  b.referred = (b.r1 DIV 100) MOD 2 = 0,
  b.sex = IF(b.r2 MOD 2 = 0, 'female', 'male'),
  b.n_goals = 1 + b.r4 MOD 3;
UPDATE bench_pe SET start_date = IF(is_open, @TODAY - INTERVAL (r2 MOD 365) DAY, @TODAY - INTERVAL (150 + r2 MOD 600) DAY);
UPDATE bench_pe SET exit_date = IF(is_open, NULL, LEAST(start_date + INTERVAL (60 + r3 MOD 300) DAY, @TODAY - INTERVAL 1 DAY)),
  outcome = IF(is_open, NULL, ELT(1 + (r3 DIV 7) MOD 10, 'work', 'work', 'work', 'studies', 'studies',
      'rehabilitation_elsewhere', 'rehabilitation_elsewhere', 'moved', 'illness', 'dropped_out'));
UPDATE bench_pe SET until = COALESCE(exit_date, @TODAY);
UPDATE bench_pe SET n_int = 3 + r3 MOD 4,
  -- a measurement at the start and every third month; one in ten open ones is overdue (the last one missing)
  n_ass = GREATEST(1, FLOOR(TIMESTAMPDIFF(MONTH, start_date, until) / 3) + 1
      - IF(is_open AND r4 MOD 10 = 0 AND TIMESTAMPDIFF(MONTH, start_date, until) >= 3, 1, 0)),
  -- plan follow-ups about every second month; one in five open ones has missed the latest
  n_fu = GREATEST(0, FLOOR((DATEDIFF(until, start_date) - 14) / 60) + 1 - IF(is_open AND r4 MOD 5 = 1, 1, 0));

-- --- Organisation side: projects, their municipalities and instruments, coordinators ------------
INSERT INTO project (id, federation_id, name, description, start_date, end_date, min_age, max_age, min_known_agencies,
    assessment_interval_months, max_stay_months, extension_months, goal_work_or_studies_pct, goal_step_forward_pct,
    goal_wellbeing_improved_pct, version)
  SELECT DISTINCT project, @FED, CONCAT('Benchprojekt ', s DIV 3), 'Genererat för make bench.', '2023-01-01', NULL,
    18, 64, 0, 3, 12, 6, 30, 80, NULL, 0
  FROM bench_slot WHERE s MOD 3 = 0;
INSERT INTO project_municipality (project_id, municipality_code, capacity) SELECT project, mun, 1000 FROM bench_slot;
INSERT INTO project_instrument (project_id, instrument_id) SELECT project, @BIP FROM bench_slot WHERE s MOD 3 = 0;
INSERT INTO project_instrument (project_id, instrument_id) SELECT project, @WB FROM bench_slot WHERE s MOD 3 = 0;
INSERT INTO app_user (id, username, display_name, organisation_code)
  SELECT coordinator, CONCAT('bench-coordinator-', s), CONCAT('Samordnare ', s), 'fsk' FROM bench_slot WHERE s > 0;
INSERT INTO user_assignment (id, user_id, project_id, municipality_code)
  SELECT bench_id('b010', s), coordinator, project, mun FROM bench_slot;
INSERT INTO user_assignment (id, user_id, project_id, municipality_code)
  SELECT bench_id('b011', s), @MARIA, project, NULL FROM bench_slot WHERE s MOD 3 = 0 AND s < 15;

-- --- Participants and enrollments ------------------------------------------------------------------
INSERT INTO participant (id, identity_type, identity_cipher, identity_hash, identity_masked, birth_date, protected_identity,
    first_name, last_name, sex, birth_year, home_municipality_code, education, interpreter_needed, interpreter_language,
    created_by, created_at, updated_at, version)
  SELECT bench_id('b003', n), 'none', NULL, NULL, NULL, NULL, FALSE,
    IF(sex = 'female',
       ELT(1 + r2 DIV 2 MOD 20, 'Emma', 'Sara', 'Maja', 'Elin', 'Johanna', 'Linnea', 'Fatima', 'Amina', 'Lena', 'Eva',
           'Sofia', 'Hanna', 'Ida', 'Jenny', 'Malin', 'Camilla', 'Therese', 'Frida', 'Nour', 'Leila'),
       ELT(1 + r2 DIV 2 MOD 20, 'Johan', 'Mikael', 'Anders', 'Peter', 'Daniel', 'Marcus', 'Oskar', 'Ahmed', 'Mohammed',
           'Ali', 'Fredrik', 'Stefan', 'Jonas', 'Patrik', 'Niklas', 'Tobias', 'Simon', 'Viktor', 'Emil', 'Hassan')),
    ELT(1 + r3 DIV 4 MOD 30, 'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson',
        'Svensson', 'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg',
        'Jakobsson', 'Magnusson', 'Olofsson', 'Lindström', 'Axelsson', 'Berglund', 'Bergström', 'Lundberg', 'Lundgren',
        'Mohamed', 'Hussein', 'Abdi', 'Yusuf'),
    sex, 1961 + r4 DIV 3 MOD 45, mun,
    ELT(1 + r1 DIV 200 MOD 6, 'unknown', 'compulsory_incomplete', 'compulsory', 'upper_secondary', 'upper_secondary',
        'post_secondary_short'),
    r4 DIV 5 MOD 8 = 0, IF(r4 DIV 5 MOD 8 = 0, 'arabiska', NULL),
    NULL, TIMESTAMP(start_date - INTERVAL 7 DAY, '09:00:00'), TIMESTAMP(start_date - INTERVAL 7 DAY, '09:00:00'), 0
  FROM bench_pe;

INSERT INTO enrollment (id, participant_id, project_id, municipality_code, start_date, planned_end_date, status, phase,
    coordinator_id, caseworker_name, caseworker_organisation_id, caseworker_email, referral_id,
    sus_entry_employment, sus_entry_extent_pct, sus_entry_income_sources, sus_entry_months_support,
    sus_exit_employment, sus_exit_extent_pct, sus_exit_income_sources, sus_exit_months_support,
    exit_date, exit_outcome, exit_work_extent_pct, exit_wage_subsidy, exit_summary,
    follow_up_date, follow_up_outcome, follow_up_note, open_marker, created_at, version)
  SELECT bench_id('b004', n), bench_id('b003', n), project, mun, start_date, start_date + INTERVAL 12 MONTH,
    IF(is_open, 'open', 'exited'),
    CASE WHEN NOT is_open THEN 'exit' WHEN DATEDIFF(@TODAY, start_date) >= 150 AND r1 MOD 3 = 0 THEN 'trial'
         WHEN DATEDIFF(@TODAY, start_date) >= 30 THEN 'activity' ELSE 'mapping' END,
    coordinator, CONCAT(ELT(1 + r2 DIV 40 MOD 5, 'Lars', 'Karin', 'Ahmed', 'Eva', 'Nils'), ' ',
      ELT(1 + r3 DIV 40 MOD 5, 'Ek', 'Berg', 'Holm', 'Lund', 'Strand')),
    IF(r2 DIV 3 MOD 2 = 0, @AF, @FK), 'handlaggare@example.se', IF(referred, bench_id('b00c', n), NULL),
    IF(r2 DIV 7 MOD 10 < 6, 'none', 'job_seeking'), 0,
    ELT(1 + r3 DIV 9 MOD 4, '["social_assistance"]', '["sickness_benefit"]', '["activity_support"]',
        '["social_assistance", "activity_support"]'), 6 + r4 MOD 60,
    IF(is_open, NULL, CASE outcome WHEN 'work' THEN 'work' WHEN 'studies' THEN 'studies' ELSE 'none' END),
    IF(is_open, NULL, IF(outcome = 'work', 50 + 25 * (r4 MOD 3), 0)),
    IF(is_open, NULL, CASE outcome WHEN 'work' THEN '["salary"]' WHEN 'studies' THEN '["student_aid"]' ELSE '["sickness_benefit"]' END),
    IF(is_open, NULL, 12 + r4 MOD 48),
    exit_date, outcome, IF(outcome = 'work', 50 + 25 * (r4 MOD 3), NULL), IF(outcome = 'work', r4 MOD 2 = 0, NULL),
    IF(is_open, NULL, 'Avslut efter genomförda insatser enligt planen. Handläggaren är informerad.'),
    IF(NOT is_open AND exit_date <= @TODAY - INTERVAL 6 MONTH, exit_date + INTERVAL 6 MONTH, NULL),
    IF(NOT is_open AND exit_date <= @TODAY - INTERVAL 6 MONTH,
       CASE outcome WHEN 'work' THEN 'work' WHEN 'studies' THEN 'studies' ELSE 'job_seeking' END, NULL),
    NULL, IF(is_open, 1, NULL), TIMESTAMP(start_date, '09:00:00'), 0
  FROM bench_pe;

INSERT INTO enrollment_coordinator (id, enrollment_id, coordinator_id, from_date, to_date, changed_by)
  SELECT bench_id('b00b', n), bench_id('b004', n), coordinator, start_date, NULL, coordinator FROM bench_pe;

-- Phases: mapping at the start, activity after a month, trial for some, exit at the exit.
INSERT INTO enrollment_phase (id, enrollment_id, phase, from_date, changed_by, changed_at)
  SELECT bench_id('b00a', n * 4 + k.seq), bench_id('b004', n), ELT(k.seq, 'mapping', 'activity', 'trial', 'exit'),
    CASE k.seq WHEN 1 THEN start_date WHEN 2 THEN start_date + INTERVAL 30 DAY WHEN 3 THEN start_date + INTERVAL 150 DAY
      ELSE exit_date END, coordinator,
    TIMESTAMP(CASE k.seq WHEN 1 THEN start_date WHEN 2 THEN start_date + INTERVAL 30 DAY
      WHEN 3 THEN start_date + INTERVAL 150 DAY ELSE exit_date END, '10:00:00')
  FROM bench_pe JOIN seq_1_to_4 k
  WHERE k.seq = 1
     OR (k.seq = 2 AND start_date + INTERVAL 30 DAY <= until)
     OR (k.seq = 3 AND r1 MOD 3 = 0 AND start_date + INTERVAL 150 DAY <= until)
     OR (k.seq = 4 AND NOT is_open);

-- --- Interventions: 3–6 over time, the first job-focused ------------------------------------------
INSERT INTO intervention (id, enrollment_id, type_id, provider_organisation_id, provider_name, start_date, planned_end_date,
    end_date, hours_per_week, status, note, created_at, version)
  SELECT bench_id('b005', n * 8 + k), bench_id('b004', n), type_id, NULL, IF(k MOD 2 = 0, 'Arbetsplats i kommunen', NULL),
    s_date, planned_end,
    CASE WHEN NOT is_open THEN LEAST(planned_end, exit_date) WHEN planned_end > @TODAY THEN NULL ELSE planned_end END,
    2 + (rk MOD 8) * 2,
    CASE WHEN NOT is_open THEN IF(planned_end > exit_date AND outcome NOT IN ('work', 'studies'), 'cancelled', 'completed')
         WHEN planned_end > @TODAY THEN 'ongoing' ELSE 'completed' END,
    NULL, TIMESTAMP(s_date, '11:00:00'), 0
  FROM (
    SELECT b.n, k.seq AS k, b.is_open, b.exit_date, b.outcome, bench_rnd('i', b.n, k.seq) AS rk,
      IF(k.seq = 1, (SELECT id FROM bench_jtype WHERE i = bench_rnd('i', b.n, k.seq) MOD @JTYPES),
                    (SELECT id FROM bench_type WHERE i = bench_rnd('i', b.n, k.seq) MOD @TYPES)) AS type_id,
      b.start_date + INTERVAL LEAST(FLOOR(DATEDIFF(b.until, b.start_date) * (k.seq - 1) / b.n_int)
          + bench_rnd('i', b.n, k.seq) MOD 10, GREATEST(0, DATEDIFF(b.until, b.start_date) - 3)) DAY AS s_date,
      -- the first (job-focused) one of most open enrollments runs past today; one in seven has a gap
      IF(k.seq = 1 AND b.is_open AND b.r4 MOD 7 <> 0,
         @TODAY + INTERVAL (20 + bench_rnd('i', b.n, k.seq) MOD 80) DAY,
         b.start_date + INTERVAL LEAST(FLOOR(DATEDIFF(b.until, b.start_date) * (k.seq - 1) / b.n_int)
             + bench_rnd('i', b.n, k.seq) MOD 10, GREATEST(0, DATEDIFF(b.until, b.start_date) - 3)) DAY
           + INTERVAL (42 + bench_rnd('i', b.n, k.seq) DIV 16 MOD 100) DAY) AS planned_end
    FROM bench_pe b JOIN seq_1_to_6 k ON k.seq <= b.n_int
  ) x;

-- --- Assessments: BIP (11 items) at the start and every third month ------------------------------
INSERT INTO assessment (id, enrollment_id, instrument_id, assessed_on, comment, recorded_by, created_at, version)
  SELECT bench_id('b006', b.n * 16 + k.seq), bench_id('b004', b.n), @BIP,
    LEAST(b.start_date + INTERVAL (3 * k.seq) MONTH + INTERVAL (bench_rnd('a', b.n, k.seq) MOD 7) DAY, b.until),
    NULL, b.coordinator,
    TIMESTAMP(LEAST(b.start_date + INTERVAL (3 * k.seq) MONTH + INTERVAL (bench_rnd('a', b.n, k.seq) MOD 7) DAY, b.until),
      '13:00:00'), 0
  FROM bench_pe b JOIN seq_0_to_15 k ON k.seq < b.n_ass;

INSERT INTO assessment_rating (assessment_id, item_id, participant_value, coordinator_value, comment)
  SELECT bench_id('b006', b.n * 16 + k.seq), it.id,
    IF(it.participant_rates, LEAST(5, 1 + (b.r1 + it.position) MOD 3 + k.seq DIV 2), NULL),
    LEAST(5, 1 + (b.r2 + it.position) MOD 3 + k.seq DIV 2), NULL
  FROM bench_pe b JOIN seq_0_to_15 k ON k.seq < b.n_ass
  JOIN instrument_item it ON it.instrument_id = @BIP;

UPDATE enrollment e JOIN (SELECT enrollment_id, MAX(assessed_on) AS last_on FROM assessment GROUP BY enrollment_id) a
    ON a.enrollment_id = e.id
  SET e.last_assessment_on = a.last_on,
      e.next_assessment_due = IF(e.status = 'open', a.last_on + INTERVAL 3 MONTH, NULL);

-- --- Action plan: goals, sub-goals, follow-up meetings about every second month ------------------
INSERT INTO plan_goal (id, enrollment_id, title, description, created_at, version)
  SELECT bench_id('b007', b.n * 4 + g.seq), bench_id('b004', b.n),
    ELT(1 + (b.r3 + g.seq) MOD 5, 'Komma ut i arbete eller praktik', 'Må bättre och orka mer i vardagen',
        'Hitta rätt utbildning', 'Bygga ett stödjande nätverk', 'Få ordning på ekonomin'),
    'Stegvis närma sig målet med stöd av samordnaren.',
    TIMESTAMP(LEAST(b.until, b.start_date + INTERVAL (7 + g.seq) DAY), '14:00:00'), 0
  FROM bench_pe b JOIN seq_1_to_3 g ON g.seq <= b.n_goals;

INSERT INTO plan_sub_goal (id, goal_id, description, target_date, status, achieved_on, linked_item_keys, created_at, version)
  SELECT bench_id('b008', (b.n * 4 + g.seq) * 4 + sg.seq), bench_id('b007', b.n * 4 + g.seq),
    ELT(1 + (b.r4 + g.seq + sg.seq) MOD 5, 'Uppdatera CV och personligt brev', 'Söka minst tre arbeten i veckan',
        'Promenera tre gånger i veckan', 'Träffa studie- och yrkesvägledare', 'Göra en månadsbudget'),
    b.start_date + INTERVAL (30 * sg.seq + 20 * g.seq) DAY,
    IF(b.start_date + INTERVAL (30 * sg.seq + 20 * g.seq) DAY <= b.until AND (b.r1 + sg.seq) MOD 10 < 6, 'achieved', 'open'),
    IF(b.start_date + INTERVAL (30 * sg.seq + 20 * g.seq) DAY <= b.until AND (b.r1 + sg.seq) MOD 10 < 6,
       b.start_date + INTERVAL (30 * sg.seq + 20 * g.seq) DAY, NULL),
    '["job_search"]', TIMESTAMP(LEAST(b.until, b.start_date + INTERVAL (7 + g.seq) DAY), '14:05:00'), 0
  FROM bench_pe b JOIN seq_1_to_3 g ON g.seq <= b.n_goals JOIN seq_1_to_3 sg ON sg.seq <= 1 + (b.r2 + g.seq) MOD 3;

INSERT INTO plan_follow_up (id, enrollment_id, meeting_date, attendees, note, recorded_by, created_at)
  SELECT bench_id('b009', b.n * 32 + m.seq), bench_id('b004', b.n), b.start_date + INTERVAL (14 + 60 * m.seq) DAY,
    'Deltagare, samordnare, handläggare', 'Uppföljning av handlingsplanen; delmålen justerades efter läget.',
    b.coordinator, TIMESTAMP(b.start_date + INTERVAL (14 + 60 * m.seq) DAY, '15:00:00')
  FROM bench_pe b JOIN seq_0_to_31 m ON m.seq < b.n_fu;

UPDATE enrollment e JOIN bench_pe b ON e.id = bench_id('b004', b.n)
  SET e.last_plan_follow_up_on = b.start_date + INTERVAL (14 + 60 * (b.n_fu - 1)) DAY
  WHERE b.n_fu > 0;

-- --- Journal: two notes per enrollment -------------------------------------------------------------
INSERT INTO journal_note (id, enrollment_id, note_date, category, body, author_id, created_at)
  SELECT bench_id('b00e', b.n * 2 + k.seq), bench_id('b004', b.n),
    b.start_date + INTERVAL ((bench_rnd('j', b.n, k.seq) MOD (DATEDIFF(b.until, b.start_date) + 1))) DAY,
    ELT(1 + k.seq, 'contact', 'meeting'),
    IF(k.seq = 0, 'Telefonsamtal med deltagaren inför kommande vecka.', 'Individuellt samtal. Vi gick igenom handlingsplanen.'),
    b.coordinator, TIMESTAMP(b.start_date, '16:00:00')
  FROM bench_pe b JOIN seq_0_to_1 k;

-- --- Referrals: half the enrollments came through one; 5 % more are pending -----------------------
INSERT INTO referral (id, project_id, municipality_code, status, referring_organisation_id, identity_type, identity_cipher,
    identity_hash, identity_masked, birth_date, birth_year, first_name, last_name, sex, home_municipality_code,
    caseworker_name, caseworker_organisation_id, caseworker_email, caseworker_phone, reason, background, known_to,
    sus_entry_employment, sus_entry_extent_pct, sus_entry_income_sources, sus_entry_months_support,
    consent_purposes, consent_given_on, consent_organisation_ids, consent_form_reference,
    decision_outcome, decided_on, planned_start_date, decided_by, enrollment_id,
    created_by, created_client, created_at, updated_at, version)
  SELECT bench_id('b00c', b.n), b.project, b.mun, 'enrolled', IF(b.r2 DIV 3 MOD 2 = 0, @AF, @FK), 'none', NULL,
    NULL, NULL, NULL, 1961 + b.r4 DIV 3 MOD 45, NULL, NULL, b.sex, b.mun,
    'Lars Ek', IF(b.r2 DIV 3 MOD 2 = 0, @AF, @FK), 'handlaggare@example.se', NULL,
    'Långvarigt utanför arbetsmarknaden, behöver samordnat stöd från flera parter.', NULL,
    CONCAT('["', @AF, '", "', @FK, '"]'), 'job_seeking', 0, '["social_assistance"]', 24,
    '["participation_sharing", "sus"]', b.start_date - INTERVAL 30 DAY, CONCAT('["', @AF, '"]'), NULL,
    'accepted', b.start_date - INTERVAL 10 DAY, b.start_date, @MARIA, bench_id('b004', b.n),
    NULL, 'partner-af', TIMESTAMP(b.start_date - INTERVAL 30 DAY, '08:30:00'), TIMESTAMP(b.start_date, '09:00:00'), 2
  FROM bench_pe b WHERE b.referred;

SET @q = CONCAT('INSERT INTO referral (id, project_id, municipality_code, status, referring_organisation_id, identity_type,',
  ' birth_year, sex, home_municipality_code, caseworker_name, caseworker_organisation_id, reason, known_to,',
  ' consent_purposes, consent_given_on, consent_organisation_ids, created_client, created_at, updated_at, version)',
  ' SELECT bench_id(''b00c'', @P + seq), sl.project, sl.mun, ELT(1 + seq MOD 3, ''submitted'', ''screened'', ''on_hold''),',
  ' @AF, ''none'', 1970 + seq MOD 30, IF(seq MOD 2 = 0, ''female'', ''male''), sl.mun, ''Lars Ek'', @AF,',
  ' ''Behöver samordnat stöd.'', CONCAT(''["'', @AF, ''"]''), ''["participation_sharing"]'', @TODAY - INTERVAL (seq MOD 20) DAY,',
  ' CONCAT(''["'', @AF, ''"]''), ''partner-af'', TIMESTAMP(@TODAY - INTERVAL (seq MOD 20) DAY, ''08:00:00''),',
  ' TIMESTAMP(@TODAY - INTERVAL (seq MOD 20) DAY, ''08:00:00''), 0',
  ' FROM seq_1_to_', GREATEST(1, @P DIV 20), ' JOIN bench_slot sl ON sl.s = seq MOD @SLOTS');
PREPARE st FROM @q; EXECUTE st; DEALLOCATE PREPARE st;

INSERT INTO referral_event (id, referral_id, type, status, reason, actor, occurred_at)
  SELECT bench_id('b00d', b.n * 2), bench_id('b00c', b.n), 'referral.submitted', 'submitted', NULL, 'partner-af',
    TIMESTAMP(b.start_date - INTERVAL 30 DAY, '08:30:00') FROM bench_pe b WHERE b.referred;
INSERT INTO referral_event (id, referral_id, type, status, reason, actor, occurred_at)
  SELECT bench_id('b00d', b.n * 2 + 1), bench_id('b00c', b.n), 'referral.enrolled', 'enrolled', NULL, 'Maria Holm',
    TIMESTAMP(b.start_date, '09:00:00') FROM bench_pe b WHERE b.referred;

INSERT INTO consent (id, participant_id, purpose, given_on, organisation_ids, form_reference, source_referral_id, recorded_by,
    recorded_at)
  SELECT bench_id('b00f', b.n), bench_id('b003', b.n), 'participation_sharing', b.start_date - INTERVAL 30 DAY,
    CONCAT('["', @AF, '"]'), NULL, bench_id('b00c', b.n), b.coordinator, TIMESTAMP(b.start_date, '09:00:00')
  FROM bench_pe b WHERE b.referred;

-- --- What the scenarios need, and a stamp ----------------------------------------------------------
CREATE OR REPLACE TABLE bench_meta (k VARCHAR(40) PRIMARY KEY, v VARCHAR(200)) ENGINE = InnoDB;
INSERT INTO bench_meta VALUES ('participants', @P), ('seed', @SEED), ('today', @TODAY), ('slots', @SLOTS),
  ('projects', @PROJECTS);

-- The reference transaction's rows: the participants' columns the references read, in a table of
-- the benchmark's own. participant carries a product trigger (V96) that a bare read-and-write of one
-- row should not pay for.
CREATE OR REPLACE TABLE bench_row (id UUID PRIMARY KEY, first_name VARCHAR(100) NULL, last_name VARCHAR(100) NULL,
    sex VARCHAR(10) NOT NULL, birth_year INT NOT NULL, version BIGINT NOT NULL, updated_at TIMESTAMP(3) NOT NULL) ENGINE = InnoDB
  AS SELECT id, first_name, last_name, sex, birth_year, version, updated_at FROM participant;

DROP TABLE bench_type, bench_jtype, bench_mun;
SET SESSION foreign_key_checks = 1;
SET SESSION unique_checks = 1;
