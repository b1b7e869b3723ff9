/**
 * Storage of enrolments and progress.
 */
@NullMarked
package fr.cmacademy.learning.internal;

import org.jspecify.annotations.NullMarked;
