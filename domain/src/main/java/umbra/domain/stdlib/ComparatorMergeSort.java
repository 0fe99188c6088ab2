package umbra.domain.stdlib;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import umbra.domain.eval.Step;
import umbra.domain.value.Dval;

/**
 * The merge sort behind {@code List::sortByComparator}: the classic backend ported .NET's
 * {@code MergeSortCore} (top-down, pairs swapped directly, left half merged from a scratch
 * copy), and a user comparator can observe the exact sequence of comparisons (which pair
 * first meets a bad answer, how a non-transitive comparator orders), so this follows it step by
 * step. Every comparison is a Dark call, so the recursion is written in continuations: the
 * interpreter runs each comparison and resumes the sort, and the Java stack only ever holds
 * one path of the recursion (depth log n).
 */
final class ComparatorMergeSort {

  /** One comparison: hands -1, 0 or 1 to {@code then}, or returns a Step that ends the sort. */
  interface Comparison {
    Step compare(Dval a, Dval b, IntFunction<Step> then);
  }

  private final Dval[] array;
  private final Dval[] scratch;
  private final Comparison comparison;

  private ComparatorMergeSort(List<Dval> items, Comparison comparison) {
    this.array = items.toArray(new Dval[0]);
    this.scratch = new Dval[array.length / 2];
    this.comparison = comparison;
  }

  /** Sorts {@code items}; {@code done} receives the sorted list unless a comparison stopped it. */
  static Step sort(List<Dval> items, Comparison comparison, Function<List<Dval>, Step> done) {
    var sorter = new ComparatorMergeSort(items, comparison);
    return sorter.sortRange(0, sorter.array.length, () -> done.apply(Arrays.asList(sorter.array)));
  }

  private Step sortRange(int index, int length, Supplier<Step> then) {
    if (length <= 1) return then.get();
    if (length == 2) {
      return comparison.compare(array[index], array[index + 1], result -> {
        if (result > 0) swap(index, index + 1);
        return then.get();
      });
    }
    int half = length / 2;
    return sortRange(index, half, () -> sortRange(index + half, length - half, () -> {
      System.arraycopy(array, index, scratch, 0, half);
      return merge(new Merge(index, half, length), 0, index + half, 0, then);
    }));
  }

  /** The bounds of one merge: the left half is in {@code scratch[0, half)}, the right in place. */
  private record Merge(int index, int half, int length) {
    int rightEnd() { return index + length; }
  }

  /** Places element {@code i} of the merged range; {@code left}/{@code right} are the read heads. */
  private Step merge(Merge m, int left, int right, int i, Supplier<Step> then) {
    if (i >= m.length() || left == m.half()) {
      return then.get(); // whatever remains of the right half is already in place
    }
    if (right == m.rightEnd()) {
      System.arraycopy(scratch, left, array, m.index() + i, m.length() - i);
      return then.get();
    }
    Dval fromLeft = scratch[left];
    Dval fromRight = array[right];
    return comparison.compare(fromLeft, fromRight, result -> {
      if (result <= 0) {
        array[m.index() + i] = fromLeft;
        return merge(m, left + 1, right, i + 1, then);
      }
      array[m.index() + i] = fromRight;
      return merge(m, left, right + 1, i + 1, then);
    });
  }

  private void swap(int i, int j) {
    Dval t = array[i];
    array[i] = array[j];
    array[j] = t;
  }
}
