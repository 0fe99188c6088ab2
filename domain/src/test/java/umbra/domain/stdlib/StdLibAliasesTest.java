package umbra.domain.stdlib;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The whole standard library builds: every rename and operator alias finds its target. */
class StdLibAliasesTest {

  @Test
  void operatorsOfOtherModulesResolveInTheFullRegistry() {
    for (String op : new String[] {"++", "Date::<", "Date::>=", "assoc_v0", "dissoc_v0", "/"}) {
      assertThat(StdLib.registry().get(Registry.parseName(op))).as(op).isNotNull();
    }
  }
}
