/**
 * The audit log: every admin action (who, what, on which object, when), append-only.
 * Features call {@link fr.cmacademy.audit.AuditLog#record} inside their transaction, so
 * an action is logged if and only if it happened. Depends on nothing but shared, so every
 * feature may use it.
 */
@NullMarked
package fr.cmacademy.audit;

import org.jspecify.annotations.NullMarked;
