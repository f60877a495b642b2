package servicesim.scenario;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import servicesim.files.Fields;
import servicesim.files.InvalidFileException;
import servicesim.files.Location;
import servicesim.files.Problems;
import servicesim.files.YamlFile;
import servicesim.files.YamlNode;
import servicesim.policy.Channel;
import servicesim.policy.Reaction;
import servicesim.policy.acts.ActDetector;
import servicesim.policy.acts.Lexicons;
import servicesim.policy.acts.PatternSyntaxException;
import servicesim.policy.rules.RuleKind;
import servicesim.policy.rules.Verdict;
import servicesim.policy.transcript.ActionType;
import servicesim.policy.transcript.Facts;
import servicesim.policy.transcript.FieldTimes;
import servicesim.policy.transcript.Question;
import servicesim.policy.transcript.Severity;

/**
 * Reads a scenario file into a validated {@link Scenario}, reporting every problem of the file at once as
 * {@code file:line:column: message}: unknown keys, wrong types, unknown channels and languages, guards that reference
 * nothing, questions without answers, agent actions of unknown type or with unknown fields.
 */
public final class ScenarioLoader {

  public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final String ID_RULE = "lower-case letters, digits and dashes";

  private final Lexicons lexicons;

  /** @param lexicons the languages scenarios may be written in, and how their answers are matched */
  public ScenarioLoader(Lexicons lexicons) {
    this.lexicons = lexicons;
  }

  public Scenario load(Path file) throws InvalidFileException {
    return load(YamlFile.read(file));
  }

  public Scenario load(YamlFile file) throws InvalidFileException {
    Problems problems = new Problems();
    Fields f = Fields.of(file.root(), "a scenario", problems);
    String id = f.requiredId("id", ID, ID_RULE);
    String title = f.requiredString("title");
    String language = f.requiredString("language");
    ActDetector detector = null;
    if (language != null) {
      detector = lexicons.detector(language).orElse(null);
      if (detector == null) Fields.oneOfValue(f.node("language").orElseThrow(), "language", lexicons.languages(), problems);
    }
    Channel channel = Optional.ofNullable(f.required("channel"))
        .map(n -> Fields.oneOfValue(n, "channel", Channel.ids(), problems))
        .flatMap(Channel::byId).orElse(null);
    String organisation = f.requiredString("organisation");
    List<String> aliases = f.strings("organisationAliases");
    String brief = f.string("brief", "");

    Facts facts = Optional.ofNullable(f.mapping("facts", ScenarioLoader::readFacts)).orElse(Facts.NONE);
    CustomerProfile customer = f.mapping("customer", c -> readCustomer(c, channel));
    if (customer == null) problems.add(f.location(), "missing required key 'customer'");
    if (customer != null) {
      for (CustomerProfile.Known known : customer.knows().values()) {
        for (String phrase : known.askedBy()) checkAnswer(phrase, detector, f.locationOf("customer"), problems);
      }
    }

    Map<String, Question> questions = new LinkedHashMap<>();
    Map<String, Location> questionPlaces = new LinkedHashMap<>();
    for (YamlNode.Entry e : f.entries("questions")) {
      String qid = e.key().value();
      if (!ID.matcher(qid).matches()) problems.add(e.key(), "question id '" + qid + "' must be " + ID_RULE);
      Fields q = Fields.of(e.value(), "question '" + qid + "'", problems);
      List<String> answers = q.strings("answeredBy");
      if (answers.isEmpty()) problems.add(q.location(), "question '" + qid + "' has no answers: give 'answeredBy' phrases");
      for (String answer : answers) checkAnswer(answer, detector, q.locationOf("answeredBy"), problems);
      q.rejectUnknownKeys();
      questions.put(qid, new Question(qid, answers));
      questionPlaces.put(qid, e.key().location());
    }

    List<CustomerLine> script = new ArrayList<>();
    Set<String> asked = new LinkedHashSet<>();
    List<YamlNode> lines = f.list("script");
    if (lines.isEmpty()) problems.add(f.locationOf("script"), "the customer's 'script' needs at least one line");
    for (YamlNode node : lines) {
      CustomerLine line = readLine(script.size(), node, questions.keySet(), problems);
      if (line == null) continue;
      if (script.isEmpty() && line.part()) problems.add(line.location(), "the first line cannot continue a turn ('part: true')");
      asked.addAll(line.asks());
      script.add(line);
    }
    questionPlaces.forEach((qid, at) -> {
      if (!asked.contains(qid)) problems.add(at, "question '" + qid + "' is never asked: no script line has 'asks: " + qid + "'");
    });

    Map<String, ScenarioReaction> reactions = new LinkedHashMap<>();
    for (YamlNode.Entry e : f.entries("reactions")) {
      String trigger = Fields.oneOfValue(e.key(), "reaction trigger", Reaction.triggers(), problems);
      Fields r = Fields.of(e.value(), "a reaction", problems);
      ScenarioReaction reaction = new ScenarioReaction(r.integer("mood", -10, 10), r.integer("patience", -10, 10),
          r.string("say"), r.bool("once"));
      r.rejectUnknownKeys();
      if (trigger != null) reactions.put(trigger, reaction);
    }

    Map<String, AgentScript> agents = new LinkedHashMap<>();
    for (YamlNode.Entry e : f.entries("agents")) {
      String key = e.key().value();
      if (!ID.matcher(key).matches()) problems.add(e.key(), "agent name '" + key + "' must be " + ID_RULE);
      AgentScript agent = readAgent(key, e.value(), problems);
      if (agent != null) agents.put(key, agent);
    }
    if (channel == Channel.VOICEMAIL) {
      for (AgentScript agent : agents.values()) {
        for (AgentStep step : agent.steps()) {
          if (step instanceof AgentStep.Act act && act.type() == ActionType.CALLBACK) break;
          if (step instanceof AgentStep.Say) {
            problems.add(step.location(), "agent '" + agent.key()
                + "' speaks on a voicemail scenario without a 'callback' action first");
            break;
          }
        }
      }
    }
    f.rejectUnknownKeys();
    problems.throwIfAny();
    return new Scenario(id, title, language, channel, organisation, aliases, facts, customer, List.copyOf(script),
        Map.copyOf(questions), Map.copyOf(reactions), java.util.Collections.unmodifiableMap(agents), brief.strip(),
        file.name(), file.sha256());
  }

