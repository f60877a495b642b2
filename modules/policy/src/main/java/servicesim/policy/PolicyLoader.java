package servicesim.policy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import servicesim.files.Fields;
import servicesim.files.InvalidFileException;
import servicesim.files.Location;
import servicesim.files.Problem;
import servicesim.files.Problems;
import servicesim.files.YamlFile;
import servicesim.files.YamlNode;
import servicesim.policy.acts.Act;
import servicesim.policy.acts.ActDetector;
import servicesim.policy.acts.Lexicons;
import servicesim.policy.acts.PatternSyntaxException;
import servicesim.policy.rules.RuleKind;
import servicesim.policy.transcript.ActionType;
import servicesim.policy.writing.WritingVariants;

/** Reads a policy file and its lexicons, reporting every problem with its place in the file. */
public final class PolicyLoader {

  public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final String ID_RULE = "lower-case letters, digits and dashes";
  public static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

  private PolicyLoader() {}

  public static Policy load(Path file) throws InvalidFileException {
    return load(YamlFile.read(file), file.toAbsolutePath().getParent());
  }

  /** @param directory where relative paths in the file (the lexicon directory) are resolved */
  public static Policy load(YamlFile file, Path directory) throws InvalidFileException {
    return load(file, directory, null);
  }

  /**
   * Loads a policy whose lexicons are already loaded (a stored policy version, whose lexicon texts were stored with
   * it), instead of reading them from the lexicon directory.
   */
  public static Policy load(YamlFile file, Lexicons lexicons) throws InvalidFileException {
    return load(file, Path.of(""), lexicons);
  }

  private static Policy load(YamlFile file, Path directory, Lexicons given) throws InvalidFileException {
    Problems problems = new Problems();
    Fields f = Fields.of(file.root(), "a policy", problems);
    String id = f.requiredId("id", ID, ID_RULE);
    Integer version = f.integer("version", 1, Integer.MAX_VALUE);
    if (version == null && !f.has("version")) problems.add(f.location(), "missing required key 'version'");
    String title = f.string("title", id);
    String language = f.string("language", "en");
    if (language != null && !LANGUAGE.matcher(language).matches()) {
      problems.add(f.locationOf("language"), "'language' must be a language code such as en or ur, found '"
          + language + "'");
    }
    Double passMark = f.number("passMark", 0, 100);
    if (passMark == null && !f.has("passMark")) problems.add(f.location(), "missing required key 'passMark'");
    String lexiconDir = f.string("lexicons", "lexicons");
    Path lexiconPath = directory.resolve(lexiconDir).normalize();

    Lexicons lexicons = given;
    List<Problem> lexiconProblems = new ArrayList<>();
    try {
      if (lexicons == null) lexicons = Lexicons.load(lexiconPath);
    } catch (InvalidFileException e) {
      for (Problem p : e.problems()) {
        boolean inDirectory = p.location().file().equals(lexiconPath.toString());
        if (inDirectory) problems.add(f.locationOf("lexicons"), "lexicons '" + lexiconDir + "': " + p.message());
        else lexiconProblems.add(p);
      }
    }

    Goals goals = Optional.ofNullable(f.mapping("goals", g -> new Goals(
        Optional.ofNullable(g.number("answeredWithinLimit", 0, 1)),
        Optional.ofNullable(g.number("satisfied", 0, 1)),
        Optional.ofNullable(g.number("wouldBuyAgain", 0, 1))))).orElse(Goals.NONE);
    Outcomes outcomes = Optional.ofNullable(f.mapping("outcomes", o -> new Outcomes(
        o.integer("satisfiedFrom", -5, 5, Outcomes.DEFAULT.satisfiedFrom()),
        o.integer("unsatisfiedAtMost", -5, 5, Outcomes.DEFAULT.unsatisfiedAtMost())))).orElse(Outcomes.DEFAULT);
    if (outcomes.unsatisfiedAtMost() >= outcomes.satisfiedFrom()) {
      problems.add(f.locationOf("outcomes"), "'unsatisfiedAtMost' must be below 'satisfiedFrom'");
    }
    Map<String, Reaction> reactions = readReactions(f, problems);

    List<RuleSpec> rules = new ArrayList<>();
    Map<String, Names.Name> ruleNames = new LinkedHashMap<>();
    Map<String, Location> seen = new HashMap<>();
    List<YamlNode> ruleNodes = f.list("rules");
    if (ruleNodes.isEmpty() && f.has("rules")) problems.add(f.locationOf("rules"), "a policy needs at least one rule");
    if (!f.has("rules")) problems.add(f.location(), "missing required key 'rules'");
    for (YamlNode node : ruleNodes) {
      RuleSpec rule = readRule(node, problems, lexicons, ruleNames);
      if (rule == null) continue;
      Location first = seen.putIfAbsent(rule.id(), node.location());
      if (first != null) {
        problems.add(node, "duplicate rule id '" + rule.id() + "' (first at line " + first.line() + ")");
      } else {
        rules.add(rule);
      }
    }
    Map<String, Names.Name> actNames = readActNames(f, problems);
    f.rejectUnknownKeys();
    List<Problem> all = new ArrayList<>(problems.list());
    all.addAll(lexiconProblems);
    if (!all.isEmpty()) throw new InvalidFileException(all);
    return new Policy(id, version, title, passMark, List.copyOf(rules), goals, outcomes, Map.copyOf(reactions),
        lexiconPath, lexicons, file.sha256(), new Names(language, Map.copyOf(ruleNames), Map.copyOf(actNames)));
  }

