/**
 * Admin views.
 */
@NullMarked
package fr.cmacademy.admin.ui;

import org.jspecify.annotations.NullMarked;
