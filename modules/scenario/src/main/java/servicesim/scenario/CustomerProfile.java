package servicesim.scenario;

import java.time.Duration;

/**
 * The simulated customer: details a complaint record must repeat, the starting mood (−5 … +5), the patience
 * (unhelpful replies tolerated before giving up), and how long they wait in silence before nudging, and how often.
 */
public record CustomerProfile(String name, String phone, String email, String address, int mood, int patience,
    Duration nudgeAfter, int maxNudges) {}