  private static void checkAnswer(String answer, ActDetector detector, Location at, Problems problems) {
    if (answer.startsWith("act:")) {
      String act = answer.substring(4);
      if (servicesim.policy.acts.Act.byId(act).isEmpty()) {
        problems.add(at, "answer '" + answer + "' names no act (acts: "
            + String.join(", ", servicesim.policy.acts.Act.ids()) + ")");
      }
      return;
    }
    if (detector == null) return;
    try {
      detector.compile(answer);
    } catch (PatternSyntaxException e) {
      problems.add(at, "answer \"" + answer + "\": " + e.getMessage());
    }
  }

  private static Facts readFacts(Fields f) {
    boolean complaint = f.bool("complaint", false);
    boolean atFault = f.bool("companyAtFault", false);
    boolean outside = f.bool("outsideResponsibility", false);
    String severity = f.oneOf("severity", Severity.ids());
    boolean onTheSpot = f.bool("resolvedOnTheSpot", false);
    Facts.Proactive proactive = f.mapping("proactive", p -> {
      Duration alertAt = p.duration("alertAt", Duration.ZERO);
      Duration contactsAt = p.duration("customerContactsAt");
      if (contactsAt == null && !p.has("customerContactsAt")) {
        p.problems().add(p.location(), "missing required key 'customerContactsAt'");
      }
      String alert = p.string("alert", "");
      if (contactsAt != null && alertAt != null && contactsAt.compareTo(alertAt) <= 0) {
        p.problems().add(p.locationOf("customerContactsAt"), "'customerContactsAt' must come after 'alertAt'");
      }
      return contactsAt == null ? null : new Facts.Proactive(alertAt, contactsAt, alert);
    });
    Facts.Resolution resolution = f.mapping("resolution", r -> {
      Duration takes = r.duration("takes");
      Duration every = r.duration("updateEvery");
      if (takes == null && !r.has("takes")) r.problems().add(r.location(), "missing required key 'takes'");
      if (every == null && !r.has("updateEvery")) r.problems().add(r.location(), "missing required key 'updateEvery'");
      return takes == null || every == null ? null : new Facts.Resolution(takes, every);
    });
    return new Facts(complaint, atFault, outside, Severity.byId(severity), onTheSpot, Optional.ofNullable(proactive),
        Optional.ofNullable(resolution));
  }

  private static CustomerProfile readCustomer(Fields c, Channel channel) {
    String name = c.requiredString("name");
    String phone = c.string("phone", "");
    String email = c.string("email", "");
    String address = c.string("address", "");
    int mood = c.integer("mood", -5, 5, 0);
    int patience = c.integer("patience", 0, 20, 3);
    Silence silence = Silence.forChannel(channel);
    Duration nudgeAfter = c.duration("nudgeAfter", silence.nudgeAfter());
    int maxNudges = c.integer("maxNudges", 0, 10, silence.maxNudges());
    Map<String, CustomerProfile.Known> knows = new LinkedHashMap<>();
    for (YamlNode.Entry e : c.entries("knows")) {
      String key = e.key().value();
      if (e.value() instanceof YamlNode.Mapping) {
        Fields k = Fields.of(e.value(), "'knows: " + key + "'", c.problems());
        String value = k.requiredString("value");
        List<String> askedBy = k.strings("askedBy");
        k.rejectUnknownKeys();
        if (value != null) knows.put(key, new CustomerProfile.Known(value, askedBy));
      } else {
        String value = Fields.scalarText(e.value(), key, c.problems());
        if (value != null) knows.put(key, new CustomerProfile.Known(value, List.of()));
      }
    }
    String prefers = c.string("prefers");
    return new CustomerProfile(name, phone, email, address, mood, patience, nudgeAfter, maxNudges,
        java.util.Collections.unmodifiableMap(knows), prefers);
  }

