/**
 * Storage of drafts, publications and per-item history, and the overlay handed to the
 * content sync.
 */
@NullMarked
package fr.cmacademy.authoring.internal;

import org.jspecify.annotations.NullMarked;
