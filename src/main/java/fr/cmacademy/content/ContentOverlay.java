package fr.cmacademy.content;

import java.util.List;
import java.util.Map;

/**
 * Modules and programmes kept in the database by the authoring feature, laid over the
 * {@code content/} folder at every sync. A module of the overlay replaces the folder's
 * module with the same id (the folder copy is skipped with a logged notice); a new one is
 * appended to its programme. Content never depends on who provides the overlay.
 */
public interface ContentOverlay {

	/** The overlay as published now. */
	Snapshot published();

	/**
	 * What to lay over the folder: programmes first created in the browser, then modules.
	 */
	record Snapshot(List<OverlayProgramme> programmes, List<OverlayModule> modules) {

		public static final Snapshot EMPTY = new Snapshot(List.of(), List.of());

		public boolean isEmpty() {
			return programmes.isEmpty() && modules.isEmpty();
		}

		/** This snapshot with one module replaced (or added). */
		public Snapshot with(OverlayModule module) {
			List<OverlayModule> others = modules.stream().filter(m -> !m.moduleId().equals(module.moduleId())).toList();
			return new Snapshot(programmes,
					java.util.stream.Stream.concat(others.stream(), java.util.stream.Stream.of(module)).toList());
		}

	}

	/**
	 * A programme that exists only in the database: its {@code programme.yaml} head (no
	 * module list).
	 */
	record OverlayProgramme(String id, String folder, String yamlHead) {
	}

	/**
	 * A module's files in the {@code content/} format, paths relative to the module
	 * folder ({@code module.yaml}, {@code lessons/01-intro/lesson.fr.md}, …).
	 */
	record OverlayModule(String programmeId, String moduleId, String folder, Map<String, byte[]> files) {
	}

}