  /** {@code acts:} the acts' titles and descriptions, by act id. */
  private static Map<String, Names.Name> readActNames(Fields f, Problems problems) {
    Map<String, Names.Name> names = new LinkedHashMap<>();
    for (YamlNode.Entry e : f.entries("acts")) {
      String act = Fields.oneOfValue(e.key(), "act", Act.ids(), problems);
      Fields a = Fields.of(e.value(), "an act's title and description", problems);
      String title = a.requiredString("title");
      Names.Name name = readName(a, title, problems);
      a.rejectUnknownKeys();
      if (act != null && title != null) names.put(act, name);
    }
    return names;
  }

  /** A rule's or act's {@code description} and {@code translations: {ur: {title, description}}}. */
  private static Names.Name readName(Fields f, String title, Problems problems) {
    String description = f.string("description", "");
    Map<String, Names.Text> translations = new LinkedHashMap<>();
    for (YamlNode.Entry e : f.entries("translations")) {
      String language = e.key().value();
      if (!LANGUAGE.matcher(language).matches()) {
        problems.add(e.key(), "a translation is keyed by a language code such as ur or el, found '" + language + "'");
        continue;
      }
      Fields t = Fields.of(e.value(), "a translation (title and description)", problems);
      String translated = t.requiredString("title");
      String translatedDescription = t.string("description");
      t.rejectUnknownKeys();
      if (translated != null) translations.put(language, new Names.Text(language, translated, translatedDescription));
    }
    return new Names.Name(title, description, Map.copyOf(translations));
  }

  private static Map<String, Reaction> readReactions(Fields f, Problems problems) {
    Map<String, Reaction> reactions = new LinkedHashMap<>();
    List<String> triggers = Reaction.triggers();
    for (YamlNode.Entry e : f.entries("reactions")) {
      String trigger = Fields.oneOfValue(e.key(), "reaction trigger", triggers, problems);
      Fields r = Fields.of(e.value(), "a reaction", problems);
      Integer mood = r.integer("mood", -10, 10);
      Integer patience = r.integer("patience", -10, 10);
      Boolean once = r.bool("once");
      if (r.has("say")) problems.add(r.locationOf("say"), "a policy's reactions are language-neutral; give 'say' in the scenario");
      r.rejectUnknownKeys();
      if (trigger != null) {
        int m = mood == null ? 0 : mood;
        reactions.put(trigger, new Reaction(m, patience == null ? 0 : patience, null, once == null ? m > 0 : once));
      }
    }
    return reactions;
  }

