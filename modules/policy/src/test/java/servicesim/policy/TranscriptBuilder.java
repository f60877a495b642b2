package servicesim.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import servicesim.policy.transcript.Customer;
import servicesim.policy.transcript.ActionType;
import servicesim.policy.transcript.SessionEvent;
import servicesim.policy.transcript.Facts;
import servicesim.policy.transcript.Question;
import servicesim.policy.transcript.Severity;
import servicesim.policy.transcript.Transcript;

/**
 * Builds transcripts for tests, on a virtual clock that only {@link #after(Duration)} moves. Entries are numbered
 * 1, 2, 3... in the order they are added, so a test can name the evidence it expects.
 */
public final class TranscriptBuilder {

  private static final String SESSION = "test-session";
  private static final String WORKSHOP = "test-workshop";
  private static final String TRAINEE = "test-trainee";

  /** A Monday morning, UTC. */
  public static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

  private Channel channel;
  private String language = "en";
  private String organisation = "Acme Electronics";
  private String agentName = "Sam";
  private Customer customer = new Customer("Maria Lopez", "+1 555 0100", "maria.lopez@example.com",
      "12 Elm Street, Springfield");
  private boolean complaint;
  private boolean companyAtFault;
  private boolean outsideResponsibility;
  private Severity severity = Severity.NORMAL;
  private boolean resolvedOnTheSpot;
  private Facts.Proactive proactive;
  private Facts.Resolution resolution;
  private final Map<String, Question> questions = new LinkedHashMap<>();
  private final List<SessionEvent> entries = new ArrayList<>();
  private Instant clock = START;
  private boolean customerTurnOpen;

  private TranscriptBuilder(Channel channel) {
    this.channel = channel;
  }

  public static TranscriptBuilder on(Channel channel) {
    return new TranscriptBuilder(channel);
  }

  public static TranscriptBuilder phone() {
    return on(Channel.PHONE);
  }

  public static TranscriptBuilder email() {
    return on(Channel.EMAIL);
  }

  // --- the situation ---

  public TranscriptBuilder language(String code) {
    language = code;
    return this;
  }

  public TranscriptBuilder agentName(String name) {
    agentName = name;
    return this;
  }

  public TranscriptBuilder organisation(String name) {
    organisation = name;
    return this;
  }

  public TranscriptBuilder customerDetails(String name, String phone, String email, String address) {
    customer = new Customer(name, phone, email, address);
    return this;
  }

  public TranscriptBuilder complaint() {
    complaint = true;
    return this;
  }

  /** A complaint where the company is at fault. */
  public TranscriptBuilder companyAtFault() {
    complaint = true;
    companyAtFault = true;
    return this;
  }

  public TranscriptBuilder outsideResponsibility() {
    outsideResponsibility = true;
    return this;
  }

  public TranscriptBuilder highSeverity() {
    severity = Severity.HIGH;
    return this;
  }

  public TranscriptBuilder resolvedOnTheSpot() {
    resolvedOnTheSpot = true;
    return this;
  }

  public TranscriptBuilder proactive(Duration alertAt, Duration customerContactsAt) {
    proactive = new Facts.Proactive(alertAt, customerContactsAt, "internal alert");
    return this;
  }

  public TranscriptBuilder resolution(Duration takes, Duration updateEvery) {
    resolution = new Facts.Resolution(takes, updateEvery);
    return this;
  }

  public TranscriptBuilder question(String id, String... answeredBy) {
    questions.put(id, new Question(id, List.of(answeredBy)));
    return this;
  }

  // --- what happened ---

  public TranscriptBuilder after(Duration d) {
    clock = clock.plus(d);
    return this;
  }

  /** A customer message that completes the customer's turn (it may be the last part of a multi-part turn). */
  public TranscriptBuilder customer(String text) {
    return customerMessage(text, true, List.of());
  }

  /** A customer message with more of the same turn still to come: an agent message now interrupts. */
  public TranscriptBuilder customerPart(String text) {
    return customerMessage(text, false, List.of());
  }

  /** A customer message asking the scenario's questions {@code ids}. */
  public TranscriptBuilder customerAsks(String text, String... ids) {
    return customerMessage(text, true, List.of(ids));
  }

  private TranscriptBuilder customerMessage(String text, boolean turnComplete, List<String> asks) {
    entries.add(new SessionEvent.CustomerMessageSent(SESSION, WORKSHOP, TRAINEE, next(), clock, text, null,
        customerTurnOpen, turnComplete, asks, entries.size() + 1, SessionEvent.CustomerMessageSent.SCRIPT, null, null, null));
    customerTurnOpen = !turnComplete;
    return this;
  }

  public TranscriptBuilder agent(String text) {
    entries.add(agentMessage(text, null));
    return this;
  }

  public TranscriptBuilder agentWrites(String subject, String text) {
    entries.add(agentMessage(text, subject));
    return this;
  }

  public TranscriptBuilder action(String type) {
    return action(type, Map.of());
  }

  public TranscriptBuilder action(String type, Map<String, String> fields) {
    entries.add(new SessionEvent.AgentActionTaken(SESSION, WORKSHOP, TRAINEE, next(), clock,
        ActionType.of(type), Map.copyOf(fields), null, null));
    return this;
  }

  public TranscriptBuilder moodChange(int before, int after, String cause) {
    entries.add(new SessionEvent.CustomerMoodChanged(SESSION, WORKSHOP, TRAINEE, next(), clock, before,
        after, 0, 0, cause, null, null));
    return this;
  }

  public TranscriptBuilder hangUp(String text) {
    entries.add(new SessionEvent.CustomerHungUp(SESSION, WORKSHOP, TRAINEE, next(), clock, "patience", text,
        null, null));
    return this;
  }

  /**
   * The session's server was unavailable for {@code unavailable} of simulated time, given back on recovery: the
   * session's clock goes on from now, as the session entity records it.
   */
  public TranscriptBuilder resumedAfter(Duration unavailable) {
    entries.add(new SessionEvent.SessionResumed(SESSION, WORKSHOP, TRAINEE, next(), clock, START.plus(unavailable),
        unavailable, null, null));
    return this;
  }

  public TranscriptBuilder end(String outcome) {
    entries.add(new SessionEvent.SessionEnded(SESSION, WORKSHOP, TRAINEE, next(), clock, outcome, "agent", 0,
        null, null));
    return this;
  }

  private SessionEvent agentMessage(String text, String subject) {
    return new SessionEvent.AgentMessageSent(SESSION, WORKSHOP, TRAINEE, next(), clock, text, subject, List.of(), false,
        List.of(), List.of(), List.of(), null, null, null);
  }

  /** The sequence number of the entry added last. */
  public long lastSeqNr() {
    return entries.size();
  }

  public Instant now() {
    return clock;
  }

  public Transcript build() {
    Facts facts = new Facts(complaint, companyAtFault, outsideResponsibility, severity, resolvedOnTheSpot,
        Optional.ofNullable(proactive), Optional.ofNullable(resolution));
    return new Transcript(SESSION, channel, language, organisation, List.of(), agentName, customer, facts,
        questions, START, entries);
  }

  private long next() {
    return entries.size() + 1;
  }
}
