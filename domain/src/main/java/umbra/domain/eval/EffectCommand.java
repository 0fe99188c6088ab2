package umbra.domain.eval;

/**
 * The precise work an {@link EffectRequest} asks for, when a builtin prepared more than its
 * arguments say (the datastore functions' {@code DatastoreCommand}s). Performers that need one
 * match on its type; most effects carry {@link #NONE}.
 */
public interface EffectCommand {
  EffectCommand NONE = new EffectCommand() {
    @Override public String toString() { return "none"; }
  };
}
