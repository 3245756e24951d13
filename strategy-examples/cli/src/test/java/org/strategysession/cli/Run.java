package org.strategysession.cli;

/** What one run of the tool gave: its exit code and everything it printed. */
record Run(int exit, String out, String err) {
  @Override
  public String toString() {
    return "exit " + exit + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
  }
}
