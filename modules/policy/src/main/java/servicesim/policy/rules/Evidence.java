package servicesim.policy.rules;

/**
 * What a verdict rests on: the event (by sequence number) and, where text was matched, the matched span of that
 * event's message ({@code start}/{@code end} are UTF-16 offsets into the message; null when no text was matched).
 */
public record Evidence(long seqNr, String text, Integer start, Integer end) {

  public static Evidence of(long seqNr, String text) {
    return new Evidence(seqNr, text, null, null);
  }

  public static Evidence span(long seqNr, servicesim.policy.acts.Detection d) {
    return new Evidence(seqNr, d.match(), d.start(), d.end());
  }
}
