/**
 * Parsing (YAML with line numbers, Markdown front matter) and storage of content.
 */
@NullMarked
package fr.cmacademy.content.internal;

import org.jspecify.annotations.NullMarked;
