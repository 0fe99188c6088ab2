package umbra.domain.value;

import io.vavr.collection.Vector;
import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A Dark list's elements ({@link Dval.DList#items}): an immutable {@link List} over a persistent
 * vector. Adding at either end, appending, taking and dropping share the elements they keep
 * instead of copying them, so {@code List.pushBack} in a fold is linear overall, not quadratic.
 * Equality and hashing are those of every {@link List}.
 */
public final class Items extends AbstractList<Dval> implements RandomAccess {
  private static final Items EMPTY = new Items(Vector.empty());

  private final Vector<Dval> vector;

  private Items(Vector<Dval> vector) { this.vector = vector; }

  /** These elements: the same instance if they are already {@code Items}, else a copy. Null elements are refused, as by {@link List#copyOf}. */
  public static Items of(List<Dval> items) {
    if (items instanceof Items same) return same;
    if (items.isEmpty()) return EMPTY;
    for (Dval item : items) Objects.requireNonNull(item, "a list element");
    return new Items(Vector.ofAll(items));
  }

  @Override public Dval get(int index) {
    Objects.checkIndex(index, vector.size());
    return vector.get(index);
  }

  @Override public int size() { return vector.size(); }

  @Override public Iterator<Dval> iterator() { return vector.iterator(); }

  /** The elements followed by {@code item} (Dark's {@code List.pushBack}). */
  public Items pushBack(Dval item) { return new Items(vector.append(Objects.requireNonNull(item))); }

  /** {@code item} followed by the elements (Dark's {@code List.push}). */
  public Items push(Dval item) { return new Items(vector.prepend(Objects.requireNonNull(item))); }

  /** The elements followed by {@code more}'s. */
  public Items append(List<Dval> more) {
    Items tail = of(more);
    if (tail.isEmpty()) return this;
    if (isEmpty()) return tail;
    return new Items(vector.appendAll(tail.vector));
  }

  /** A slice sharing these elements, not a view. */
  @Override public Items subList(int from, int to) {
    Objects.checkFromToIndex(from, to, vector.size());
    return from == 0 && to == vector.size() ? this : new Items(vector.slice(from, to));
  }

  @Override public Items reversed() { return new Items(vector.reverse()); }
}