  private static RuleSpec readRule(YamlNode node, Problems problems, Lexicons lexicons, Map<String, Names.Name> names) {
    Fields r = Fields.of(node, "a rule", problems);
    String id = r.requiredId("id", ID, ID_RULE);
    String kindId = r.string("kind");
    RuleKind kind;
    if (kindId != null) {
      kind = RuleKind.byId(kindId).orElse(null);
      if (kind == null) Fields.oneOfValue(r.node("kind").orElseThrow(), "rule kind", RuleKind.ids(), problems);
    } else {
      kind = id == null ? null : RuleKind.byId(id).orElse(null);
      if (id != null && kind == null) {
        problems.add(r.locationOf("id"), "unknown rule '" + id + "' (rules of the policy: "
            + String.join(", ", RuleKind.standardIds())
            + "; for a rule of your own add kind: must-say or kind: must-not-say)");
      }
    }
    String title = r.string("title", id);
    Names.Name readable = readName(r, title, problems);
    String seed = r.string("seed", "");
    Double weight = r.number("weight", 0, 1000);
    if (weight == null && !r.has("weight")) problems.add(r.location(), "missing required key 'weight'");
    boolean critical = r.bool("critical", false);
    Set<Channel> channels = EnumSet.noneOf(Channel.class);
    List<YamlNode> channelNodes = r.list("channels");
    for (YamlNode c : channelNodes) {
      String ch = Fields.oneOfValue(c, "channel", Channel.ids(), problems);
      if (ch != null) channels.add(Channel.byId(ch).orElseThrow());
    }
    if (channelNodes.isEmpty() && r.node("channels").filter(YamlNode.Sequence.class::isInstance).isPresent()) {
      problems.add(r.locationOf("channels"), "'channels' must name at least one channel");
    }

    Map<Channel, Duration> limits = new EnumMap<>(Channel.class);
    Map<String, Integer> numbers = new LinkedHashMap<>();
    List<String> acts = new ArrayList<>();
    Map<String, List<String>> phrases = new LinkedHashMap<>();
    List<String> fields = new ArrayList<>();
    if (kind != null) {
      if (channels.isEmpty()) channels.addAll(kind.defaultChannels());
      if (kind.accepts(RuleKind.Param.LIMITS)) {
        limits.putAll(kind.defaultLimits());
        for (YamlNode.Entry e : r.entries("limits")) {
          String ch = Fields.oneOfValue(e.key(), "channel", Channel.ids(), problems);
          Duration d = Fields.durationValue(e.value(), "limit", problems);
          if (ch != null && d != null) limits.put(Channel.byId(ch).orElseThrow(), d);
        }
      }
      if (kind.accepts(RuleKind.Param.NUMBERS)) {
        numbers.putAll(kind.defaultNumbers());
        for (String name : kind.defaultNumbers().keySet()) {
          Integer n = r.integer(name, 0, 1000);
          if (n != null) numbers.put(name, n);
        }
      }
      if (kind.accepts(RuleKind.Param.FIELDS)) {
        List<String> given = new ArrayList<>();
        List<YamlNode> fieldNodes = r.node("fields")
            .map(n -> n instanceof YamlNode.Sequence s ? s.items() : List.of(n)).orElse(List.of());
        for (YamlNode item : fieldNodes) {
          String field = Fields.oneOfValue(item, "complaint-record field", ActionType.COMPLAINT_RECORD_FIELDS, problems);
          if (field != null) given.add(field);
        }
        fields.addAll(given.isEmpty() ? ActionType.COMPLAINT_RECORD_FIELDS : given);
      }
      if (kind.accepts(RuleKind.Param.ACTS)) {
        for (YamlNode a : r.list("acts")) {
          String act = Fields.oneOfValue(a, "act", Act.ids(), problems);
          if (act != null) acts.add(act);
        }
        for (YamlNode.Entry e : r.entries("phrases")) {
          String language = e.key().value();
          List<YamlNode> items = e.value() instanceof YamlNode.Sequence s ? s.items() : List.of(e.value());
          List<String> list = new ArrayList<>();
          Optional<ActDetector> detector = lexicons == null ? Optional.empty() : lexicons.detector(language);
          if (lexicons != null && detector.isEmpty()) {
            problems.add(e.key(), "no lexicon for language '" + language + "' (have: "
                + String.join(", ", lexicons.languages()) + ")");
          }
          for (YamlNode item : items) {
            String phrase = Fields.scalarText(item, "phrase", problems);
            if (phrase == null) continue;
            if (detector.isPresent()) {
              try {
                detector.get().compile(phrase);
              } catch (PatternSyntaxException ex) {
                problems.add(item, "phrase \"" + phrase + "\": " + ex.getMessage());
              }
            }
            list.add(phrase);
          }
          phrases.put(language, List.copyOf(list));
        }
        if (acts.isEmpty() && phrases.isEmpty()) {
          problems.add(r.location(), "rule '" + id + "' of kind " + kind.id() + " needs 'acts' or 'phrases'");
        }
      }
    }
    List<String> variants = kind != null && kind.accepts(RuleKind.Param.VARIANTS) ? readVariants(r, problems) : List.of();
    r.rejectUnknownKeys();
    if (id == null || kind == null || weight == null) return null;
    names.putIfAbsent(id, readable);
    return new RuleSpec(id, kind.id(), title, weight, critical, Set.copyOf(channels), seed, Map.copyOf(limits),
        Map.copyOf(numbers), List.copyOf(acts), Map.copyOf(phrases), List.copyOf(fields), variants);
  }

  /** {@code variants: any} (the default) or a list of variant tags such as [en-GB, en-IN]. */
  private static List<String> readVariants(Fields r, Problems problems) {
    Optional<YamlNode> node = r.node("variants");
    if (node.isEmpty()) return List.of();
    String known = String.join(", ", WritingVariants.tags());
    if (node.get() instanceof YamlNode.Scalar s && !s.isNull()) {
      if (s.value().trim().equalsIgnoreCase("any")) return List.of();
    }
    if (!(node.get() instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
      problems.add(node.get(), "'variants' must be any or a list of language variants such as [en-GB, en-IN] (known: "
          + known + ")");
      return List.of();
    }
    List<String> tags = new ArrayList<>();
    for (YamlNode item : seq.items()) {
      String tag = Fields.scalarText(item, "variant", problems);
      if (tag == null) continue;
      Optional<WritingVariants.Variant> variant = WritingVariants.byTag(tag);
      if (variant.isEmpty()) problems.add(item, "unknown language variant '" + tag + "' (known: " + known + ")");
      else if (!tags.contains(variant.get().tag())) tags.add(variant.get().tag());
    }
    return List.copyOf(tags);
  }
}
