package org.strategysession.model;

/** The kind of a department. */
public enum DepartmentKind {
  SALES, MARKETING, PRODUCTION, PROCUREMENT, LOGISTICS, FINANCE, HR, IT, SERVICE, MANAGEMENT, OTHER;

  /**
   * Whether plans of this kind are expected to rest on the sales plan's numbers by default
   * ({@code MARKETING}, {@code PRODUCTION}, {@code PROCUREMENT}, {@code LOGISTICS}, {@code FINANCE}).
   */
  public boolean salesDependent() {
    switch (this) {
      case MARKETING: case PRODUCTION: case PROCUREMENT: case LOGISTICS: case FINANCE:
        return true;
      default:
        return false;
    }
  }
}
