package fr.cmacademy.content.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.cmacademy.content.ContentSyncService;

/**
 * Loads the content folder when the application starts.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ContentStartup implements ApplicationRunner {

	private final ContentSyncService sync;

	ContentStartup(ContentSyncService sync) {
		this.sync = sync;
	}

	@Override
	public void run(ApplicationArguments args) {
		sync.syncAtStartup();
	}

}
