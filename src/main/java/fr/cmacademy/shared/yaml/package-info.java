/**
 * YAML read as a node tree, so that every problem an author makes is reported with its
 * line. Used by every feature that reads files from {@code content/}.
 */
@NullMarked
package fr.cmacademy.shared.yaml;

import org.jspecify.annotations.NullMarked;
