/**
 * The authoring pages: module list, module editor, lesson, bank, quiz and scenario
 * editors.
 */
@NullMarked
package fr.cmacademy.authoring.ui;

import org.jspecify.annotations.NullMarked;
