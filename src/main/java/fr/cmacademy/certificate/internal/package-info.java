/**
 * Storage (certificates, scores, signing keys), the event listeners, the rule evaluation,
 * and the PDF and credential builders.
 */
@NullMarked
package fr.cmacademy.certificate.internal;

import org.jspecify.annotations.NullMarked;
