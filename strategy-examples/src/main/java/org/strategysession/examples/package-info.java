/** The strategy-check tool and the examples built on the library. */
package org.strategysession.examples;
