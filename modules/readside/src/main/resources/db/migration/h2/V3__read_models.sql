-- Read models, written by the projections in the same transaction as their offsets.

-- One row per event of every session and workshop, in the journal's global order (AuditTrailProjection).
CREATE TABLE audit_events (
  ordering BIGINT PRIMARY KEY,
  persistence_id VARCHAR(255) NOT NULL,
  seq_nr BIGINT NOT NULL,
  event_type VARCHAR(64) NOT NULL,
  session_id VARCHAR(255),
  workshop_id VARCHAR(255),
  trainee_id VARCHAR(255),
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
  payload VARCHAR(1000000) NOT NULL,
  prev_hash VARCHAR(64),
  hash VARCHAR(64),
  CONSTRAINT audit_events_event UNIQUE (persistence_id, seq_nr)
);
CREATE INDEX audit_events_workshop ON audit_events (workshop_id, ordering);
CREATE INDEX audit_events_trainee ON audit_events (trainee_id, ordering);
CREATE INDEX audit_events_session ON audit_events (session_id, ordering);
CREATE INDEX audit_events_type ON audit_events (event_type, ordering);
CREATE INDEX audit_events_time ON audit_events (occurred_at, ordering);

-- Sessions as started and ended (ScoringProjection).
CREATE TABLE sessions (
  session_id VARCHAR(255) PRIMARY KEY,
  workshop_id VARCHAR(255) NOT NULL,
  trainee_id VARCHAR(255) NOT NULL,
  trainee_name VARCHAR(255),
  scenario_id VARCHAR(255) NOT NULL,
  scenario_title VARCHAR(500),
  scenario_sha256 VARCHAR(64) NOT NULL,
  channel VARCHAR(32) NOT NULL,
  language VARCHAR(16) NOT NULL,
  policy_id VARCHAR(255) NOT NULL,
  policy_version INT NOT NULL,
  agent_name VARCHAR(255),
  agent_script VARCHAR(255),
  clock VARCHAR(16) NOT NULL,
  started_at TIMESTAMP WITH TIME ZONE NOT NULL,
  ended_at TIMESTAMP WITH TIME ZONE,
  outcome VARCHAR(32),
  ended_by VARCHAR(32),
  final_mood INT,
  events BIGINT
);
CREATE INDEX sessions_workshop ON sessions (workshop_id, trainee_id);
CREATE INDEX sessions_trainee ON sessions (trainee_id);

-- A session's score under one policy version; rescoring adds rows for another version, never replaces.
CREATE TABLE session_scores (
  session_id VARCHAR(255) NOT NULL,
  policy_id VARCHAR(255) NOT NULL,
  policy_version INT NOT NULL,
  score DOUBLE PRECISION NOT NULL,
  passed BOOLEAN NOT NULL,
  outcome VARCHAR(32) NOT NULL,
  critical_failures VARCHAR(2000) NOT NULL,
  scored_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (session_id, policy_id, policy_version)
);

CREATE TABLE rule_verdicts (
  session_id VARCHAR(255) NOT NULL,
  policy_id VARCHAR(255) NOT NULL,
  policy_version INT NOT NULL,
  rule_id VARCHAR(255) NOT NULL,
  position INT NOT NULL,
  verdict VARCHAR(8) NOT NULL,
  critical BOOLEAN NOT NULL,
  weight DOUBLE PRECISION NOT NULL,
  explanation VARCHAR(4000) NOT NULL,
  evidence VARCHAR(1000000) NOT NULL,
  PRIMARY KEY (session_id, policy_id, policy_version, rule_id)
);

-- Per trainee and workshop, under one policy version: the aggregate the KPIs are read from.
CREATE TABLE trainee_kpis (
  workshop_id VARCHAR(255) NOT NULL,
  trainee_id VARCHAR(255) NOT NULL,
  policy_id VARCHAR(255) NOT NULL,
  policy_version INT NOT NULL,
  sessions INT NOT NULL,
  passed INT NOT NULL,
  score_sum DOUBLE PRECISION NOT NULL,
  answered_applicable INT NOT NULL,
  answered_in_time INT NOT NULL,
  satisfied INT NOT NULL,
  complaints INT NOT NULL,
  complaints_satisfied INT NOT NULL,
  hung_up INT NOT NULL,
  PRIMARY KEY (workshop_id, trainee_id, policy_id, policy_version)
);

-- Workshops as created, with trainees and assigned sessions (WorkshopProjection).
CREATE TABLE workshops (
  workshop_id VARCHAR(255) PRIMARY KEY,
  definition_id VARCHAR(255) NOT NULL,
  title VARCHAR(500) NOT NULL,
  policy_id VARCHAR(255) NOT NULL,
  policy_version INT NOT NULL,
  mode VARCHAR(16) NOT NULL,
  scenarios VARCHAR(4000) NOT NULL,
  sha256 VARCHAR(64),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  feedback_released BOOLEAN NOT NULL,
  closed_at TIMESTAMP WITH TIME ZONE,
  close_reason VARCHAR(255)
);
CREATE INDEX workshops_definition ON workshops (definition_id);

CREATE TABLE workshop_trainees (
  workshop_id VARCHAR(255) NOT NULL,
  trainee_id VARCHAR(255) NOT NULL,
  name VARCHAR(255) NOT NULL,
  agent VARCHAR(255),
  live BOOLEAN NOT NULL,
  PRIMARY KEY (workshop_id, trainee_id)
);

CREATE TABLE workshop_sessions (
  session_id VARCHAR(255) PRIMARY KEY,
  workshop_id VARCHAR(255) NOT NULL,
  trainee_id VARCHAR(255) NOT NULL,
  scenario_id VARCHAR(255) NOT NULL,
  assigned_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX workshop_sessions_workshop ON workshop_sessions (workshop_id);

-- Every scenario and policy version a session ran with, by content: sessions stay scorable when files change.
CREATE TABLE scenario_versions (
  sha256 VARCHAR(64) PRIMARY KEY,
  scenario_id VARCHAR(255) NOT NULL,
  file_name VARCHAR(1000) NOT NULL,
  content VARCHAR(1000000) NOT NULL,
  first_used TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE policy_versions (
  policy_id VARCHAR(255) NOT NULL,
  version INT NOT NULL,
  sha256 VARCHAR(64) NOT NULL,
  content VARCHAR(1000000) NOT NULL,
  lexicons VARCHAR(1000000) NOT NULL,
  first_used TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (policy_id, version)
);
