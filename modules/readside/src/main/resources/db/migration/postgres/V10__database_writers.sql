-- The processes writing this database, each with the cluster it belongs to: a process of another cluster is told who
-- holds the database (and which run it is playing) instead of writing beside it.
CREATE TABLE database_writers (
  writer_id VARCHAR(64) PRIMARY KEY,
  cluster VARCHAR(1000) NOT NULL,
  host VARCHAR(255) NOT NULL,
  pid BIGINT NOT NULL,
  command VARCHAR(1000) NOT NULL,
  run_id VARCHAR(255),
  started_at TIMESTAMP WITH TIME ZONE NOT NULL,
  seen_at TIMESTAMP WITH TIME ZONE NOT NULL
);
-- one row, locked while a writer checks who else is there and registers: two starting at once cannot both miss the other
CREATE TABLE database_writers_lock (id INT PRIMARY KEY);
INSERT INTO database_writers_lock (id) VALUES (1);
