package org.strategysession.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/** What one run of the tool gave: its exit code and everything it printed. */
record Run(int exit, String out, String err) {
  /**
   * Starts the process, gives it an empty standard input, reads both outputs while it runs (so
   * that neither pipe fills up) and waits for it.
   */
  static Run of(ProcessBuilder builder) {
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
      CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
      int exit = process.waitFor();
      return new Run(exit, out.join(), err.join());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Everything the stream gives, as UTF-8, closing it. */
  static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "exit " + exit + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
  }
}
