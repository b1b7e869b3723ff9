/**
 * The learner's side: enrolment in programmes, progress per item (started, completed,
 * time spent, version pinned), module completion from the module's rules, and the views
 * learners use (catalogue, module, lesson reader, dashboard).
 */
@NullMarked
package fr.cmacademy.learning;

import org.jspecify.annotations.NullMarked;
