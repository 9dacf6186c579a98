package org.dyad.core.search;

/** How many matching documents carry one facet value (an outlet, a month). */
public record FacetCount(String value, long count) {}
