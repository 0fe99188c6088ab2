package umbra.dto.api;

import java.util.List;
import java.util.Optional;

/**
 * The editor's text of one toplevel: its section of the canvas text (what {@code umbra pull}
 * prints for it) with where its expressions are written, and saving such a section as ops.
 */
public final class SourceDtos {
  private SourceDtos() {}

  /**
   * Where an expression is written: 1-based line and column (UTF-16 units) of its first token.
   * The id is a string, as the keys of live values are, so JavaScript reads every id exactly.
   */
  public record ExprAt(String id, int line, int column) {}

  /** A function call the editor can play: {@code Module::fn_vN} or a canvas function, and its arguments' ids. */
  public record Call(String id, String fnName, List<String> args) {}

  /**
   * {@code GET .../toplevels/{tlid}/source}: the section's text, header line first; every
   * expression's place; per line, the expression whose value the editor shows at the line's end;
   * the calls it may play (none inside pipes).
   *
   * @param version the canvas's version when read: send it back to save only over what was read
   */
  public record Source(long tlid, String text, List<ExprAt> positions, List<ExprAt> lineExprs, List<Call> calls,
      long version) {}

  /**
   * {@code PUT .../toplevels/{tlid}/source} (change that toplevel) or {@code POST .../toplevels}
   * (add one): one section of the canvas text; {@code expectedVersion} as for ops.
   */
  public record SourceRequest(String text, Optional<Long> expectedVersion) {}

  /** Why a text is not one section: at 1-based line and column, one sentence. */
  public record TextError(int line, int column, String message) {}

  /** A lint warning about the saved toplevel, at its place in the text. */
  public record Warning(int line, int column, String message) {}

  /**
   * A save's answer: the text's error (nothing was saved), or the toplevel as it now is (its
   * text in the canonical form) and its warnings.
   */
  public record Saved(Optional<TextError> error, Optional<Source> source, List<Warning> warnings) {}
}
