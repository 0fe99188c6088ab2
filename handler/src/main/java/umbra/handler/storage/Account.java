package umbra.handler.storage;

import java.util.UUID;

/**
 * A row of {@code accounts}.
 *
 * @param admin admins may read and write every canvas (backend.md 5.2)
 */
public record Account(UUID id, String username, String name, boolean admin) {}
