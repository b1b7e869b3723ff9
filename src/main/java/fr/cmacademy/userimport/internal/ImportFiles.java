package fr.cmacademy.userimport.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The directory where uploaded files wait to be imported: under the application's data
 * directory ({@code cm.import.dir}, default {@code .data/imports}), never under the
 * static resources, readable by the application's user only. Files get random names; the
 * browser's file name is never used as a path.
 */
@Component
public class ImportFiles {

	private static final Logger log = LoggerFactory.getLogger(ImportFiles.class);

	private static final Pattern NAME = Pattern.compile("[0-9a-f-]{36}\\.csv");

	private final Path directory;

	ImportFiles(@Value("${cm.import.dir:.data/imports}") Path directory) {
		this.directory = directory.toAbsolutePath().normalize();
	}

	/** A new, empty file with a random name; returns its name. */
	public String create() {
		try {
			if (!Files.isDirectory(directory)) {
				Files.createDirectories(directory);
				try {
					Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
				}
				catch (UnsupportedOperationException ex) {
					// Not a POSIX file system: keep its defaults.
				}
			}
			String name = UUID.randomUUID() + ".csv";
			Files.createFile(directory.resolve(name));
			return name;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Path path(String name) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Not an import file name");
		}
		return directory.resolve(name);
	}

	public void delete(String name) {
		try {
			Files.deleteIfExists(path(name));
		}
		catch (IOException ex) {
			log.warn("Could not delete import file {}: {}", name, ex.getMessage());
		}
	}

}
