package servicesim.policy.acts;

/**
 * A word of normalized text, with the span of the original text it covers, which sentence and clause of the text it
 * is in (counted from 0) and whether its sentence ends with a question mark: phrases never match across a sentence
 * end, negation never reaches across a clause.
 */
public record Token(String text, int start, int end, int sentence, int clause, boolean question) {

  public Token(String text, int start, int end) {
    this(text, start, end, 0, 0, false);
  }

  Token asQuestion() {
    return new Token(text, start, end, sentence, clause, true);
  }
}
