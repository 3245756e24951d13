package org.strategysession.model;

/** Which way a KPI should move; absent means {@link #INCREASE}. */
public enum Direction {
  INCREASE, DECREASE, MAINTAIN
}
