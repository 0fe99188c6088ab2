package umbra.handler.storage.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Op;
import umbra.domain.canvas.Toplevel;
import umbra.domain.syntax.DType;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.FnName;
import umbra.domain.syntax.Pattern;

/**
 * Pins storage format 1 byte for byte. If this fails after a change, do not regenerate the files:
 * add format 2 with its own records, keep reading format 1 (stored histories live forever), and
 * commit new golden files beside the old ones. Regenerate only on purpose with
 * {@code -Dumbra.writeGolden=true}.
 */
class GoldenBytesTest {
  private static final Path DIR = Path.of("src/test/resources/codec");
  private final StorageCodec codec = new StorageCodec();

  @Test
  void theOplistFormatIsPinned() throws IOException {
    check("oplist-format1.cbor", codec.encodeOplist(1, GoldenSample.ops()));
    assertThat(codec.decodeOplist(read("oplist-format1.cbor"))).isEqualTo(GoldenSample.ops());
  }

  @Test
  void theToplevelCacheFormatIsPinned() throws IOException {
    for (Toplevel tl : GoldenSample.toplevels()) {
      String file = "toplevel-" + tl.kind().column() + "-format1.cbor";
      check(file, codec.encodeToplevel(tl));
      assertThat(codec.decodeToplevel(read(file))).isEqualTo(tl);
    }
  }

  @Test
  void theSampleUsesEveryCase() {
    Set<Class<?>> seen = new HashSet<>();
    walk(GoldenSample.ops(), seen);
    walk(GoldenSample.toplevels(), seen);
    for (Class<?> union : new Class<?>[] {Op.class, Toplevel.class, HandlerSpec.class, Expr.class, Pattern.class,
        DType.class, FnName.class}) {
      for (Class<?> c : union.getPermittedSubclasses()) assertThat(seen).as("sample uses %s", c).contains(c);
    }
  }

  @Test
  void aNewerFormatIsRefusedWithAClearMessage() {
    byte[] bytes = codec.encodeOplist(1, java.util.List.of());
    byte[] future = bytes.clone();
    // the header is {"format": 1, ...}: the small int 1 is the byte after the key "format"
    int at = indexOf(future, "format".getBytes()) + "format".length();
    assertThat(future[at]).isEqualTo((byte) 0x01);
    future[at] = 0x02;
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> codec.decodeOplist(future))
        .isInstanceOf(CodecException.class).hasMessageContaining("format 2");
  }

  private void check(String file, byte[] actual) throws IOException {
    if (Boolean.getBoolean("umbra.writeGolden")) Files.write(DIR.resolve(file), actual);
    assertThat(actual).as("bytes of %s (see class comment before regenerating)", file).isEqualTo(read(file));
  }

  private static byte[] read(String file) throws IOException {
    return Files.readAllBytes(DIR.resolve(file));
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
      return i;
    }
    return -1;
  }

  private static void walk(Object o, Set<Class<?>> seen) {
    if (o instanceof Collection<?> c) {
      c.forEach(x -> walk(x, seen));
    } else if (o instanceof Optional<?> opt) {
      opt.ifPresent(x -> walk(x, seen));
    } else if (o instanceof Record r) {
      seen.add(r.getClass());
      for (RecordComponent rc : r.getClass().getRecordComponents()) {
        try {
          walk(rc.getAccessor().invoke(r), seen);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
  }
}
