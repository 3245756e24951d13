package org.strategysession.rules.facts;

import java.time.LocalDate;
import org.strategysession.model.VenueFormat;

/** The session block; present only where the document has one. Null stands for an absent value. */
public record SessionFact(int dayCount, boolean consecutive, int participantCount, String facilitator, boolean hasVenue, VenueFormat venueFormat, Boolean offsite, LocalDate firstDay, LocalDate lastDay, String path) {}
