package servicesim.scenario.workshop;

import java.util.List;
import java.util.Optional;

/**
 * A workshop file: which policy, which scenarios, which trainees. In {@code assessment} mode, feedback stays hidden
 * from trainees until the trainer releases it.
 */
public record Workshop(String id, String title, String policy, String mode, List<String> scenarios,
    List<Trainee> trainees, String file, String sha256) {

  public static final String PRACTICE = "practice";
  public static final String ASSESSMENT = "assessment";

  public Optional<Trainee> trainee(String traineeId) {
    return trainees.stream().filter(t -> t.id().equals(traineeId)).findFirst();
  }
}
