-- Reviews: a rule's verdict in rule_verdicts and a session's score are the final ones (a reviewer's override where
-- there is one); the machine's stay beside them. Written by the scoring projection and, on overrides, ReviewProjection.
ALTER TABLE rule_verdicts ADD COLUMN machine_verdict VARCHAR(8);
UPDATE rule_verdicts SET machine_verdict = verdict;
ALTER TABLE rule_verdicts ALTER COLUMN machine_verdict SET NOT NULL;
ALTER TABLE session_scores ADD COLUMN machine_score DOUBLE PRECISION;
ALTER TABLE session_scores ADD COLUMN machine_passed BOOLEAN;
UPDATE session_scores SET machine_score = score, machine_passed = passed;
ALTER TABLE session_scores ALTER COLUMN machine_score SET NOT NULL;
ALTER TABLE session_scores ALTER COLUMN machine_passed SET NOT NULL;
ALTER TABLE session_scores ADD COLUMN overridden INT DEFAULT 0 NOT NULL;

-- The latest override of each rule of a session (ReviewProjection).
CREATE TABLE review_overrides (
  session_id VARCHAR(255) NOT NULL,
  rule_id VARCHAR(255) NOT NULL,
  machine_verdict VARCHAR(8) NOT NULL,
  before_verdict VARCHAR(8) NOT NULL,
  verdict VARCHAR(8) NOT NULL,
  reason VARCHAR(4000) NOT NULL,
  reviewer VARCHAR(255) NOT NULL,
  reviewer_role VARCHAR(16) NOT NULL,
  dispute_id VARCHAR(32),
  overridden_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (session_id, rule_id)
);

CREATE TABLE review_comments (
  session_id VARCHAR(255) NOT NULL,
  review_seq_nr BIGINT NOT NULL,
  event_seq_nr BIGINT,
  rule_id VARCHAR(255),
  comment VARCHAR(4000) NOT NULL,
  author VARCHAR(255) NOT NULL,
  author_role VARCHAR(16) NOT NULL,
  added_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (session_id, review_seq_nr)
);

CREATE TABLE review_disputes (
  session_id VARCHAR(255) NOT NULL,
  dispute_id VARCHAR(32) NOT NULL,
  workshop_id VARCHAR(255) NOT NULL,
  trainee_id VARCHAR(255) NOT NULL,
  rule_id VARCHAR(255) NOT NULL,
  verdict VARCHAR(8) NOT NULL,
  message VARCHAR(4000) NOT NULL,
  opened_at TIMESTAMP WITH TIME ZONE NOT NULL,
  status VARCHAR(16) NOT NULL,
  decided_by VARCHAR(255),
  decision_reason VARCHAR(4000),
  verdict_after VARCHAR(8),
  decided_at TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (session_id, dispute_id)
);
CREATE INDEX review_disputes_status ON review_disputes (status, opened_at);
CREATE INDEX review_disputes_workshop ON review_disputes (workshop_id, trainee_id);

CREATE TABLE review_reviewers (
  session_id VARCHAR(255) NOT NULL,
  reviewer_id VARCHAR(255) NOT NULL,
  invited_by VARCHAR(255) NOT NULL,
  invited_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (session_id, reviewer_id)
);
CREATE INDEX review_reviewers_reviewer ON review_reviewers (reviewer_id);

-- Calibrations and how far each reviewer has got (ReviewProjection); their verdicts stay in the journal.
CREATE TABLE calibrations (
  calibration_id VARCHAR(255) PRIMARY KEY,
  title VARCHAR(500) NOT NULL,
  created_by VARCHAR(255) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  sessions INT NOT NULL,
  rules INT NOT NULL
);

CREATE TABLE calibration_reviewers (
  calibration_id VARCHAR(255) NOT NULL,
  reviewer_id VARCHAR(255) NOT NULL,
  scored INT NOT NULL,
  PRIMARY KEY (calibration_id, reviewer_id)
);
CREATE INDEX calibration_reviewers_reviewer ON calibration_reviewers (reviewer_id);

CREATE TABLE calibration_sessions (
  calibration_id VARCHAR(255) NOT NULL,
  session_id VARCHAR(255) NOT NULL,
  PRIMARY KEY (calibration_id, session_id)
);
CREATE INDEX calibration_sessions_session ON calibration_sessions (session_id);
