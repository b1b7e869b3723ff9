package fr.cmacademy.authoring;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.shared.Text;

/**
 * What a trainer types to start a module: its programme (an existing one, or a new one
 * with its title and summary), its id and its titles.
 */
public record NewModule(String programmeId, @Nullable Text newProgrammeTitle, @Nullable Text newProgrammeSummary,
		String moduleId, Text title, Text summary) {
}
