-- Bearer tokens of the HTTP API, stored only as their SHA-256: a copy of the table grants nothing.
CREATE TABLE api_tokens (
  token_hash VARCHAR(64) PRIMARY KEY,
  role VARCHAR(16) NOT NULL,
  trainee_id VARCHAR(255),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by VARCHAR(255)
);
CREATE INDEX api_tokens_role ON api_tokens (role);
