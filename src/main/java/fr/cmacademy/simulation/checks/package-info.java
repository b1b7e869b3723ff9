/**
 * Instant checks on what a learner writes: French and English lexicons (acknowledge,
 * apologise, next step, thanks, greeting, call to action, empathy), faults to avoid
 * (insults, blame, sarcasm, personal data, shouting, excessive punctuation, forbidden
 * promises), a lexicon tone estimate, length bounds, author phrases and the constraints
 * of a platform post. Matching ignores case and accents and respects word boundaries;
 * every finding carries its character offsets in the original text.
 */
@NullMarked
package fr.cmacademy.simulation.checks;

import org.jspecify.annotations.NullMarked;
