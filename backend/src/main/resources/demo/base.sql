-- Demo organisations, projects and staff assignments, modelled on the seed projects.
-- Used by the explicit demo-data step of `make run` and by the backend tests; never by
-- production start-up. Idempotent (INSERT IGNORE), so it can run on every `make run`.

INSERT IGNORE INTO organisation (id, code, name, type, municipality_code) VALUES
  ('40000000-0000-0000-0000-000000000001', 'fsk', 'Samordningsförbundet Skaraborg', 'federation', NULL),
  ('40000000-0000-0000-0000-000000000002', 'af', 'Arbetsförmedlingen', 'employment_service', NULL),
  ('40000000-0000-0000-0000-000000000003', 'fk', 'Försäkringskassan', 'social_insurance', NULL),
  ('40000000-0000-0000-0000-000000000004', 'skovde-soc', 'Skövde kommun, socialtjänsten', 'municipal_social_services', '1496'),
  ('40000000-0000-0000-0000-000000000005', 'falkoping-am', 'Falköpings kommun, arbetsmarknadsenheten', 'municipal_labour_market', '1499'),
  ('40000000-0000-0000-0000-000000000006', 'vgr', 'Västra Götalandsregionen, primärvården', 'region_healthcare', NULL),
  ('40000000-0000-0000-0000-000000000007', 'kla', 'Klarälvdalens samordningsförbund', 'federation', NULL),
  ('40000000-0000-0000-0000-000000000008', 'hagfors-soc', 'Hagfors kommun, socialtjänsten', 'municipal_social_services', '1783'),
  ('40000000-0000-0000-0000-000000000009', 'rvarmland', 'Region Värmland, vårdcentralerna', 'region_healthcare', NULL);

INSERT IGNORE INTO project (id, federation_id, name, description, start_date, end_date, min_age, max_age, min_known_agencies,
    assessment_interval_months, max_stay_months, extension_months, goal_work_or_studies_pct, goal_step_forward_pct,
    goal_wellbeing_improved_pct, version) VALUES
  ('30000000-0000-0000-0000-000000000001', '40000000-0000-0000-0000-000000000001', 'Cresco+',
   'Individuellt stöd med BIP-metoden i Skaraborg: progressionsmätning var tredje månad och parallella insatser.',
   '2024-01-01', NULL, 18, 64, 2, 3, 12, 6, 30, 80, NULL, 0),
  ('30000000-0000-0000-0000-000000000002', '40000000-0000-0000-0000-000000000001', 'MAC',
   'Gruppcoachning i gruppstarter om högst tolv deltagare, två halvdagar i veckan, följt av arbetsprövning.',
   '2024-09-01', NULL, 18, 64, 1, 3, 6, 6, 30, 80, 80, 0),
  ('30000000-0000-0000-0000-000000000003', '40000000-0000-0000-0000-000000000007', 'REBUS',
   'Stegförflyttning med delmål i Klarälvdalen; uppföljning varannan månad; Supported Employment.',
   '2024-01-01', NULL, 18, 64, 2, 3, 12, 6, 30, 80, 80, 0);

INSERT IGNORE INTO project_municipality (project_id, municipality_code, capacity) VALUES
  ('30000000-0000-0000-0000-000000000001', '1496', 20),
  ('30000000-0000-0000-0000-000000000001', '1499', 15),
  ('30000000-0000-0000-0000-000000000001', '1494', 15),
  ('30000000-0000-0000-0000-000000000001', '1493', 10),
  ('30000000-0000-0000-0000-000000000002', '1496', 24),
  ('30000000-0000-0000-0000-000000000003', '1783', 17),
  ('30000000-0000-0000-0000-000000000003', '1763', 17),
  ('30000000-0000-0000-0000-000000000003', '1762', 6);

