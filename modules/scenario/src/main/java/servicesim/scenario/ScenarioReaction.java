package servicesim.scenario;

/** A scenario's override of a default reaction: absent parts ({@code null}) keep the policy's value. */
public record ScenarioReaction(Integer mood, Integer patience, String say, Boolean once) {}
