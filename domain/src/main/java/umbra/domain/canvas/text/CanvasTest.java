package umbra.domain.canvas.text;

/**
 * One {@code [test NAME]} section of a canvas text file.
 *
 * @param line the header's line in the file
 * @param code the body (the lines below the header up to the next section, trailing blank lines
 *     dropped); empty for a test without code
 */
public record CanvasTest(String name, int line, String code) {}
