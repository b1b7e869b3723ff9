/**
 * Platform settings that admins change at run time (open registration, …), stored in the
 * database.
 */
@NullMarked
package fr.cmacademy.settings;

import org.jspecify.annotations.NullMarked;
