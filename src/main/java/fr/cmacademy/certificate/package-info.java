/**
 * Certificates and badges: the programme rules from content evaluated on learners'
 * progress, issuance exactly once, PDF with a QR code, the public verification page, and
 * signed Open Badges 3.0 credentials with the issuer's keys.
 */
@NullMarked
package fr.cmacademy.certificate;

import org.jspecify.annotations.NullMarked;
