-- Tokens with a public id (listed and revoked by it; the secret stays unknowable), bound for trainees to one
-- workshop, optionally expiring, revocable, and with when each was last used.
ALTER TABLE api_tokens ADD COLUMN token_id VARCHAR(32);
ALTER TABLE api_tokens ADD COLUMN workshop_id VARCHAR(255);
ALTER TABLE api_tokens ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE api_tokens ADD COLUMN revoked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE api_tokens ADD COLUMN revoked_by VARCHAR(255);
ALTER TABLE api_tokens ADD COLUMN last_used_at TIMESTAMP WITH TIME ZONE;
UPDATE api_tokens SET token_id = SUBSTRING(token_hash, 1, 16);
ALTER TABLE api_tokens ALTER COLUMN token_id SET NOT NULL;
CREATE UNIQUE INDEX api_tokens_id ON api_tokens (token_id);
