package org.strategysession.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The report's description of the machine and the JVMs the figures come from, with the load
 * average before and after the run, since other processes on the machine only ever add time.
 */
final class MachineSection {
  private MachineSection() {}

  /** The load average over 1, 5 and 15 minutes, or {@code unknown} where the OS has none. */
  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + ", " + parts[1] + ", " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  /**
   * The value of the first line of {@code /proc/FILE} that starts with {@code key}, after its
   * colon; empty where the OS has no such file or line.
   */
  private static Optional<String> proc(String file, String key) throws IOException {
    Path path = Path.of("/proc", file);
    if (!Files.isReadable(path)) {
      return Optional.empty();
    }
    return Files.readAllLines(path).stream().filter(l -> l.startsWith(key))
        .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst();
  }

  static void write(StringBuilder md, String loadBefore, String loadAfter, long seconds)
      throws IOException {
    String cpu = proc("cpuinfo", "model name").orElse("unknown");
    String memory = proc("meminfo", "MemTotal")
        .map(kb -> String.format(Locale.ROOT, "%.1f GB",
            Long.parseLong(kb.replaceAll("\\D", "")) / 1024.0 / 1024.0))
        .orElse("unknown");
    md.append("## Machine and JVM\n\n")
        .append("| | |\n|---|---|\n")
        .append("| date | ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME
            .withLocale(Locale.ROOT))).append(" |\n")
        .append("| CPU | ").append(cpu).append(", ")
        .append(Runtime.getRuntime().availableProcessors()).append(" cores |\n")
        .append("| memory | ").append(memory).append(" |\n")
        .append("| OS | ").append(System.getProperty("os.name")).append(' ')
        .append(System.getProperty("os.version")).append(" |\n")
        .append("| JVM | ").append(System.getProperty("java.vm.name")).append(' ')
        .append(System.getProperty("java.runtime.version")).append(", ")
        .append(System.getProperty("java.vm.vendor")).append(" |\n")
        .append("| JMH forks | 1 per measurement, flags `")
        .append(String.join(" ", JmhForks.JVM_ARGS))
        .append("`, default collector (")
        .append(ManagementFactory.getGarbageCollectorMXBeans().get(0).getName()).append(" …) |\n")
        .append("| harness JVM flags | `")
        .append(String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()))
        .append("` |\n")
        .append("| load average (1, 5, 15 min) | before ").append(loadBefore).append(", after ")
        .append(loadAfter).append(" |\n")
        .append("| run time | ").append(seconds / 60).append(" min ").append(seconds % 60)
        .append(" s |\n");
  }
}
