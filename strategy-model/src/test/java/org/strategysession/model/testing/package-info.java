/**
 * Test support shared with the other modules through this module's test-jar: generators of
 * whole plan documents for jqwik ({@link org.strategysession.model.testing.DocumentArbitraries})
 * and the location of the project's sample documents ({@link
 * org.strategysession.model.testing.SampleDocuments}).
 */
package org.strategysession.model.testing;
