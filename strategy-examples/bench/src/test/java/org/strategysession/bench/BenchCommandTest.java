package org.strategysession.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The benchmark command the README shows is the one the build defines. */
class BenchCommandTest {
  @Test
  void the_readme_command_runs_the_bench_profile_that_runs_BenchmarkReport() throws IOException {
    String readme = Files.readString(Path.of("..", "..", "README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains(
        "```sh\nmvn -B -Pbench -pl strategy-examples/bench -am package -DskipTests\n```");
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
    assertThat(pom).contains("<id>bench</id>")
        .contains("<argument>" + BenchmarkReport.class.getName() + "</argument>");
    // negative control: the normal build has no exec step, only the profile does
    assertThat(pom.substring(0, pom.indexOf("<profiles>"))).doesNotContain("exec-maven-plugin");
  }
}