INSERT IGNORE INTO project_instrument (project_id, instrument_id) VALUES
  ('30000000-0000-0000-0000-000000000001', '20000000-0000-0000-0000-000000000001'),
  ('30000000-0000-0000-0000-000000000002', '20000000-0000-0000-0000-000000000001'),
  ('30000000-0000-0000-0000-000000000002', '20000000-0000-0000-0000-000000000003'),
  ('30000000-0000-0000-0000-000000000003', '20000000-0000-0000-0000-000000000001'),
  ('30000000-0000-0000-0000-000000000003', '20000000-0000-0000-0000-000000000003');

-- Spent: the whole of 2025, and 2026 up to November.
INSERT IGNORE INTO project_budget (project_id, budget_year, amount_sek, spent_sek) VALUES
  ('30000000-0000-0000-0000-000000000001', 2025, 3600000, 3480000),
  ('30000000-0000-0000-0000-000000000001', 2026, 3800000, 3150000),
  ('30000000-0000-0000-0000-000000000002', 2025, 2100000, 2050000),
  ('30000000-0000-0000-0000-000000000002', 2026, 2200000, 1790000),
  ('30000000-0000-0000-0000-000000000003', 2025, 4000000, 3920000),
  ('30000000-0000-0000-0000-000000000003', 2026, 4200000, 3310000);

-- The demo realm's users (docker/keycloak/stegvis-realm.json), with their fixed Keycloak ids.
INSERT IGNORE INTO app_user (id, username, display_name, organisation_code) VALUES
  ('5e9f1a00-0000-4000-8000-000000000001', 'anna', 'Anna Lindqvist', 'fsk'),
  ('5e9f1a00-0000-4000-8000-000000000002', 'erik', 'Erik Sandberg', 'fsk'),
  ('5e9f1a00-0000-4000-8000-000000000003', 'maria', 'Maria Holm', 'fsk'),
  ('5e9f1a00-0000-4000-8000-000000000004', 'lars', 'Lars Ek', 'af'),
  ('5e9f1a00-0000-4000-8000-000000000005', 'karin', 'Karin Berg', 'fk'),
  ('5e9f1a00-0000-4000-8000-000000000006', 'sara', 'Sara Nyström', 'fsk'),
  ('5e9f1a00-0000-4000-8000-000000000007', 'admin', 'Ada Admin', 'fsk');

-- Anna coordinates in Skövde and Falköping (Cresco+) and in MAC; Erik in Lidköping and
-- Mariestad (Cresco+) and in REBUS; Maria manages all three projects.
INSERT IGNORE INTO user_assignment (id, user_id, project_id, municipality_code) VALUES
  ('31000000-0000-0000-0000-000000000001', '5e9f1a00-0000-4000-8000-000000000001', '30000000-0000-0000-0000-000000000001', '1496'),
  ('31000000-0000-0000-0000-000000000002', '5e9f1a00-0000-4000-8000-000000000001', '30000000-0000-0000-0000-000000000001', '1499'),
  ('31000000-0000-0000-0000-000000000003', '5e9f1a00-0000-4000-8000-000000000001', '30000000-0000-0000-0000-000000000002', NULL),
  ('31000000-0000-0000-0000-000000000004', '5e9f1a00-0000-4000-8000-000000000002', '30000000-0000-0000-0000-000000000001', '1494'),
  ('31000000-0000-0000-0000-000000000005', '5e9f1a00-0000-4000-8000-000000000002', '30000000-0000-0000-0000-000000000001', '1493'),
  ('31000000-0000-0000-0000-000000000006', '5e9f1a00-0000-4000-8000-000000000002', '30000000-0000-0000-0000-000000000003', NULL),
  ('31000000-0000-0000-0000-000000000007', '5e9f1a00-0000-4000-8000-000000000003', '30000000-0000-0000-0000-000000000001', NULL),
  ('31000000-0000-0000-0000-000000000008', '5e9f1a00-0000-4000-8000-000000000003', '30000000-0000-0000-0000-000000000002', NULL),
  ('31000000-0000-0000-0000-000000000009', '5e9f1a00-0000-4000-8000-000000000003', '30000000-0000-0000-0000-000000000003', NULL);
