package servicesim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import servicesim.policy.acts.Act;
import servicesim.policy.transcript.ActionType;

/**
 * A condition on what has happened so far, deciding whether a customer line is said. Written as
 * {@code agent.apologized}, {@code not agent.used-policy}, {@code agent.answered.refund-timeline},
 * {@code agent.said.concrete-timeline}, {@code agent.action.resolve}, {@code mood >= 1}, joined with {@code and} /
 * {@code or} ({@code and} binds tighter).
 */
public final class Guard {

  /** What a guard can ask about the conversation so far. */
  public interface Facts {
    boolean agentShowed(Act act);

    boolean agentTook(ActionType type);

    boolean answered(String questionId);

    boolean interrupted();

    boolean contactedFirst();

    int mood();

    int patience();
  }

  /** Readable names for what the agent did, as scenario authors write them after {@code agent.}. */
  public static final Map<String, String> NAMES = names();

  private static Map<String, String> names() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("apologized", "act:apology");
    m.put("apologised", "act:apology");
    m.put("offered-help", "act:offer-help");
    m.put("confirmed", "act:confirm-understanding");
    m.put("confirmed-understanding", "act:confirm-understanding");
    m.put("accepted-responsibility", "act:accept-responsibility");
    m.put("asked-preference", "act:ask-preference");
    m.put("checked-satisfaction", "act:check-satisfaction");
    m.put("asked-anything-else", "act:anything-else");
    m.put("used-policy", "act:policy-as-weapon");
    m.put("was-discourteous", "act:discourtesy");
    m.put("was-rude", "act:discourtesy");
    m.put("promised-vaguely", "act:vague-promise");
    m.put("gave-timeline", "act:concrete-timeline");
    m.put("explained-next-step", "act:next-step");
    m.put("took-details", "act:take-details");
    m.put("escalated", "escalated");
    m.put("offered-compensation", "action:offer-compensation");
    m.put("resolved", "action:resolve");
    m.put("recorded-complaint", "action:record-complaint");
    m.put("scheduled-follow-up", "action:schedule-follow-up");
    m.put("sent-status-update", "action:status-update");
    m.put("called-back", "action:callback");
    m.put("contacted-first", "contacted-first");
    m.put("interrupted", "interrupted");
    return Map.copyOf(m);
  }

  private static final Pattern TOKEN = Pattern.compile(
      "\\s*(?:(and|or|not)\\b|(mood|patience)\\s*(>=|<=|==|!=|>|<)\\s*([+-]?\\d+)|([a-z][a-z0-9.-]*))");

  private sealed interface Term {
    boolean test(Facts f);
  }

  private record Not(Term term) implements Term {
    public boolean test(Facts f) {
      return !term.test(f);
    }
  }

  private record All(List<Term> terms) implements Term {
    public boolean test(Facts f) {
      return terms.stream().allMatch(t -> t.test(f));
    }
  }

  private record Any(List<Term> terms) implements Term {
    public boolean test(Facts f) {
      return terms.stream().anyMatch(t -> t.test(f));
    }
  }

  private record ActTerm(Act act) implements Term {
    public boolean test(Facts f) {
      return f.agentShowed(act);
    }
  }

  private record ActionTerm(ActionType type) implements Term {
    public boolean test(Facts f) {
      return f.agentTook(type);
    }
  }

  private record Answered(String question) implements Term {
    public boolean test(Facts f) {
      return f.answered(question);
    }
  }

  private record Escalated() implements Term {
    public boolean test(Facts f) {
      return f.agentShowed(Act.ESCALATION) || f.agentTook(ActionType.ESCALATE);
    }
  }

  private record Flag(String name) implements Term {
    public boolean test(Facts f) {
      return name.equals("interrupted") ? f.interrupted() : f.contactedFirst();
    }
  }

  private record Compare(String subject, String op, int value) implements Term {
    public boolean test(Facts f) {
      int v = subject.equals("mood") ? f.mood() : f.patience();
      return switch (op) {
        case ">=" -> v >= value;
        case "<=" -> v <= value;
        case "==" -> v == value;
        case "!=" -> v != value;
        case ">" -> v > value;
        default -> v < value;
      };
    }
  }

  private final String source;
  private final Term term;

  private Guard(String source, Term term) {
    this.source = source;
    this.term = term;
  }

  public String source() {
    return source;
  }

  public boolean test(Facts facts) {
    return term.test(facts);
  }

  /** Question ids the guard refers to, for checking that they exist. */
  public Set<String> questionIds() {
    Set<String> ids = new TreeSet<>();
    collect(term, ids);
    return ids;
  }

  private static void collect(Term t, Set<String> ids) {
    if (t instanceof Answered a) ids.add(a.question());
    else if (t instanceof Not n) collect(n.term(), ids);
    else if (t instanceof All a) a.terms().forEach(x -> collect(x, ids));
    else if (t instanceof Any a) a.terms().forEach(x -> collect(x, ids));
  }

  /** Parses a guard; the exception message says what is wrong, for a located problem. */
  public static Guard parse(String source) throws IllegalArgumentException {
    Matcher m = TOKEN.matcher(source);
    List<Object> tokens = new ArrayList<>();
    int pos = 0;
    while (pos < source.length()) {
      if (source.substring(pos).isBlank()) break;
      if (!m.find(pos) || m.start() != pos) {
        throw new IllegalArgumentException("cannot read the guard at '" + source.substring(pos).trim() + "'");
      }
      if (m.group(1) != null) tokens.add(m.group(1));
      else if (m.group(2) != null) tokens.add(new Compare(m.group(2), m.group(3), Integer.parseInt(m.group(4))));
      else tokens.add(term(m.group(5)));
      pos = m.end();
    }
    if (tokens.isEmpty()) throw new IllegalArgumentException("empty guard");
    List<Term> alternatives = new ArrayList<>();
    List<Term> conjunction = new ArrayList<>();
    boolean negate = false;
    boolean expectTerm = true;
    for (Object t : tokens) {
      if (t instanceof Term term) {
        if (!expectTerm) throw new IllegalArgumentException("missing 'and' or 'or' before '" + describe(term) + "'");
        conjunction.add(negate ? new Not(term) : term);
        negate = false;
        expectTerm = false;
      } else if (t.equals("not")) {
        if (!expectTerm || negate) throw new IllegalArgumentException("'not' must come before a condition");
        negate = true;
      } else {
        if (expectTerm) throw new IllegalArgumentException("'" + t + "' must join two conditions");
        if (t.equals("or")) {
          alternatives.add(new All(List.copyOf(conjunction)));
          conjunction = new ArrayList<>();
        }
        expectTerm = true;
      }
    }
    if (expectTerm) throw new IllegalArgumentException("the guard ends without a condition");
    alternatives.add(new All(List.copyOf(conjunction)));
    return new Guard(source, alternatives.size() == 1 ? alternatives.get(0) : new Any(List.copyOf(alternatives)));
  }

  private static String describe(Term t) {
    return t.toString();
  }

  private static Term term(String word) {
    if (word.startsWith("agent.said.")) {
      String id = word.substring("agent.said.".length());
      return new ActTerm(Act.byId(id).orElseThrow(() ->
          new IllegalArgumentException("'" + word + "' references no act (acts: " + String.join(", ", Act.ids()) + ")")));
    }
    if (word.startsWith("agent.action.")) {
      String type = word.substring("agent.action.".length());
      return new ActionTerm(ActionType.byId(type).orElseThrow(() -> new IllegalArgumentException("'" + word
          + "' references no action (actions: " + String.join(", ", ActionType.ids()) + ")")));
    }
    if (word.startsWith("agent.answered.")) {
      String q = word.substring("agent.answered.".length());
      if (q.isEmpty()) throw new IllegalArgumentException("'" + word + "' names no question");
      return new Answered(q);
    }
    if (word.startsWith("agent.")) {
      String name = word.substring("agent.".length());
      String meaning = NAMES.get(name);
      if (meaning == null) {
        java.util.Optional<String> near = servicesim.files.Suggestions.nearest(name, NAMES.keySet());
        if (near.isPresent()) {
          throw new IllegalArgumentException("'" + word + "' references nothing (did you mean 'agent." + near.get() + "'?)");
        }
        throw new IllegalArgumentException("'" + word + "' references nothing (known: agent."
            + String.join(", agent.", new TreeSet<>(NAMES.keySet()))
            + ", agent.said.<act>, agent.action.<type>, agent.answered.<question>, mood >= n, patience < n)");
      }
      if (meaning.startsWith("act:")) return new ActTerm(Act.byId(meaning.substring(4)).orElseThrow());
      if (meaning.startsWith("action:")) return new ActionTerm(ActionType.of(meaning.substring(7)));
      if (meaning.equals("escalated")) return new Escalated();
      return new Flag(meaning);
    }
    if (word.equals("mood") || word.equals("patience")) {
      throw new IllegalArgumentException("'" + word + "' must be compared with a number, e.g. " + word + " >= 1");
    }
    throw new IllegalArgumentException("'" + word + "' references nothing (conditions start with 'agent.', "
        + "'mood' or 'patience')");
  }

  @Override
  public String toString() {
    return source;
  }
}
