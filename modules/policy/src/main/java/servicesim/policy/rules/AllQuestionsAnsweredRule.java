package servicesim.policy.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import servicesim.policy.RuleSpec;
import servicesim.policy.acts.Act;
import servicesim.policy.acts.PhrasePattern;
import servicesim.policy.transcript.SessionEvent;
import servicesim.policy.transcript.Question;

/**
 * 004 telephone, email: every question the customer asked gets an answer in a later agent message. The scenario says
 * what counts as an answer: phrases in the lexicon syntax, or {@code act:<id>} for any message showing that act.
 */
final class AllQuestionsAnsweredRule implements Rule {

  private static final String ACT_PREFIX = "act:";

  @Override
  public Judgement judge(RuleSpec spec, SessionAnalysis session) {
    List<SessionEvent.CustomerMessageSent> asking = session.transcript().customerMessages()
        .filter(m -> m.asks() != null && !m.asks().isEmpty())
        .toList();
    if (asking.isEmpty()) return Judgement.notApplicable("the customer asked no questions");

    Set<String> unanswered = new LinkedHashSet<>();
    List<Evidence> unansweredEvidence = new ArrayList<>();
    List<Evidence> answers = new ArrayList<>();
    for (SessionEvent.CustomerMessageSent message : asking) {
      boolean missed = false;
      for (String id : message.asks()) {
        Optional<Evidence> answer = answer(session, message, session.transcript().questions().get(id));
        if (answer.isPresent()) {
          answers.add(answer.get());
        } else {
          unanswered.add(id);
          missed = true;
        }
      }
      if (missed) unansweredEvidence.add(Evidence.of(message));
    }
    if (unanswered.isEmpty()) return Judgement.pass("answered every question the customer asked", answers);
    return Judgement.fail("did not answer: " + String.join(", ", unanswered), unansweredEvidence);
  }

  /** The first agent message after the question that answers it; none for a question the scenario does not define. */
  private static Optional<Evidence> answer(SessionAnalysis session, SessionEvent.CustomerMessageSent asked, Question question) {
    if (question == null) return Optional.empty();
    for (SessionEvent.AgentMessageSent m : session.agentMessages()) {
      if (m.seqNr() <= asked.seqNr()) continue;
      for (String answeredBy : question.answeredBy()) {
        Optional<Evidence> found = matches(session, m, answeredBy);
        if (found.isPresent()) return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<Evidence> matches(SessionAnalysis session, SessionEvent.AgentMessageSent m, String answeredBy) {
    if (answeredBy.startsWith(ACT_PREFIX)) {
      Optional<Act> act = Act.byId(answeredBy.substring(ACT_PREFIX.length()).trim());
      return act.flatMap(a -> session.act(m, a)).map(d -> Evidence.span(m.seqNr(), d));
    }
    Optional<PhrasePattern> pattern = Phrases.compile(session.detector(), answeredBy);
    return pattern.flatMap(p -> Phrases.find(session.detector(), m, p));
  }
}
