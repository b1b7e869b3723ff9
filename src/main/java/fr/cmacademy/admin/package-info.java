/**
 * Running the platform: users, organisations, cohorts, settings.
 */
@NullMarked
package fr.cmacademy.admin;

import org.jspecify.annotations.NullMarked;
