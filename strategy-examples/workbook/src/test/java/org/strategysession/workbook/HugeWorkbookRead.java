package org.strategysession.workbook;

import java.io.ByteArrayInputStream;

/**
 * Run in a child JVM with a small heap by {@link WorkbookLimitsTest}: writes a workbook whose
 * department sheet holds {@code args[0]} rows of {@code args[1]} short texts, reads it, and
 * prints how many problems it gave, the first one, and how long the read took.
 */
final class HugeWorkbookRead {
  private HugeWorkbookRead() {}

  public static void main(String[] args) {
    byte[] file = HostileWorkbooks.create()
        .rows("Sales", Integer.parseInt(args[0]), Integer.parseInt(args[1])).bytes();
    long start = System.nanoTime();
    WorkbookImport read = PlanWorkbooks.english().read(new ByteArrayInputStream(file));
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("bytes=" + file.length);
    System.out.println("problems=" + read.problems().size());
    System.out.println("first=" + read.problems().get(0));
    System.out.println("millis=" + millis);
  }
}
