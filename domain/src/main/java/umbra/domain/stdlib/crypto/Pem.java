package umbra.domain.stdlib.crypto;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds PEM blocks the way .NET's {@code PemEncoding.TryFind} does (RFC 7468, as .NET reads it):
 * a {@code -----BEGIN label-----} preceded by white space or the start, a valid label, the
 * matching {@code -----END label-----} followed by white space or (nearly) the end, and base64
 * content between them.
 */
public final class Pem {
  private Pem() {}

  private static final String PRE = "-----BEGIN ";
  private static final String ENDING = "-----";
  private static final String POST = "-----END ";

  /** One block: its label and the base64 text between the boundaries. */
  public record Block(String label, String base64) {}

  /** Every block in order, each searched for after the end of the previous one. */
  public static List<Block> findAll(String text) {
    var blocks = new ArrayList<Block>();
    String rest = text;
    while (true) {
      Found f = find(rest);
      if (f == null) return blocks;
      blocks.add(f.block());
      rest = rest.substring(f.end());
    }
  }

  private record Found(Block block, int end) {}

  private static Found find(String pem) {
    if (pem.length() < PRE.length() + ENDING.length() * 2 + POST.length()) return null;
    int area = 0;
    int pre;
    while ((pre = pem.indexOf(PRE, area)) >= 0) {
      int labelStart = pre + PRE.length();
      if (pre > 0 && !isWhiteSpace(pem.charAt(pre - 1))) {
        area = labelStart;
        continue;
      }
      int labelEnd = pem.indexOf(ENDING, labelStart);
      if (labelEnd < 0) return null;
      String label = pem.substring(labelStart, labelEnd);
      if (!isValidLabel(label)) {
        area = labelStart;
        continue;
      }
      int contentStart = labelEnd + ENDING.length();
      String post = POST + label + ENDING;
      int postStart = pem.indexOf(post, contentStart);
      if (postStart < 0) {
        area = labelStart;
        continue;
      }
      int pemEnd = postStart + post.length();
      // .NET's check, off by one: a single character after the END line is always accepted
      if (pemEnd < pem.length() - 1 && !isWhiteSpace(pem.charAt(pemEnd))) {
        area = labelStart;
        continue;
      }
      String content = pem.substring(contentStart, postStart);
      if (!isBase64Content(content)) {
        area = labelStart;
        continue;
      }
      return new Found(new Block(label, content), pemEnd);
    }
    return null;
  }

  /** Label characters are printable ASCII but '-'; single spaces or hyphens may separate them. */
  private static boolean isValidLabel(String label) {
    boolean previousSpaceOrHyphen = false;
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (c >= 0x21 && c <= 0x7e && c != '-') {
        previousSpaceOrHyphen = false;
        continue;
      }
      if ((c != ' ' && c != '-') || previousSpaceOrHyphen || i == 0) return false;
      previousSpaceOrHyphen = true;
    }
    return !previousSpaceOrHyphen;
  }

  private static boolean isBase64Content(String content) {
    int significant = 0;
    int padding = 0;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (isWhiteSpace(c)) continue;
      if (c == '=') {
        padding++;
        if (padding > 2) return false;
        continue;
      }
      if (padding > 0 || !isBase64Char(c)) return false;
      significant++;
    }
    return (significant + padding) % 4 == 0;
  }

  private static boolean isBase64Char(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
  }

  static boolean isWhiteSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

  /** {@code PemEncoding.Write}: base64 in lines of 64, LF line ends, no final newline. */
  public static String write(String label, byte[] der) {
    String body = java.util.Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
    return "-----BEGIN " + label + "-----\n" + (body.isEmpty() ? "" : body + "\n") + "-----END " + label + "-----";
  }
}
