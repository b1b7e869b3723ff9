/**
 * UI pieces shared by the pages of module items, whatever their kind.
 */
@NullMarked
package fr.cmacademy.content.ui;

import org.jspecify.annotations.NullMarked;
