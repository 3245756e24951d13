package org.strategysession.model;

/** How the session is held. */
public enum VenueFormat {
  OFFLINE, ONLINE, HYBRID
}
