package umbra.domain.value;

import io.vavr.Tuple2;
import io.vavr.collection.TreeMap;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;

/**
 * A dict's or record's entries ({@link Dval.DObj#fields}): an immutable {@link SortedMap} over a
 * persistent red-black tree, keys in ordinal (UTF-16) order, the natural order of Java strings.
 * Setting or removing a key shares every other entry instead of copying them, so
 * {@code Dict.set} in a fold is linear (times a logarithm) overall, not quadratic. Equality and
 * hashing are those of every {@link Map}.
 */
public final class Fields extends AbstractMap<String, Dval> implements SortedMap<String, Dval> {
  private static final Fields EMPTY = new Fields(TreeMap.empty());

  private final TreeMap<String, Dval> tree;

  private Fields(TreeMap<String, Dval> tree) { this.tree = tree; }

  /** These entries: the same instance if they are already {@code Fields}, else a copy. */
  public static Fields of(Map<String, Dval> fields) {
    if (fields instanceof Fields same) return same;
    if (fields.isEmpty()) return EMPTY;
    return new Fields(TreeMap.ofAll(fields));
  }

  /** These entries with {@code key} set to {@code value}, added or replaced (Dark's {@code Dict.set}). */
  public Fields with(String key, Dval value) { return new Fields(tree.put(key, value)); }

  /** These entries without {@code key}; the same instance when it is absent. */
  public Fields without(String key) { return tree.containsKey(key) ? new Fields(tree.remove(key)) : this; }

  /** These entries, then {@code more}'s: {@code more} wins on a shared key (Dark's {@code Dict.merge}). */
  public Fields withAll(Map<String, Dval> more) {
    Fields right = of(more);
    if (right.size() > size()) { // insert the smaller side into the larger
      TreeMap<String, Dval> merged = right.tree;
      for (Tuple2<String, Dval> e : tree) {
        if (!merged.containsKey(e._1)) merged = merged.put(e._1, e._2);
      }
      return new Fields(merged);
    }
    TreeMap<String, Dval> merged = tree;
    for (Tuple2<String, Dval> e : right.tree) merged = merged.put(e._1, e._2);
    return new Fields(merged);
  }

  @Override public Dval get(Object key) { return key instanceof String k ? tree.get(k).getOrNull() : null; }

  @Override public boolean containsKey(Object key) { return key instanceof String k && tree.containsKey(k); }

  @Override public int size() { return tree.size(); }

  @Override public boolean isEmpty() { return tree.isEmpty(); }

  @Override public Set<Entry<String, Dval>> entrySet() {
    return new AbstractSet<>() {
      @Override public Iterator<Entry<String, Dval>> iterator() {
        return tree.iterator().<Entry<String, Dval>>map(e -> new SimpleImmutableEntry<>(e._1, e._2));
      }

      @Override public int size() { return tree.size(); }
    };
  }

  /** Null: the natural order of strings, as a {@link java.util.TreeMap} built without a comparator says. */
  @Override public Comparator<? super String> comparator() { return null; }

  @Override public String firstKey() {
    if (tree.isEmpty()) throw new NoSuchElementException();
    return tree.head()._1;
  }

  @Override public String lastKey() {
    if (tree.isEmpty()) throw new NoSuchElementException();
    return tree.last()._1;
  }

  // Ranges are asked for nowhere in Umbra: a copy keeps them correct and simple.
  @Override public SortedMap<String, Dval> subMap(String from, String to) { return copy().subMap(from, to); }

  @Override public SortedMap<String, Dval> headMap(String to) { return copy().headMap(to); }

  @Override public SortedMap<String, Dval> tailMap(String from) { return copy().tailMap(from); }

  private SortedMap<String, Dval> copy() { return Collections.unmodifiableSortedMap(new java.util.TreeMap<>(this)); }
}
