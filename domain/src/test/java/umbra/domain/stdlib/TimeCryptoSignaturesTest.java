package umbra.domain.stdlib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import umbra.domain.syntax.DType;

/**
 * Every row of the spec's stdlib.tsv for Date, Crypto, JWT, X509 and Password is registered with
 * its parameters, return type, purity, deprecation and error-rail default. Reads the spec where
 * the workspace keeps it beside the repository; skipped when it is not there.
 */
class TimeCryptoSignaturesTest {
  private static final Path TSV = Path.of("../../shared/spec/stdlib.tsv");
  private static final Set<String> MODULES = Set.of("Date", "Crypto", "JWT", "X509", "Password");

  @Test
  void everyRowIsRegisteredAsSpecified() throws IOException {
    Assumptions.assumeTrue(Files.exists(TSV), "spec not beside the repository");
    var registry = Builtins.modules();
    var checked = new ArrayList<String>();
    for (String line : Files.readAllLines(TSV)) {
      String[] c = line.split("\t", -1);
      if (!MODULES.contains(c[0]) || c[10].startsWith("infix-alias")) continue;
      String name = c[0] + "::" + c[1] + "_v" + c[2];
      Builtin b = registry.get(Registry.parseName(name));
      assertThat(b).as(name).isNotNull();
      assertThat(b.params().stream().map(p -> p.name() + ":" + p.type()).toList()).as(name).isEqualTo(params(c[3]));
      assertThat(b.returnType()).as(name).isEqualTo(DType.parse(c[4]));
      assertThat(b.purity().name().replace("_", "")).as(name).isEqualToIgnoringCase(c[6]);
      assertThat(b.isDeprecated()).as(name).isEqualTo(c[7].equals("yes"));
      assertThat(b.railDefault()).as(name).isEqualTo(c[9].equals("yes"));
      checked.add(name);
    }
    assertThat(checked).hasSize(46); // 50 rows less the four Date infix operators
  }

  private static List<String> params(String text) {
    var out = new ArrayList<String>();
    if (text.isEmpty()) return out;
    for (String p : text.split(",")) {
      int colon = p.indexOf(':');
      out.add(p.substring(0, colon) + ":" + DType.parse(p.substring(colon + 1)));
    }
    return out;
  }
}
