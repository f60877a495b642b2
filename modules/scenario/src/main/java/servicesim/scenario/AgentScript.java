package servicesim.scenario;

import java.util.List;
import java.util.Map;
import servicesim.policy.rules.Verdict;

/**
 * A scripted trainee for one scenario: the agent's name (what own-name looks for), the steps, and what each rule's
 * verdict must be when this agent plays the scenario under the default policy ({@code expect}).
 */
public record AgentScript(String key, String name, List<AgentStep> steps, Map<String, Verdict> expect) {}
