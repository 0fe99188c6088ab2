package umbra.app.bwd;

import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Umbra's own 32x32 icon, served for {@code /favicon.ico} when a canvas has no handler for it
 * (backend.md 1.5 serves Dark's; Umbra does not ship Dark's image). Drawn once, in memory.
 */
public final class Favicon {
  private Favicon() {}

  /** A dark disc with a lighter crescent: an umbra. */
  public static byte[] umbra() {
    var image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
    var g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(new Color(0xE8, 0xC5, 0x47));
      g.fillOval(2, 2, 28, 28);
      g.setColor(new Color(0x1F, 0x1B, 0x2E));
      g.fillOval(7, 2, 28, 28);
    } finally {
      g.dispose();
    }
    var out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
