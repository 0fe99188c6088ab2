package umbra.app.api;

import java.util.List;
import java.util.Locale;
import umbra.domain.stdlib.Reference;

/**
 * The reference of the builtin functions as one HTML page: an index of modules, one section per
 * module, and a search box whose small inline script hides the functions that do not mention
 * its words ({@code /docs?q=random} starts with a search).
 */
final class ReferencePage {
  private ReferencePage() {}

  private static final String STYLE = """
      body{font-family:system-ui,sans-serif;margin:2em auto;max-width:60em;padding:0 1em;color:#222}
      code,.sig{font-family:ui-monospace,monospace}
      input{font-size:1.1em;width:100%;padding:.4em;box-sizing:border-box}
      .fn{border-top:1px solid #ddd;padding:.5em 0}
      .name{font-weight:bold}.sig{color:#555}.impure{color:#a60}.deprecated{color:#a00}
      nav a{margin-right:.6em;white-space:nowrap}""";

  private static final String SCRIPT = """
      const box=document.getElementById('q');
      function filter(){const w=box.value.trim().toLowerCase();let shown=0;
        for(const s of document.querySelectorAll('section')){let any=false;
          for(const f of s.querySelectorAll('.fn')){const hit=f.dataset.text.includes(w);f.hidden=!hit;if(hit){any=true;shown++;}}
          s.hidden=!any;}
        document.getElementById('count').textContent=shown;}
      box.value=new URLSearchParams(location.search).get('q')||'';box.addEventListener('input',filter);filter();""";

  static String html(Reference reference) {
    var out = new StringBuilder("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Umbra: builtin functions</title><style>").append(STYLE).append("</style></head><body>\n")
        .append("<h1>Builtin functions</h1>\n<p>Every function a canvas can call, read from the running server's ")
        .append("standard library (<code>umbra docs</code> prints the same; <a href=\"/docs.json\">as JSON</a>). ")
        .append("Code calls <code>Int::add_v1</code> as <code>Int.add_v1</code>; the language guide is ")
        .append("<code>docs/language.md</code> in the repository.</p>\n")
        .append("<p><input id=\"q\" type=\"search\" placeholder=\"search names and descriptions\" autofocus> ")
        .append("<span id=\"count\">").append(reference.entries().size()).append("</span> functions</p>\n<nav>");
    var modules = reference.byModule();
    modules.keySet().forEach(m -> out.append("<a href=\"#").append(anchor(m)).append("\">").append(escape(m)).append("</a> "));
    out.append("</nav>\n");
    modules.forEach((module, entries) -> section(out, module, entries));
    return out.append("<script>").append(SCRIPT).append("</script>\n</body></html>\n").toString();
  }

  private static void section(StringBuilder out, String module, List<Reference.Entry> entries) {
    out.append("<section id=\"").append(anchor(module)).append("\"><h2>").append(escape(module)).append("</h2>\n");
    for (Reference.Entry e : entries) {
      String text = (e.name() + " " + e.written() + " " + e.description()).toLowerCase(Locale.ROOT);
      out.append("<div class=\"fn\" data-text=\"").append(escape(text)).append("\">")
          .append("<span class=\"name\">").append(escape(e.name())).append("</span> ")
          .append("<span class=\"sig\">").append(escape(e.signature())).append("</span> ")
          .append(e.isPure() ? "<span>pure</span>" : "<span class=\"impure\">" + escape(e.purity()) + "</span>")
          .append("<br>").append(escape(e.description()))
          .append("<br>written <code>").append(escape(e.written())).append("</code>");
      e.deprecation().ifPresent(d -> out.append("<br><span class=\"deprecated\">deprecated: ").append(escape(d)).append("</span>"));
      out.append("</div>\n");
    }
    out.append("</section>\n");
  }

  private static String anchor(String module) {
    return module.equals(Reference.NO_MODULE) ? "no-module" : escape(module);
  }

  static String escape(String s) {
    var out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
