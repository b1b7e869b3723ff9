/**
 * Quiz storage and background work: attempt rows, the question cache, the job that
 * submits attempts whose time is up.
 */
@NullMarked
package fr.cmacademy.quiz.internal;

import org.jspecify.annotations.NullMarked;
