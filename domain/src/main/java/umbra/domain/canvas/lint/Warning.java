package umbra.domain.canvas.lint;

/**
 * Something in a canvas that will go wrong when it runs, found before it does.
 *
 * @param tlid the toplevel it is in
 * @param exprId the expression it is about (for a toplevel as a whole, such as a route two
 *     handlers share: the id of the handler's route)
 * @param message one line for a person: what is wrong and, where known, what was probably meant
 */
public record Warning(long tlid, long exprId, String message) {}
