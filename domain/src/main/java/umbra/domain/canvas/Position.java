package umbra.domain.canvas;

/** Where the editor draws a handler or DB, in canvas pixels (backend.md 4.1). */
public record Position(int x, int y) {}
