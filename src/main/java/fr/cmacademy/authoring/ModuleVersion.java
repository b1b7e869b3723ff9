package fr.cmacademy.authoring;

import java.time.Instant;
import java.util.List;

/**
 * One publication of a module: who published it, when, with what note, and which items it
 * added, changed or removed ({@code lessons/01-intro}, {@code banks/profession}, …).
 */
public record ModuleVersion(int version, String publishedBy, Instant publishedAt, String note,
		List<ItemChange> changes) {

	public record ItemChange(String item, Kind kind) {
	}

	public enum Kind {

		ADDED, CHANGED, REMOVED

	}

}
