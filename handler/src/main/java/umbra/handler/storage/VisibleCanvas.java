package umbra.handler.storage;

import java.util.Optional;
import umbra.domain.account.Permission;

/**
 * A canvas in an account's list.
 *
 * @param owner the owning account's name
 * @param grant what the owner granted the account; empty for the account's own canvases
 */
public record VisibleCanvas(CanvasInfo canvas, String owner, Optional<Permission> grant) {}
