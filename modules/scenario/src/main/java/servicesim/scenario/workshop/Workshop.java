package servicesim.scenario.workshop;

import java.util.List;
import java.util.Optional;

/**
 * A workshop file: which policy, which scenarios, which trainees. In {@code assessment} mode, feedback stays hidden
 * from trainees until the trainer releases it. {@code timeScale} (null: each channel's default) sets how fast live
 * sessions' simulated clocks run.
 */
public record Workshop(String id, String title, String policy, String mode, Double timeScale, List<String> scenarios,
    List<Trainee> trainees, String file, String sha256) {

  public static final String PRACTICE = "practice";
  public static final String ASSESSMENT = "assessment";

  /** A workshop whose live sessions run at each channel's default time scale. */
  public Workshop(String id, String title, String policy, String mode, List<String> scenarios, List<Trainee> trainees,
      String file, String sha256) {
    this(id, title, policy, mode, null, scenarios, trainees, file, sha256);
  }

  public Optional<Trainee> trainee(String traineeId) {
    return trainees.stream().filter(t -> t.id().equals(traineeId)).findFirst();
  }
}
