/**
 * Storage of the audit log.
 */
@NullMarked
package fr.cmacademy.audit.internal;

import org.jspecify.annotations.NullMarked;
