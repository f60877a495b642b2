package servicesim.policy.acts.eval;

/**
 * Which letters a line is written in: a language's own script only (Nastaliq, Devanagari, Greek), Latin letters only
 * (English, Roman Urdu, Hinglish, Greeklish), or both (a brand typed in Latin inside Urdu, a name in the other script).
 */
public enum LineScript {
  OWN("own script only"),
  LATIN("Latin letters only"),
  BOTH("both scripts");

  private final String label;

  LineScript(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The kind of a line by its letters; a line with no letter at all counts as Latin. */
  public static LineScript of(String text) {
    boolean latin = false;
    boolean other = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (!Character.isLetter(c)) continue;
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (script == Character.UnicodeScript.LATIN) latin = true;
      else if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED) other = true;
      if (latin && other) return BOTH;
    }
    return other ? OWN : LATIN;
  }
}
