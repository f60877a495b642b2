-- A policy version stores its lexicons with their example files' texts (JSON, by language); together they outgrew
-- the 1,000,000 characters a VARCHAR holds here. PostgreSQL's TEXT has no such bound.
ALTER TABLE policy_versions ALTER COLUMN lexicons SET DATA TYPE CHARACTER LARGE OBJECT;
