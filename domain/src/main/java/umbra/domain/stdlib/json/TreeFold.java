package umbra.domain.stdlib.json;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import umbra.domain.stdlib.json.JsonTree.*;

/**
 * A post-order walk of a {@link JsonTree} with an explicit stack: children are converted in
 * document order before their container, so converters see what .NET's recursive ones saw
 * without risking the Java stack on deeply nested input.
 */
final class TreeFold {
  private TreeFold() {}

  /** How one format turns JSON into values of type {@code R}. */
  interface Folder<R> {
    R scalar(JsonTree leaf);

    /** Called when an object is entered, before any of its values is converted. */
    default void enterObject(JObject object) {}

    R array(JArray node, List<R> items);

    R object(JObject node, List<R> values);
  }

  private static final class Frame<R> {
    final JsonTree node;
    final List<JsonTree> children;
    final List<R> done = new ArrayList<>();
    int next;

    Frame(JsonTree node, List<JsonTree> children) {
      this.node = node;
      this.children = children;
    }
  }

  static <R> R fold(JsonTree root, Folder<R> folder) {
    var stack = new ArrayDeque<Frame<R>>();
    JsonTree next = root;
    R finished = null;
    while (true) {
      if (next != null) {
        switch (next) {
          case JArray a -> stack.push(new Frame<>(a, a.items()));
          case JObject o -> {
            folder.enterObject(o);
            stack.push(new Frame<>(o, o.members().stream().map(Member::value).toList()));
          }
          default -> finished = folder.scalar(next);
        }
        next = null;
      }
      if (finished != null) {
        if (stack.isEmpty()) return finished;
        stack.getFirst().done.add(finished);
        finished = null;
      }
      Frame<R> top = stack.getFirst();
      if (top.next < top.children.size()) {
        next = top.children.get(top.next++);
      } else {
        stack.pop();
        finished = top.node instanceof JObject o ? folder.object(o, top.done) : folder.array((JArray) top.node, top.done);
      }
    }
  }
}
