/**
 * Small reusable UI pieces: empty states, the wordmark, the language switch.
 */
@NullMarked
package fr.cmacademy.shared.ui;

import org.jspecify.annotations.NullMarked;
