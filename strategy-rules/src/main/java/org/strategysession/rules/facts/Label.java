package org.strategysession.rules.facts;

/**
 * An element named in a message: its id and, where it has one, its name or title. Rendered
 * per locale ({@code sales.g2 "Open Kazan"}, {@code sales.g2 «Открыть Казань»}).
 *
 * @param id the element id; not null
 * @param name the name or title; null where the element has none
 */
public record Label(String id, String name) {
  @Override
  public String toString() {
    return name == null || name.isBlank() ? id : id + " \"" + name + "\"";
  }
}
