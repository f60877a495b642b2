package servicesim.policy.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import servicesim.policy.RuleSpec;
import servicesim.policy.acts.Act;
import servicesim.policy.acts.Detection;
import servicesim.policy.transcript.SessionEvent;
import servicesim.policy.writing.WritingIssue;

/**
 * 004 letters, email: written replies free of spelling and grammar errors (where a checker exists for the language,
 * in any of the variants the policy accepts), courteous, and telling the customer what happens next or what is
 * expected of them. Each issue is explained with the checker's own message and suggestion.
 */
final class WrittenQualityRule implements Rule {

  private static final int EXPLAINED_ISSUES = 10;

  private record Issue(Evidence evidence, WritingIssue finding) {}

  @Override
  public Judgement judge(RuleSpec spec, SessionAnalysis session) {
    List<SessionEvent.AgentMessageSent> messages = session.agentMessages();
    if (messages.isEmpty()) return Judgement.notApplicable("the agent never wrote");
    String language = session.transcript().language();
    if (!session.writing().languages().contains(language)) {
      return Judgement.notApplicable("no spelling and grammar checker for " + LanguageNames.of(language));
    }
    int maxErrors = spec.number("maxErrors", 0);
    Set<String> names = session.knownNames();
    List<Issue> issues = new ArrayList<>();
    for (SessionEvent.AgentMessageSent m : messages) {
      Optional<List<WritingIssue>> found = session.writing().check(language, spec.variants(), m.text(), names);
      if (found.isEmpty()) {
        return Judgement.notApplicable("no spelling and grammar checker for " + LanguageNames.of(language));
      }
      for (WritingIssue issue : found.get()) {
        if (session.isKnownName(issue.text())) continue; // a declined form of a session name is still that name
        issues.add(new Issue(new Evidence(m.seqNr(), issue.text(), issue.start(), issue.end()), issue));
      }
    }
    List<SessionAnalysis.Found> rude = session.all(Act.DISCOURTESY);
    boolean saysWhatNext = messages.stream().anyMatch(m -> session.acts(m).stream()
        .map(Detection::act)
        .anyMatch(a -> a == Act.NEXT_STEP || a == Act.CONCRETE_TIMELINE));

    List<String> problems = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    if (issues.size() > maxErrors) {
      String explained = issues.stream().limit(EXPLAINED_ISSUES)
          .map(i -> "\"" + i.finding().text() + "\" (" + i.finding().explanation() + ")")
          .collect(Collectors.joining(", "));
      problems.add(issues.size() + " spelling or grammar " + (issues.size() == 1 ? "issue" : "issues")
          + " (at most " + maxErrors + "): " + explained
          + (issues.size() > EXPLAINED_ISSUES ? ", and " + (issues.size() - EXPLAINED_ISSUES) + " more" : ""));
      issues.forEach(i -> evidence.add(i.evidence()));
    }
    if (!rude.isEmpty()) {
      problems.add("discourteous: \"" + rude.get(0).detection().match() + "\"");
      rude.forEach(f -> evidence.add(f.evidence()));
    }
    if (!saysWhatNext) {
      problems.add("never says what happens next");
      if (evidence.isEmpty()) evidence.add(Evidence.of(messages.get(messages.size() - 1)));
    }
    if (problems.isEmpty()) {
      String checked = issues.isEmpty() ? "no spelling or grammar issues" : issues.size() + " spelling or grammar "
          + (issues.size() == 1 ? "issue" : "issues") + " (at most " + maxErrors + ")";
      return Judgement.pass(checked + ", courteous, and says what happens next",
          messages.stream().map(m -> Evidence.of(m.seqNr(), m.text())).toList());
    }
    return Judgement.fail(String.join("; ", problems), evidence);
  }
}
