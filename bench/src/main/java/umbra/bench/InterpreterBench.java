package umbra.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.lib.jse.JsePlatform;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import umbra.domain.value.Dval;

/**
 * Dark programs against the same programs in LuaJ's interpreter, in one JVM. Each pair is named
 * {@code <case>Dark} / {@code <case>Lua}; {@link Ratios} prints Dark's time over Lua's.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xss8m"})
public class InterpreterBench {

  @State(Scope.Benchmark)
  public static class Dark {
    DarkProgram fib;
    DarkProgram pipeline;
    DarkProgram strings;

    @Setup
    public void setup() {
      fib = DarkProgram.of("fib 25", Map.of("fib", "if n < 2 then n else fib (n - 1) + fib (n - 2)"));
      pipeline = DarkProgram.of("""
          List.range_v0 0 10000
          |> List.map_v0 (fun x -> x * 3)
          |> List.filter_v2 (fun x -> x % 2 == 0)
          |> List.fold_v0 0 (fun acc x -> acc + x)""", Map.of());
      strings = DarkProgram.of("""
          List.range_v0 0 2000
          |> List.fold_v0 "" (fun acc x -> acc ++ toString x)
          |> String.length_v1""", Map.of());
    }
  }

  @State(Scope.Benchmark)
  public static class Lua {
    LuaValue fib;
    LuaValue pipeline;
    LuaValue strings;

    @Setup
    public void setup() {
      Globals g = JsePlatform.standardGlobals();
      fib = g.load("""
          local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
          return fib(25)""");
      pipeline = g.load("""
          local xs = {} for i = 0, 10000 do xs[#xs + 1] = i end
          local ys = {} for _, x in ipairs(xs) do ys[#ys + 1] = x * 3 end
          local zs = {} for _, y in ipairs(ys) do if y % 2 == 0 then zs[#zs + 1] = y end end
          local acc = 0 for _, z in ipairs(zs) do acc = acc + z end
          return acc""");
      strings = g.load("""
          local s = "" for i = 0, 2000 do s = s .. tostring(i) end
          return #s""");
    }
  }

  @Benchmark public Dval fibDark(Dark d) { return d.fib.run(); }

  @Benchmark public LuaValue fibLua(Lua l) { return l.fib.call(); }

  @Benchmark public Dval listPipelineDark(Dark d) { return d.pipeline.run(); }

  @Benchmark public LuaValue listPipelineLua(Lua l) { return l.pipeline.call(); }

  @Benchmark public Dval stringBuilderDark(Dark d) { return d.strings.run(); }

  @Benchmark public LuaValue stringBuilderLua(Lua l) { return l.strings.call(); }
}
