package umbra.domain.testfile;

import java.util.List;
import java.util.Optional;

/**
 * What a {@code with ...} clause asks for (test-format.md 1.3): datastores available as globals,
 * worker handlers (so {@code emit} has a target), an exact canvas name, static-asset deploys.
 */
public record Extras(
    List<DbDeclaration> dbs,
    List<String> workers,
    Optional<String> exactCanvasName,
    List<String> staticAssetsDeployHashes) {

  public static final Extras NONE = new Extras(List.of(), List.of(), Optional.empty(), List.of());

  public Extras {
    dbs = List.copyOf(dbs);
    workers = List.copyOf(workers);
    staticAssetsDeployHashes = List.copyOf(staticAssetsDeployHashes);
  }

  /** Whether the test needs a stored canvas rather than one that exists only in memory. */
  public boolean needsStorage() {
    return !dbs.isEmpty() || !workers.isEmpty() || !staticAssetsDeployHashes.isEmpty();
  }
}
