/**
 * Trainers' authoring in the browser: a module's files in the {@code content/} format
 * kept as a draft in the database, edited through forms and text editors, published
 * through the same validator and versioned loader as the content folder (learners keep
 * the version they started), with a history per item, revert, and zip export and import.
 * Once published from here a module belongs to the database and the folder's copy of it
 * is skipped.
 */
@NullMarked
package fr.cmacademy.authoring;

import org.jspecify.annotations.NullMarked;
