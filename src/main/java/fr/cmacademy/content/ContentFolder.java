package fr.cmacademy.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import fr.cmacademy.shared.Roles;

/**
 * Read access to the modules of the configured content folder, for trainers who take a
 * module from the files into the browser editor.
 */
@Service
public class ContentFolder {

	private static final Pattern ID_LINE = Pattern.compile("(?m)^id:\\s*[\"']?([A-Za-z0-9_-]+)");

	private final Path folder;

	ContentFolder(@Value("${cm.content.dir:content}") Path folder) {
		this.folder = folder;
	}

	/**
	 * A module of the folder: its programme's id, its folder name and every file under
	 * it.
	 */
	public record FolderModule(String programmeId, String moduleId, String folder, Map<String, byte[]> files) {
	}

	/** The programmes of the folder, by id. */
	@PreAuthorize("hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "')")
	public List<String> programmeIds() {
		return programmeDirs().stream().map(d -> id(d.resolve("programme.yaml"))).flatMap(Optional::stream).toList();
	}

	@PreAuthorize("hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "')")
	public Optional<FolderModule> module(String moduleId) {
		for (Path programme : programmeDirs()) {
			Optional<String> programmeId = id(programme.resolve("programme.yaml"));
			for (Path dir : list(programme)) {
				if (Files.isDirectory(dir) && id(dir.resolve("module.yaml")).filter(moduleId::equals).isPresent()
						&& programmeId.isPresent()) {
					return Optional
						.of(new FolderModule(programmeId.get(), moduleId, dir.getFileName().toString(), files(dir)));
				}
			}
		}
		return Optional.empty();
	}

	private List<Path> programmeDirs() {
		Path programmes = folder.resolve("programmes");
		if (!Files.isDirectory(programmes)) {
			return List.of();
		}
		return list(programmes).stream().filter(d -> Files.isRegularFile(d.resolve("programme.yaml"))).toList();
	}

	private static List<Path> list(Path dir) {
		try (Stream<Path> paths = Files.list(dir)) {
			return paths.sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Map<String, byte[]> files(Path dir) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path p : paths.filter(Files::isRegularFile).sorted().toList()) {
				files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return files;
	}

	private static Optional<String> id(Path yaml) {
		if (!Files.isRegularFile(yaml)) {
			return Optional.empty();
		}
		try {
			Matcher m = ID_LINE.matcher(Files.readString(yaml, StandardCharsets.UTF_8));
			return m.find() ? Optional.of(m.group(1)) : Optional.empty();
		}
		catch (IOException | UncheckedIOException e) {
			return Optional.empty();
		}
	}

}
