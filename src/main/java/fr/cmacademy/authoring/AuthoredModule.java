package fr.cmacademy.authoring;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.shared.Text;

/**
 * A module as the authoring list shows it. {@code state} says where it stands: only in
 * the content folder, a draft never published, published, or published with unpublished
 * changes.
 */
public record AuthoredModule(String id, String programmeId, Text title, State state, @Nullable Integer version,
		@Nullable String updatedBy, @Nullable Instant updatedAt) {

	public enum State {

		FOLDER, DRAFT, PUBLISHED, CHANGED

	}

}
