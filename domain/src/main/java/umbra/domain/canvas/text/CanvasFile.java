package umbra.domain.canvas.text;

import java.util.List;
import java.util.Map;
import umbra.domain.canvas.Canvas;
import umbra.domain.syntax.SourcePosition;

/**
 * A canvas text file as read: its toplevels, where each is written (tlids at their header,
 * expression, pattern and lambda-parameter ids at their first token; lines of the whole file),
 * and its {@code [test NAME]} sections in file order.
 */
public record CanvasFile(Canvas canvas, Map<Long, SourcePosition> positions, List<CanvasTest> tests) {
  public CanvasFile {
    positions = Map.copyOf(positions);
    tests = List.copyOf(tests);
  }
}
