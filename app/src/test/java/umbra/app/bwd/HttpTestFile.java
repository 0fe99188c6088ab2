package umbra.app.bwd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code httphandler/**}{@code .test} file (test-format.md 2.1): handlers, canvas settings, the
 * raw request and the expected raw response, as bytes.
 */
record HttpTestFile(List<Handler> handlers, Optional<String> cors, List<String[]> secrets,
    Optional<String> customDomain, Optional<String> canvasName, byte[] request, byte[] expectedResponse) {

  record Handler(boolean bytes, String method, String route, String code) {}

  private enum Section { LIMBO, HANDLER, REQUEST, RESPONSE }

  private static final Pattern CORS = Pattern.compile("\\[cors (\\S+)]");
  private static final Pattern SECRETS = Pattern.compile("\\[secrets (\\S+)]");
  private static final Pattern CUSTOM_DOMAIN = Pattern.compile("\\[custom-domain (\\S+)]");
  private static final Pattern CANVAS_NAME = Pattern.compile("\\[canvas-name (\\S+)]");
  private static final Pattern HTTP = Pattern.compile("\\[http-handler (\\S+) (\\S+)\\]");
  private static final Pattern BYTES = Pattern.compile("\\[http-bytes-handler (\\S+) (\\S+)\\]");
  private static final Pattern IMPORT = Pattern.compile("<IMPORT_DATA_FROM_FILE=(\\S+)>");

  static HttpTestFile read(Path file, Path dataDir) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    var handlers = new ArrayList<Handler>();
    var code = new ArrayList<StringBuilder>();
    var secrets = new ArrayList<String[]>();
    String cors = null;
    String domain = null;
    String canvas = null;
    var request = new ByteArrayOutputStream();
    var response = new ByteArrayOutputStream();
    Section section = Section.LIMBO;
    for (byte[] line : lines(bytes)) {
      String text = new String(line, StandardCharsets.UTF_8);
      Matcher m;
      if ((m = CORS.matcher(text)).find()) {
        cors = m.group(1);
        section = Section.LIMBO;
      } else if ((m = SECRETS.matcher(text)).find()) {
        for (String s : m.group(1).split(",")) secrets.add(s.split(":", 2));
        section = Section.LIMBO;
      } else if ((m = CUSTOM_DOMAIN.matcher(text)).find()) {
        domain = m.group(1);
        section = Section.LIMBO;
      } else if ((m = CANVAS_NAME.matcher(text)).find()) {
        canvas = m.group(1);
        section = Section.LIMBO;
      } else if (text.equals("[request]")) {
        section = Section.REQUEST;
      } else if (text.equals("[response]")) {
        section = Section.RESPONSE;
      } else if ((m = HTTP.matcher(text)).find() || (m = BYTES.matcher(text)).find()) {
        handlers.add(new Handler(m.pattern() == BYTES, m.group(1), m.group(2), null));
        code.add(new StringBuilder());
        section = Section.HANDLER;
      } else if ((m = IMPORT.matcher(text)).find() && (section == Section.REQUEST || section == Section.RESPONSE)) {
        var target = section == Section.REQUEST ? request : response;
        target.writeBytes(Files.readAllBytes(dataDir.resolve(m.group(1))));
        target.write('\n');
      } else {
        switch (section) {
          case HANDLER -> code.get(code.size() - 1).append(text).append('\n');
          case REQUEST -> { request.writeBytes(line); request.write('\n'); }
          case RESPONSE -> { response.writeBytes(line); response.write('\n'); }
          case LIMBO -> {
            if (line.length > 0) throw new IOException("a line outside any section: " + text);
          }
        }
      }
    }
    var withCode = new ArrayList<Handler>();
    for (int i = 0; i < handlers.size(); i++) {
      Handler h = handlers.get(i);
      withCode.add(new Handler(h.bytes(), h.method(), h.route(), code.get(i).toString()));
    }
    byte[] req = request.toByteArray();
    byte[] resp = response.toByteArray();
    // test-format.md 2.1: the response's last newline and the request's last two are the parser's own
    return new HttpTestFile(withCode, Optional.ofNullable(cors), secrets, Optional.ofNullable(domain),
        Optional.ofNullable(canvas), Arrays.copyOf(req, Math.max(0, req.length - 2)),
        Arrays.copyOf(resp, Math.max(0, resp.length - 1)));
  }

  /** Split on {@code \n}, without the newlines. */
  static List<byte[]> lines(byte[] bytes) {
    var lines = new ArrayList<byte[]>();
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        lines.add(Arrays.copyOfRange(bytes, start, i));
        start = i + 1;
      }
    }
    return lines;
  }
}
