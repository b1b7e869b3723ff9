/**
 * Storage of settings.
 */
@NullMarked
package fr.cmacademy.settings.internal;

import org.jspecify.annotations.NullMarked;
