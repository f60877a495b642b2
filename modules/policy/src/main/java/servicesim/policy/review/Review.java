package servicesim.policy.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The review of one session: the reviewers invited to it, their comments, the verdicts they overrode (the latest
 * override per rule) and the trainee's disputes with their outcome. Immutable: each change returns the next review.
 */
public record Review(Set<String> reviewers, List<Comment> comments, Map<String, VerdictOverride> overrides,
    List<Dispute> disputes) {

  public static final Review EMPTY = new Review(Set.of(), List.of(), Map.of(), List.of());

  public Review {
    reviewers = Set.copyOf(new LinkedHashSet<>(reviewers));
    comments = List.copyOf(comments);
    overrides = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    disputes = List.copyOf(disputes);
  }

  /** A remark on the session, on one of its events ({@code seqNr}) or on one rule's verdict ({@code ruleId}). */
  public record Comment(Long seqNr, String ruleId, String text, String by, Instant at) {}

  /** A reviewer's answer to a dispute: accepted (with the override it made) or rejected, why, by whom, when. */
  public record Decision(boolean accepted, String reason, String by, Instant at) {}

  /** A trainee's objection to one rule's verdict, open until decided. */
  public record Dispute(String disputeId, String ruleId, String message, String traineeId, Instant openedAt,
      Decision decision) {
    public boolean open() {
      return decision == null;
    }

    public String status() {
      return decision == null ? "open" : decision.accepted() ? "accepted" : "rejected";
    }
  }

  public boolean invited(String reviewerId) {
    return reviewers.contains(reviewerId);
  }

  public Optional<Dispute> dispute(String disputeId) {
    return disputes.stream().filter(d -> d.disputeId().equals(disputeId)).findFirst();
  }

  /** The open dispute about a rule, if there is one (a rule has at most one open at a time). */
  public Optional<Dispute> openDisputeOn(String ruleId) {
    return disputes.stream().filter(d -> d.open() && d.ruleId().equals(ruleId)).findFirst();
  }

  /** The id the next dispute gets: disputes are numbered in the order they open. */
  public String nextDisputeId() {
    return "d" + (disputes.size() + 1);
  }

  public Optional<VerdictOverride> override(String ruleId) {
    return Optional.ofNullable(overrides.get(ruleId));
  }

  public Review withReviewer(String reviewerId) {
    Set<String> next = new LinkedHashSet<>(reviewers);
    next.add(reviewerId);
    return new Review(next, comments, overrides, disputes);
  }

  public Review withComment(Comment c) {
    List<Comment> next = new ArrayList<>(comments);
    next.add(c);
    return new Review(reviewers, next, overrides, disputes);
  }

  public Review withOverride(VerdictOverride o) {
    Map<String, VerdictOverride> next = new LinkedHashMap<>(overrides);
    next.put(o.ruleId(), o);
    return new Review(reviewers, comments, next, disputes);
  }

  public Review withDispute(Dispute d) {
    List<Dispute> next = new ArrayList<>(disputes);
    next.add(d);
    return new Review(reviewers, comments, overrides, next);
  }

  public Review withDecision(String disputeId, Decision decision) {
    List<Dispute> next = new ArrayList<>(disputes.size());
    for (Dispute d : disputes) {
      next.add(d.disputeId().equals(disputeId)
          ? new Dispute(d.disputeId(), d.ruleId(), d.message(), d.traineeId(), d.openedAt(), decision) : d);
    }
    return new Review(reviewers, comments, overrides, next);
  }
}
