/**
 * French and English translations of the UI, without silent fallback between languages.
 */
@NullMarked
package fr.cmacademy.shared.i18n;

import org.jspecify.annotations.NullMarked;
