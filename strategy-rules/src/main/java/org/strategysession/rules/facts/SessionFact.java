package org.strategysession.rules.facts;

import java.time.LocalDate;
import java.util.List;
import org.strategysession.model.VenueFormat;

/** The session block; present only where the document has one; {@code days} are the session dates in document order. Null stands for an absent value. */
public record SessionFact(int dayCount, boolean consecutive, int participantCount, String facilitator, boolean hasVenue, VenueFormat venueFormat, Boolean offsite, LocalDate firstDay, LocalDate lastDay, List<LocalDate> days, String path) {}
