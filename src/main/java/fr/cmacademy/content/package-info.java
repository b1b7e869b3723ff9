/**
 * Course content as files: the {@code content/} format, its validator (every problem as
 * {@code file:line: message}), the {@code validate-content} command, the loader that
 * syncs the files into the database with versions, and the read model of published
 * programmes, modules and lessons. Nothing here knows about learners.
 */
@NullMarked
package fr.cmacademy.content;

import org.jspecify.annotations.NullMarked;
