/**
 * Login, registration and profile views.
 */
@NullMarked
package fr.cmacademy.account.ui;

import org.jspecify.annotations.NullMarked;
