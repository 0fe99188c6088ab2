package umbra.dto.api;

import java.util.List;

/** The toplevels an add-ops request touched (and the live datastores it needed), as they are now. */
public record ToplevelsDto(List<ToplevelDto> toplevels, List<ToplevelDto> deletedToplevels) {}
