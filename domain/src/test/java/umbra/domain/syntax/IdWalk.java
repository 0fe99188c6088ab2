package umbra.domain.syntax;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** Every {@code id} in a tree (expressions, lambda parameters, patterns), found by walking the records. */
final class IdWalk {
  private IdWalk() {}

  static List<Long> ids(Object tree) {
    List<Long> ids = new ArrayList<>();
    walk(tree, ids);
    return ids;
  }

  private static void walk(Object node, List<Long> ids) {
    if (node instanceof List<?> list) {
      list.forEach(item -> walk(item, ids));
    } else if (node instanceof Record record) {
      for (RecordComponent c : record.getClass().getRecordComponents()) {
        Object value = get(c, record);
        if (c.getName().equals("id")) ids.add((Long) value);
        else walk(value, ids);
      }
    }
  }

  private static Object get(RecordComponent c, Record record) {
    try {
      return c.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
