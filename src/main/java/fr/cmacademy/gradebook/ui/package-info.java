/**
 * The gradebook grid (lazy, paged, sortable, with CSV export) and the learner record
 * page.
 */
@NullMarked
package fr.cmacademy.gradebook.ui;

import org.jspecify.annotations.NullMarked;
