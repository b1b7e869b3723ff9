/**
 * Storage of deletion requests, the zip writer of exports and the erasure run over every
 * feature's personal data.
 */
@NullMarked
package fr.cmacademy.privacy.internal;

import org.jspecify.annotations.NullMarked;
