/**
 * Storage of import jobs and their per-row problems, the uploaded files' directory, and
 * the clean-up of old files.
 */
@NullMarked
package fr.cmacademy.userimport.internal;

import org.jspecify.annotations.NullMarked;
