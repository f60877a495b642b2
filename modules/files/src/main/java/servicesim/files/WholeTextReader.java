package servicesim.files;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's reader over a text already in memory. SnakeYAML's own reader refills a 1 KiB buffer by copying every
 * character not yet consumed, so a long scalar costs time quadratic in its length; this one reads from one array of
 * code points, so scanning stays linear. Line and column counting follow SnakeYAML's reader exactly.
 */
final class WholeTextReader extends StreamReader {

  private static final int BOM = 0xFEFF;

  private final String name;
  private final int[] text;
  private int pointer;
  private int line;
  private int column;

  WholeTextReader(String name, int[] codePoints) {
    super("");
    this.name = name;
    this.text = codePoints;
  }

  @Override
  public Mark getMark() {
    return new Mark(name, pointer, line, column, text, pointer);
  }

  @Override
  public void forward() {
    forward(1);
  }

  @Override
  public void forward(int length) {
    for (int i = 0; i < length && pointer < text.length; i++) {
      int c = text[pointer++];
      boolean lineBreak = Constant.LINEBR.has(c) || (c == '\r' && pointer < text.length && text[pointer] != '\n');
      if (lineBreak) {
        line++;
        column = 0;
      } else if (c != BOM) {
        column++;
      }
    }
  }

  @Override
  public int peek() {
    return pointer < text.length ? text[pointer] : 0;
  }

  @Override
  public int peek(int index) {
    int at = pointer + index;
    return at < text.length ? text[at] : 0;
  }

  @Override
  public String prefix(int length) {
    if (length == 0 || pointer >= text.length) return "";
    return new String(text, pointer, Math.min(length, text.length - pointer));
  }

  @Override
  public String prefixForward(int length) {
    String prefix = prefix(length);
    pointer += length;
    column += length;
    return prefix;
  }

  @Override
  public int getColumn() {
    return column;
  }

  @Override
  public int getIndex() {
    return pointer;
  }

  @Override
  public int getLine() {
    return line;
  }
}
