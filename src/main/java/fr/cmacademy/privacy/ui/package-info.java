/**
 * The user's "my data" page and the admins' list of deletion requests.
 */
@NullMarked
package fr.cmacademy.privacy.ui;

import org.jspecify.annotations.NullMarked;
