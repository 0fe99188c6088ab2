package umbra.domain.stdlib;

/**
 * The Object module: the old names of Dict functions, kept so old programs still run. Each
 * alias reports errors under its own name. {@code Object::toJSON_v0/_v1} are serialisation and
 * live with the JSON module.
 */
final class ObjectFunctions {
  private ObjectFunctions() {}

  static void register(Registry.Builder r) {
    r.alias("Object::empty_v0", "Dict::empty_v0", "RenamedTo Dict::empty_v0");
    r.alias("Object::merge_v0", "Dict::merge_v0", "RenamedTo Dict::merge_v0");
  }
}
