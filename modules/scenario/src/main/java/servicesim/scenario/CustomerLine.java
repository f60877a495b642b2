package servicesim.scenario;

import java.time.Duration;
import java.util.List;
import servicesim.files.Location;

/**
 * A line of the customer's script. {@code part} continues the customer's current turn; {@code asks} names the
 * questions it asks; {@code when} skips the line while the guard is false; {@code after} is the delay from the
 * previous message ({@code null}: the channel default).
 */
public record CustomerLine(int index, String say, String subject, boolean part, List<String> asks, Guard when,
    Duration after, Location location) {}
