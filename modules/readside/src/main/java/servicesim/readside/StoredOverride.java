package servicesim.readside;

import java.time.Instant;

/** The latest override of one rule of a session, as the review projection stored it. */
public record StoredOverride(String sessionId, String ruleId, String machineVerdict, String beforeVerdict,
    String verdict, String reason, String by, String role, String disputeId, Instant at) {}
