package umbra.dto.api;

import java.util.List;
import java.util.Optional;

/** {@code GET /docs.json}: the builtin functions, as {@code umbra docs} lists them. */
public final class ReferenceDtos {
  private ReferenceDtos() {}

  /** Every builtin, by module, name, version. */
  public record Reference(List<Function> functions) {}

  /**
   * One builtin: {@code name} as the registry has it ({@code Int::add_v1}), its parts, how code
   * writes a call ({@code Int.add_v1}), types in the canvas text's notation, {@code purity}
   * ({@code pure}, {@code impure}, {@code impure, previewable}), why it is deprecated (null when current).
   */
  public record Function(String name, String module, String function, int version, String written,
      List<Param> params, String returnType, String purity, Optional<String> deprecation, String description) {}

  public record Param(String name, String type) {}
}
