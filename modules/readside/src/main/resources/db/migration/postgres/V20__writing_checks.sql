-- Spelling and grammar findings by text: a text checked once is not checked again by the same checker version.
-- check_key: SHA-256 of the checker version, language, accepted variants, known names and text.
CREATE TABLE writing_checks (
  check_key VARCHAR(64) PRIMARY KEY,
  checker VARCHAR(255) NOT NULL,
  language VARCHAR(16) NOT NULL,
  text_sha256 VARCHAR(64) NOT NULL,
  issues TEXT NOT NULL
);
CREATE INDEX writing_checks_text ON writing_checks (checker, language, text_sha256);