  private static CustomerLine readLine(int index, YamlNode node, Set<String> questionIds, Problems problems) {
    Fields l = Fields.of(node, "a script line", problems);
    String say = l.requiredString("say");
    String subject = l.string("subject");
    boolean part = l.bool("part", false);
    List<String> asks = l.strings("asks");
    for (String q : asks) {
      if (!questionIds.contains(q)) {
        String hint = servicesim.files.Suggestions.nearest(q, questionIds).map(s -> "did you mean '" + s + "'? ").orElse("");
        problems.add(l.locationOf("asks"), "'asks' names question '" + q + "', which is not under 'questions' (" + hint
            + "questions: " + (questionIds.isEmpty() ? "none" : String.join(", ", questionIds)) + ")");
      }
    }
    Guard guard = null;
    String when = l.string("when");
    if (when != null) {
      try {
        guard = Guard.parse(when);
        for (String q : guard.questionIds()) {
          if (!questionIds.contains(q)) {
            problems.add(l.locationOf("when"), "guard '" + when + "' references question '" + q + "', which is not under 'questions'");
          }
        }
      } catch (IllegalArgumentException e) {
        problems.add(l.locationOf("when"), "guard '" + when + "': " + e.getMessage());
      }
    }
    Duration after = l.duration("after");
    l.rejectUnknownKeys();
    if (say == null) return null;
    return new CustomerLine(index, say, subject, part, asks, guard, after, l.location());
  }

  private static AgentScript readAgent(String key, YamlNode node, Problems problems) {
    Fields a = Fields.of(node, "agent '" + key + "'", problems);
    String name = a.requiredString("name");
    List<AgentStep> steps = new ArrayList<>();
    List<YamlNode> stepNodes = a.list("steps");
    if (stepNodes.isEmpty()) problems.add(a.location(), "agent '" + key + "' needs 'steps'");
    for (YamlNode s : stepNodes) {
      AgentStep step = readStep(s, problems);
      if (step != null) steps.add(step);
    }
    Map<String, Verdict> expect = new LinkedHashMap<>();
    for (YamlNode.Entry e : a.entries("expect")) {
      String rule = Fields.oneOfValue(e.key(), "rule", RuleKind.standardIds(), problems);
      String verdict = Fields.oneOfValue(e.value(), "verdict", List.of("pass", "fail", "n/a"), problems);
      if (rule != null && verdict != null) expect.put(rule, Verdict.byId(verdict));
    }
    a.rejectUnknownKeys();
    return name == null ? null : new AgentScript(key, name, List.copyOf(steps), Map.copyOf(expect));
  }

  private static AgentStep readStep(YamlNode node, Problems problems) {
    if (node instanceof YamlNode.Scalar s && s.value().equals("end")) return new AgentStep.End(null, node.location());
    Fields s = Fields.of(node, "an agent step (say, act or end)", problems);
    int kinds = (s.has("say") ? 1 : 0) + (s.has("act") ? 1 : 0) + (s.has("end") ? 1 : 0);
    Duration after = s.duration("after");
    AgentStep step = null;
    if (kinds != 1) {
      problems.add(s.location(), "an agent step needs exactly one of 'say', 'act' or 'end'");
    } else if (s.has("say")) {
      step = new AgentStep.Say(s.string("say"), s.string("subject"), after, s.location());
    } else if (s.has("end")) {
      s.bool("end");
      step = new AgentStep.End(after, s.location());
    } else {
      String type = s.oneOf("act", ActionType.ids());
      Map<String, String> fields = new LinkedHashMap<>();
      Optional<ActionType> actionType = type == null ? Optional.empty() : ActionType.byId(type);
      for (YamlNode.Entry e : s.entries("fields")) {
        String field = e.key().value();
        String value = Fields.scalarText(e.value(), field, problems);
        if (actionType.isPresent() && !actionType.get().allFields().contains(field)) {
          String hint = servicesim.files.Suggestions.nearest(field, actionType.get().allFields())
              .map(x -> "did you mean '" + x + "'? ").orElse("");
          problems.add(e.key(), "action '" + type + "' has no field '" + field + "' (" + hint + "fields: "
              + (actionType.get().allFields().isEmpty() ? "none" : String.join(", ", actionType.get().allFields())) + ")");
          continue;
        }
        if (value != null && ActionType.isTimeField(field) && !FieldTimes.valid(value)) {
          problems.add(e.value(), "'" + field + "' must be an ISO-8601 time or relative to the session start "
              + "(+2d, +3h), found '" + value + "'");
        }
        if (value != null && field.equals("solutionStatus") && !ActionType.SOLUTION_STATUSES.contains(value)) {
          Fields.oneOfValue(e.value(), "solutionStatus", ActionType.SOLUTION_STATUSES, problems);
        }
        if (value != null) fields.put(field, value);
      }
      if (actionType.isPresent()) {
        for (String required : actionType.get().requiredFields()) {
          if (!fields.containsKey(required)) {
            problems.add(s.location(), "action '" + type + "' needs the field '" + required + "'");
          }
        }
        step = new AgentStep.Act(actionType.get(), Map.copyOf(fields), after, s.location());
      }
    }
    s.rejectUnknownKeys();
    return step;
  }
}
