package org.strategysession.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model: plain accessors ({@code owner()}, {@code tasks()}),
 * JDK collections only, generated {@code Immutable*} classes reached through the static
 * {@code builder()} and {@code of(…)} methods of the model types.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    jdkOnly = true,
    allParameters = false,
    defaults = @Value.Immutable(copy = true),
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    depluralize = true)
public @interface StrategyStyle {}
