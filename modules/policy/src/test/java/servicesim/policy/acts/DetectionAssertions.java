package servicesim.policy.acts;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import servicesim.policy.Repo;

/** Shared assertions for the per-language detection tests. */
public final class DetectionAssertions {

  private final ActDetector detector;
  private final ActDetector.Context context;

  public DetectionAssertions(String language, String agentName, String organisation) {
    this.detector = Repo.lexicons().require(language);
    this.context = ActDetector.Context.of(agentName, organisation, List.of());
  }

  /** Each sentence's key, as the example classifier reads it. */
  public List<String> sentenceKeys(String text) {
    return detector.sentences(text).stream().map(ActDetector.Sentence::key).toList();
  }

  public List<Detection> detect(String text) {
    return detector.detect(text, context);
  }

  public void finds(Act act, String... texts) {
    for (String text : texts) {
      List<Detection> found = detect(text);
      assertTrue("expected " + act.id() + " in \"" + text + "\", found " + describe(found),
          found.stream().anyMatch(d -> d.act() == act));
    }
  }

  public void doesNotFind(Act act, String... texts) {
    for (String text : texts) {
      List<Detection> found = detect(text);
      assertFalse("did not expect " + act.id() + " in \"" + text + "\", found " + describe(found),
          found.stream().anyMatch(d -> d.act() == act));
    }
  }

  public static String describe(List<Detection> found) {
    return found.stream().map(d -> d.act().id() + "=\"" + d.match() + "\"").collect(Collectors.joining(", ", "[", "]"));
  }
}
