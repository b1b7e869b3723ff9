/**
 * Notification storage and the e-mail sender that runs after commit on its own thread.
 */
@NullMarked
package fr.cmacademy.notification.internal;

import org.jspecify.annotations.NullMarked;
