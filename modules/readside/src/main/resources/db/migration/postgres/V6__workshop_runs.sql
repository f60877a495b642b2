-- The last run number given out for each workshop file (<file id>-<n>): every node takes the next one here, in one
-- transaction, so two runs started at once on two nodes never get the same workshop id.
CREATE TABLE workshop_run_numbers (
  definition_id VARCHAR(255) PRIMARY KEY,
  last_run INT NOT NULL
);

-- A workshop's latest run of its scripted sessions, from its RunStarted and RunFinished events (WorkshopProjection).
CREATE TABLE workshop_runs (
  workshop_id VARCHAR(255) PRIMARY KEY,
  runner VARCHAR(500) NOT NULL,
  sessions INT NOT NULL,
  started_at TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at TIMESTAMP WITH TIME ZONE,
  failures VARCHAR(1000000)
);
