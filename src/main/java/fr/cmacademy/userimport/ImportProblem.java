package fr.cmacademy.userimport;

import org.jspecify.annotations.Nullable;

/**
 * What is wrong with one row: its line number in the file, the field at fault (none for
 * the row as a whole), a translation key and an optional argument (a row number, a cohort
 * code, a column count). Never the row's personal data.
 */
public record ImportProblem(int row, @Nullable ImportField field, String messageKey, @Nullable String argument) {
}
