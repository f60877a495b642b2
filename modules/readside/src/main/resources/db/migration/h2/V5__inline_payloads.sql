-- Event and snapshot payloads stored in the row. H2 keeps BLOB values in a separate LOB store, which costs an extra
-- write for every event persisted and an extra lookup for every event read back; events are a few hundred bytes.
ALTER TABLE "event_journal" ALTER COLUMN "event_payload" SET DATA TYPE VARBINARY(1000000);
ALTER TABLE "event_journal" ALTER COLUMN "meta_payload" SET DATA TYPE VARBINARY(1000000);
ALTER TABLE "snapshot" ALTER COLUMN "snapshot_payload" SET DATA TYPE VARBINARY(1000000);
ALTER TABLE "snapshot" ALTER COLUMN "meta_payload" SET DATA TYPE VARBINARY(1000000);
