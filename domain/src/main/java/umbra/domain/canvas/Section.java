package umbra.domain.canvas;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The live and deleted toplevels of one kind, each keyed by tlid (Dark keeps one pair of maps per
 * kind, so a tlid may in principle name a handler and a DB at once). Immutable: every change
 * returns a new section.
 */
public record Section<T extends Toplevel>(SortedMap<Long, T> live, SortedMap<Long, T> deleted) {
  public Section {
    live = Collections.unmodifiableSortedMap(new TreeMap<>(live));
    deleted = Collections.unmodifiableSortedMap(new TreeMap<>(deleted));
  }

  public static <T extends Toplevel> Section<T> empty() {
    return new Section<>(new TreeMap<>(), new TreeMap<>());
  }

  /** Insert or replace; a set after a delete revives the toplevel (backend.md 4.2). */
  public Section<T> set(T tl) {
    var newLive = new TreeMap<>(live);
    newLive.put(tl.tlid(), tl);
    var newDeleted = new TreeMap<>(deleted);
    newDeleted.remove(tl.tlid());
    return new Section<>(newLive, newDeleted);
  }

  /** Moves a live toplevel to the deleted set; unknown tlids are ignored. */
  public Section<T> delete(long tlid) {
    T tl = live.get(tlid);
    if (tl == null) return this;
    var newLive = new TreeMap<>(live);
    newLive.remove(tlid);
    var newDeleted = new TreeMap<>(deleted);
    newDeleted.put(tlid, tl);
    return new Section<>(newLive, newDeleted);
  }

  /** Changes a live toplevel; ops on missing or deleted ones are no-ops (backend.md 4.2). */
  public Section<T> update(long tlid, UnaryOperator<T> change) {
    T tl = live.get(tlid);
    if (tl == null) return this;
    var newLive = new TreeMap<>(live);
    newLive.put(tlid, change.apply(tl));
    return new Section<>(newLive, deleted);
  }

  /** Adds an already-built toplevel as loaded from storage, without the revive rule of {@link #set}. */
  public Section<T> withLoaded(T tl, boolean isDeleted) {
    var target = new TreeMap<>(isDeleted ? deleted : live);
    target.put(tl.tlid(), tl);
    return isDeleted ? new Section<>(live, target) : new Section<>(target, deleted);
  }
}
