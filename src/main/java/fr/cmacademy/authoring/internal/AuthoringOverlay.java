package fr.cmacademy.authoring.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import fr.cmacademy.authoring.ModuleFiles;
import fr.cmacademy.content.ContentOverlay;

/**
 * Hands the content sync the newest publication of every module edited in the browser, so
 * a start-up sync or an admin's reload keeps UI work instead of reverting it to the
 * folder's files.
 */
@Component
class AuthoringOverlay implements ContentOverlay {

	private final AuthoringStore store;

	AuthoringOverlay(AuthoringStore store) {
		this.store = store;
	}

	@Override
	public Snapshot published() {
		List<OverlayProgramme> programmes = store.programmes()
			.stream()
			.map(p -> new OverlayProgramme(p.id(), p.folder(), p.yamlHead()))
			.toList();
		List<OverlayModule> modules = new ArrayList<>();
		for (AuthoringStore.ModuleRow m : store.modules()) {
			if (m.publishedVersion() == null) {
				continue;
			}
			store.archive(m.id(), m.publishedVersion())
				.ifPresent(zip -> modules
					.add(new OverlayModule(m.programmeId(), m.id(), m.folder(), ModuleFiles.unzip(zip))));
		}
		return new Snapshot(programmes, modules);
	}

}
