package servicesim.readside;

import java.time.Instant;

/**
 * One stored event as auditors see it: its place in the journal's global order ({@code ordering}, the cursor for
 * paging), its session, workshop and trainee, its time, its JSON, and its place in the hash chain.
 */
public record AuditRow(long ordering, String persistenceId, long seqNr, String type, String sessionId,
    String workshopId, String traineeId, Instant occurredAt, String payload, String prevHash, String hash) {}
