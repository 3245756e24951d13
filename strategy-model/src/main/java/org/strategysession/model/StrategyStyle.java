package org.strategysession.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library, applied to the packages of the model and of the
 * rules: plain accessors ({@code owner()}, {@code tasks()}), JDK collections only, builders
 * that add one element of a list at a time ({@code addTask(…)}) or several ({@code
 * addTasks(…)}), and generated {@code Immutable*} classes reached through the static {@code
 * builder()} and {@code of(…)} methods of the value types.
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
