package servicesim.policy;

import java.util.Optional;

/**
 * Quantitative targets reported per workshop (003 part 2 step 2), as shares from 0 to 1: sessions answered within
 * the channel limit; customers satisfied; complaining customers who would buy again (outcome {@code satisfied}).
 */
public record Goals(Optional<Double> answeredWithinLimit, Optional<Double> satisfied, Optional<Double> wouldBuyAgain) {
  public static final Goals NONE = new Goals(Optional.empty(), Optional.empty(), Optional.empty());
}
