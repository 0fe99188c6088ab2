package umbra.dto.api;

import java.util.List;

/**
 * The toplevels an add-ops request touched (and the live datastores it needed), as they are now,
 * and the warnings about the whole canvas after the ops (they were applied all the same).
 *
 * @param version the canvas's version after these ops (the next request's {@code expectedVersion})
 */
public record ToplevelsDto(List<ToplevelDto> toplevels, List<ToplevelDto> deletedToplevels, List<Warning> warnings,
    long version) {

  /**
   * Something that will go wrong when the code runs: a call of a function that does not exist, a
   * variable nothing binds, a datastore or worker not declared, two handlers on one route.
   *
   * @param exprId the expression it is about (for a route two handlers share: the route's id)
   */
  public record Warning(long tlid, long exprId, String message) {}
}
