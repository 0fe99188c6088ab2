package umbra.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A running JVM's memory as the operating system and the JVM see it: its resident set (VmRSS in
 * {@code /proc/PID/status}), its threads, and its heap right after a full GC: what stays live, the
 * figure that grows when something leaks. {@code GC.run} and {@code GC.heap_info} go to the JVM in
 * one {@code jcmd} attach, so that the heap is read microseconds after the collection, before the
 * load has allocated much again.
 */
final class ServerMemory {
  /** "garbage-first heap   total 262144K, used 23456K" (JDK 21), "... total reserved R, committed C, used U" (JDK 25). */
  private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total[^\n]*?used (\\d+)K");

  /** One reading; sizes in KiB. */
  record Sample(long rssKib, long heapAfterGcKib, int threads) {}

  private final long pid;
  private final List<String> collectThenMeasure;

  ServerMemory(long pid) throws IOException {
    this.pid = pid;
    Path commands = Files.createTempFile("umbra-soak-jcmd", ".txt");
    commands.toFile().deleteOnExit();
    Files.writeString(commands, "GC.run\nGC.heap_info\n");
    this.collectThenMeasure = List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
        Long.toString(pid), "-f", commands.toString());
  }

  Sample sample() throws IOException, InterruptedException {
    Matcher heap = HEAP_USED.matcher(Shell.run(collectThenMeasure));
    if (!heap.find()) throw new IOException("jcmd GC.heap_info: no heap figure");
    List<String> status = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"));
    return new Sample(field(status, "VmRSS:"), Long.parseLong(heap.group(1)), (int) field(status, "Threads:"));
  }

  private static long field(List<String> status, String name) throws IOException {
    for (String line : status) {
      if (line.startsWith(name)) return Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]);
    }
    throw new IOException("no " + name + " in /proc status");
  }
}
