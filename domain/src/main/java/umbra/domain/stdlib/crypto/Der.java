package umbra.domain.stdlib.crypto;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Just enough DER to read RSA keys and certificates' public-key info: one-byte tags, definite
 * lengths, INTEGER, OBJECT IDENTIFIER, OCTET and BIT STRING, SEQUENCE. Anything else malformed
 * fails with .NET's message for corrupt ASN.1, which is what Dark's users saw.
 */
public final class Der {
  private Der() {}

  public static final int INTEGER = 0x02;
  public static final int BIT_STRING = 0x03;
  public static final int OCTET_STRING = 0x04;
  public static final int OID = 0x06;
  public static final int SEQUENCE = 0x30;

  /** A DER structure that cannot be read. */
  public static final class Malformed extends RuntimeException {
    public Malformed() { super("ASN1 corrupted data.", null, false, false); }
  }

  /** One tag-length-value: {@code encoded} is the whole element, {@code content} its value. */
  public record Element(int tag, byte[] encoded, byte[] content) {}

  /** Reads consecutive elements from a byte range. */
  public static final class Reader {
    private final byte[] data;
    private int pos;

    public Reader(byte[] data) { this.data = data; }

    public boolean hasMore() { return pos < data.length; }

    public Element next() {
      int start = pos;
      int tag = take();
      if ((tag & 0x1f) == 0x1f) throw new Malformed();
      int length = take();
      if (length == 0x80) throw new Malformed();
      if (length > 0x80) {
        int bytes = length - 0x80;
        if (bytes > 4) throw new Malformed();
        length = 0;
        for (int i = 0; i < bytes; i++) length = (length << 8) | take();
        if (length < 0) throw new Malformed();
      }
      if (length > data.length - pos) throw new Malformed();
      byte[] content = Arrays.copyOfRange(data, pos, pos + length);
      pos += length;
      return new Element(tag, Arrays.copyOfRange(data, start, pos), content);
    }

    public Element next(int expectedTag) {
      Element e = next();
      if (e.tag() != expectedTag) throw new Malformed();
      return e;
    }

    /** Passes over {@code count} elements. */
    public Reader skip(int count) {
      for (int i = 0; i < count; i++) next();
      return this;
    }

    public Reader sequence() { return new Reader(next(SEQUENCE).content()); }

    public BigInteger integer() {
      byte[] v = next(INTEGER).content();
      if (v.length == 0) throw new Malformed();
      return new BigInteger(v);
    }

    public String oid() { return oidText(next(OID).content()); }

    /** A BIT STRING's bytes; only whole bytes (no unused bits) occur in keys. */
    public byte[] bitString() {
      byte[] v = next(BIT_STRING).content();
      if (v.length == 0 || v[0] != 0) throw new Malformed();
      return Arrays.copyOfRange(v, 1, v.length);
    }

    public byte[] octetString() { return next(OCTET_STRING).content(); }

    private int take() {
      if (pos >= data.length) throw new Malformed();
      return data[pos++] & 0xff;
    }
  }

  static String oidText(byte[] v) {
    if (v.length == 0) throw new Malformed();
    var sb = new StringBuilder();
    long value = 0;
    boolean first = true;
    for (byte b : v) {
      value = (value << 7) | (b & 0x7f);
      if (value > Long.MAX_VALUE >> 7) throw new Malformed();
      if ((b & 0x80) != 0) continue;
      if (first) {
        long top = Math.min(value / 40, 2);
        sb.append(top).append('.').append(value - 40 * top);
        first = false;
      } else {
        sb.append('.').append(value);
      }
      value = 0;
    }
    if ((v[v.length - 1] & 0x80) != 0) throw new Malformed();
    return sb.toString();
  }
}
