/**
 * Notification screens: the header's bell with its unread count and recent list, and the
 * page listing every notification.
 */
@NullMarked
package fr.cmacademy.notification.ui;

import org.jspecify.annotations.NullMarked;
