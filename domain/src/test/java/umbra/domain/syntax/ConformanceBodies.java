package umbra.domain.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Dark code inside one {@code .tests} file, read with the line rules of test-format.md 1.1
 * (only as far as needed to find the code: names, extras and DB schemas are ignored).
 */
final class ConformanceBodies {

  enum Kind { TEST, FUNCTION }

  /** {@code line} is where the test or function starts; {@code code} is what the F# parser saw. */
  record Body(String file, int line, Kind kind, String code) {}

  private static final Pattern GROUP = Pattern.compile("^\\[tests\\.(.*)\\]( with (.*))?$");
  private static final Pattern DB = Pattern.compile("^\\[db.(.*) (\\{.*\\})\\]\\s*$");
  private static final Pattern FUNCTION = Pattern.compile("^\\[(package)?fn\\.(\\S+) (.*)\\]$");
  private static final Pattern BLOCK_TEST = Pattern.compile("^\\[test\\.(.*)\\]( with (.*))?$");
  private static final Pattern BLANK = Pattern.compile("^\\s*$");
  private static final Pattern COMMENT = Pattern.compile("^\\s*//.*$");
  private static final Pattern NAMED_LINE = Pattern.compile("^(.*)\\s+//\\s+(.*)$");

  private final String file;
  private final List<Body> bodies = new ArrayList<>();
  private Kind recording;
  private int recordingLine;
  private StringBuilder code;

  private ConformanceBodies(String file) {
    this.file = file;
  }

  /** Every non-pending test body and every function body, in file order. */
  static List<Body> read(String file, String content) {
    ConformanceBodies reader = new ConformanceBodies(file);
    String[] lines = content.split("\n", -1);
    for (int i = 0; i < lines.length; i++) reader.line(i + 1, lines[i]);
    reader.finish();
    return reader.bodies;
  }

  private void line(int number, String line) {
    if (GROUP.matcher(line).matches() || DB.matcher(line).matches()) {
      finish();
    } else if (FUNCTION.matcher(line).matches()) {
      start(Kind.FUNCTION, number);
    } else if (BLOCK_TEST.matcher(line).matches()) {
      start(Kind.TEST, number);
    } else if (BLANK.matcher(line).matches()) {
      return;
    } else if (recording != null) {
      if (!COMMENT.matcher(line).matches()) code.append('\n').append(line);
    } else {
      Matcher named = NAMED_LINE.matcher(line);
      add(Kind.TEST, number, named.matches() ? named.group(1) : line);
    }
  }

  private void start(Kind kind, int number) {
    finish();
    recording = kind;
    recordingLine = number;
    code = new StringBuilder();
  }

  private void finish() {
    if (recording != null) add(recording, recordingLine, code.toString());
    recording = null;
  }

  /** test-format.md 1.1: blank code, or code starting with {@code //}, is a pending test. */
  private void add(Kind kind, int number, String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty() || trimmed.startsWith("//")) return;
    bodies.add(new Body(file, number, kind, text));
  }
}
