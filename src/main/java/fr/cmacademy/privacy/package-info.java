/**
 * Personal data (GDPR): a user downloads everything stored about them, asks for its
 * erasure, and admins process the requests. Each feature says what it holds through
 * {@code shared.privacy.PersonalData}; this feature assembles the export (one zip,
 * streamed) and runs the erasure (one transaction, anonymisation that keeps aggregate
 * figures).
 */
@NullMarked
package fr.cmacademy.privacy;

import org.jspecify.annotations.NullMarked;
