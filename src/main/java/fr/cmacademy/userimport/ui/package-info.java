/**
 * The admin's import pages: upload and recent imports, then one import's mapping,
 * preview, progress and report.
 */
@NullMarked
package fr.cmacademy.userimport.ui;

import org.jspecify.annotations.NullMarked;
