/**
 * Questions as data: the model of every question type CM Academy asks (single and
 * multiple choice, true/false, short answer, numeric, matching, ordering, essay,
 * description), the Moodle GIFT reader and writer that question banks are written in,
 * pairing of a French and an English bank into bilingual questions, what a learner
 * answered ({@link Response}) with its storage codec, deterministic grading, the correct
 * answer shown on review screens and the seeded presentation order of choices. Pure Java:
 * no Spring, no database, no UI, so that the content validator, the quiz engine and tests
 * share exactly the same rules.
 */
@NullMarked
package fr.cmacademy.question;

import org.jspecify.annotations.NullMarked;
