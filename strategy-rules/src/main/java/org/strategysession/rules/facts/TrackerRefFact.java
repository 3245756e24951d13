package org.strategysession.rules.facts;

/** A task with a tracker key in {@code followUp.trackerRefs}. Null stands for an absent value. */
public record TrackerRefFact(String task, String key) {}
