package servicesim.policy.acts.eval;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import servicesim.files.InvalidFileException;
import servicesim.files.Location;
import servicesim.files.Problems;
import servicesim.policy.acts.Act;

/**
 * Reads a labelled set: tab-separated lines under the header {@code lang agent_name organisation text acts ignore
 * source} (ACTS.md), reporting every problem as {@code file:line:column: message}. Empty lines and lines starting
 * with {@code #} are skipped.
 */
public final class LabelledLines {

  public static final List<String> COLUMNS =
      List.of("lang", "agent_name", "organisation", "text", "acts", "ignore", "source");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

  private LabelledLines() {}

  public static List<LabelledLine> read(Path file) throws InvalidFileException {
    String content;
    try {
      content = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (NoSuchFileException e) {
      throw new InvalidFileException(Location.of(file.toString()), "no such file");
    } catch (CharacterCodingException e) {
      throw new InvalidFileException(Location.of(file.toString()), "not UTF-8 text");
    } catch (IOException e) {
      throw new InvalidFileException(Location.of(file.toString()), "cannot read: " + e.getMessage());
    }
    return parse(file.toString(), content);
  }

  /** @param name how messages name the file */
  public static List<LabelledLine> parse(String name, String content) throws InvalidFileException {
    if (content.startsWith("\uFEFF")) content = content.substring(1);
    String[] rows = content.split("\r?\n", -1);
    Problems problems = new Problems();
    int headerRow = -1;
    for (int i = 0; i < rows.length && headerRow < 0; i++) {
      if (!skipped(rows[i])) headerRow = i;
    }
    if (headerRow < 0) throw new InvalidFileException(Location.of(name), "empty file: expected the header "
        + String.join("<tab>", COLUMNS));
    int[] column = header(name, headerRow + 1, rows[headerRow], problems);
    problems.throwIfAny();

    List<LabelledLine> lines = new ArrayList<>();
    for (int i = headerRow + 1; i < rows.length; i++) {
      if (skipped(rows[i])) continue;
      int lineNr = i + 1;
      String[] fields = rows[i].split("\t", -1);
      int[] starts = starts(fields);
      if (fields.length != COLUMNS.size()) {
        problems.add(new Location(name, lineNr, 1), "expected " + COLUMNS.size() + " tab-separated fields ("
            + String.join(", ", COLUMNS) + "), found " + fields.length);
        continue;
      }
      Field lang = field(fields, starts, column, 0);
      Field text = field(fields, starts, column, 3);
      Field acts = field(fields, starts, column, 4);
      Field ignore = field(fields, starts, column, 5);
      if (lang.value().isEmpty()) {
        problems.add(at(name, lineNr, lang), "missing language (en, ur, el, hi ...)");
      } else if (!LANGUAGE.matcher(lang.value()).matches()) {
        problems.add(at(name, lineNr, lang), "'" + lang.value() + "' is not a language code such as en, ur, el or hi");
      }
      if (text.value().isEmpty()) problems.add(at(name, lineNr, text), "missing text");
      Set<Act> labelled = acts(name, lineNr, acts, problems);
      Set<Act> ignored = acts(name, lineNr, ignore, problems);
      for (Act both : labelled) {
        if (ignored.contains(both)) {
          problems.add(at(name, lineNr, ignore), "act '" + both.id() + "' is both labelled and ignored: keep one");
        }
      }
      lines.add(new LabelledLine(new Location(name, lineNr, 1), lang.value(), field(fields, starts, column, 1).value(),
          field(fields, starts, column, 2).value(), text.value(), Set.copyOf(labelled), Set.copyOf(ignored),
          field(fields, starts, column, 6).value()));
    }
    problems.throwIfAny();
    return List.copyOf(lines);
  }

  private static boolean skipped(String row) {
    return row.isBlank() || row.startsWith("#");
  }

  /** For each column of {@link #COLUMNS}, its index in the file. */
  private static int[] header(String name, int lineNr, String row, Problems problems) {
    String[] names = row.split("\t", -1);
    int[] starts = starts(names);
    int[] column = new int[COLUMNS.size()];
    java.util.Arrays.fill(column, -1);
    for (int i = 0; i < names.length; i++) {
      String n = names[i].trim();
      int known = COLUMNS.indexOf(n);
      if (known < 0) {
        problems.add(new Location(name, lineNr, starts[i] + 1), "unknown column '" + n + "' (the header is "
            + String.join("<tab>", COLUMNS) + ")");
      } else if (column[known] >= 0) {
        problems.add(new Location(name, lineNr, starts[i] + 1), "column '" + n + "' appears twice");
      } else {
        column[known] = i;
      }
    }
    List<String> missing = new ArrayList<>();
    for (int k = 0; k < COLUMNS.size(); k++) if (column[k] < 0) missing.add(COLUMNS.get(k));
    if (!missing.isEmpty()) {
      problems.add(new Location(name, lineNr, 1), "the header lacks " + String.join(", ", missing) + " (the header is "
          + String.join("<tab>", COLUMNS) + ", tab-separated)");
    }
    return column;
  }

  private static int[] starts(String[] fields) {
    int[] starts = new int[fields.length];
    int at = 0;
    for (int i = 0; i < fields.length; i++) {
      starts[i] = at;
      at += fields[i].length() + 1;
    }
    return starts;
  }

  /** A field's trimmed value and the 0-based column where its value starts. */
  private record Field(String value, int start) {}

  private static Field field(String[] fields, int[] starts, int[] column, int which) {
    String raw = fields[column[which]];
    int lead = raw.length() - raw.stripLeading().length();
    return new Field(raw.strip(), starts[column[which]] + lead);
  }

  private static Location at(String name, int lineNr, Field field) {
    return new Location(name, lineNr, field.start() + 1);
  }

  private static Set<Act> acts(String name, int lineNr, Field field, Problems problems) {
    Set<Act> acts = EnumSet.noneOf(Act.class);
    if (field.value().isEmpty()) return acts;
    int offset = 0;
    for (String part : field.value().split(",", -1)) {
      String id = part.strip();
      int column = field.start() + offset + (part.length() - part.stripLeading().length()) + 1;
      offset += part.length() + 1;
      if (id.isEmpty()) {
        problems.add(new Location(name, lineNr, column), "empty act in '" + field.value() + "'");
        continue;
      }
      Optional<Act> act = Act.byId(id).filter(Act::labelled);
      if (act.isEmpty()) {
        problems.add(new Location(name, lineNr, column), "unknown act '" + id + "' (acts: "
            + Act.labelledActs().stream().map(Act::id).collect(Collectors.joining(", ")) + ")");
      } else {
        acts.add(act.get());
      }
    }
    return acts;
  }
}
