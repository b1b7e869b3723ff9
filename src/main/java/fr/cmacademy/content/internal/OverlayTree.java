package fr.cmacademy.content.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import fr.cmacademy.content.ContentOverlay;
import fr.cmacademy.content.ContentProblem;

/**
 * Builds the tree a sync validates: a copy of the content folder with the database's
 * modules laid over it. The validator and the loader then read it like any folder, so UI
 * content and file content follow exactly the same rules.
 */
public final class OverlayTree implements AutoCloseable {

	private static final Log log = LogFactory.getLog(OverlayTree.class);

	private static final Pattern ID_LINE = Pattern.compile("(?m)^id:\\s*[\"']?([A-Za-z0-9_-]+)");

	private static final Pattern MODULES_LINE = Pattern.compile("(?m)^modules:[ \\t]*(\\[[^\\]]*\\])?[ \\t]*$");

	public final Path root;

	public final List<ContentProblem> problems = new ArrayList<>();

	private OverlayTree(Path root) {
		this.root = root;
	}

	/** Copies {@code folder} to a temporary folder and lays {@code overlay} over it. */
	public static OverlayTree build(Path folder, ContentOverlay.Snapshot overlay) {
		try {
			Path tmp = Files.createTempDirectory("cm-content-");
			OverlayTree tree = new OverlayTree(tmp);
			if (Files.isDirectory(folder)) {
				copy(folder, tmp);
			}
			tree.lay(overlay);
			return tree;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void lay(ContentOverlay.Snapshot overlay) throws IOException {
		Path programmes = root.resolve("programmes");
		Files.createDirectories(programmes);
		Map<String, Path> byId = programmeFolders(programmes);
		for (ContentOverlay.OverlayProgramme p : overlay.programmes()) {
			if (overlay.modules().stream().noneMatch(m -> m.programmeId().equals(p.id()))) {
				continue;
			}
			if (byId.containsKey(p.id())) {
				log.info("Programme '" + p.id()
						+ "' exists in the content folder too: the folder's programme.yaml is used");
				continue;
			}
			Path dir = programmes.resolve(p.folder());
			Files.createDirectories(dir);
			Files.writeString(dir.resolve("programme.yaml"), p.yamlHead().strip() + "\nmodules:\n");
			byId.put(p.id(), dir);
		}
		for (ContentOverlay.OverlayModule m : overlay.modules()) {
			Path programme = byId.get(m.programmeId());
			if (programme == null) {
				problems.add(new ContentProblem("authoring/" + m.moduleId(), 1, "module '" + m.moduleId()
						+ "' belongs to programme '" + m.programmeId() + "', which no longer exists"));
				continue;
			}
			Path existing = moduleFolder(programme, m.moduleId());
			Path target;
			if (existing != null) {
				log.info("Module '" + m.moduleId() + "' is edited in the browser: its copy in the content folder ("
						+ root.relativize(existing) + ") is skipped");
				deleteTree(existing);
				target = existing;
			}
			else {
				target = programme.resolve(freeName(programme, m.folder()));
				appendModule(programme.resolve("programme.yaml"), target.getFileName().toString());
			}
			Files.createDirectories(target);
			for (Map.Entry<String, byte[]> file : m.files().entrySet()) {
				Path path = target.resolve(file.getKey()).normalize();
				if (!path.startsWith(target)) {
					continue;
				}
				Files.createDirectories(path.getParent());
				Files.write(path, file.getValue());
			}
		}
	}

	/** The folder of the programme's module whose {@code module.yaml} has this id. */
	private static @Nullable Path moduleFolder(Path programme, String moduleId) throws IOException {
		try (Stream<Path> dirs = Files.list(programme)) {
			for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
				Path yaml = dir.resolve("module.yaml");
				if (Files.isRegularFile(yaml) && moduleId.equals(id(yaml))) {
					return dir;
				}
			}
		}
		return null;
	}

	private static String freeName(Path programme, String wanted) {
		String name = wanted;
		for (int n = 2; Files.exists(programme.resolve(name)); n++) {
			name = wanted + "-" + n;
		}
		return name;
	}

	private static void appendModule(Path programmeYaml, String folder) throws IOException {
		String text = Files.readString(programmeYaml, StandardCharsets.UTF_8);
		Matcher m = MODULES_LINE.matcher(text);
		if (!m.find()) {
			Files.writeString(programmeYaml,
					text + (text.endsWith("\n") ? "" : "\n") + "modules:\n  - " + folder + "\n");
			return;
		}
		if (m.group(1) != null) {
			String list = m.group(1);
			String inner = list.substring(1, list.length() - 1).strip();
			String replaced = "modules: [" + (inner.isEmpty() ? folder : inner + ", " + folder) + "]";
			Files.writeString(programmeYaml, text.substring(0, m.start()) + replaced + text.substring(m.end()));
			return;
		}
		// Block list: insert after the last "- " line that follows "modules:".
		String[] lines = text.split("\n", -1);
		int start = text.substring(0, m.start()).split("\n", -1).length - 1;
		int last = start;
		String indent = "  ";
		for (int i = start + 1; i < lines.length; i++) {
			String line = lines[i];
			if (line.isBlank() || line.stripLeading().startsWith("#")) {
				continue;
			}
			if (line.startsWith(" ") || line.startsWith("-")) {
				if (line.stripLeading().startsWith("- ")) {
					indent = line.substring(0, line.indexOf('-'));
				}
				last = i;
				continue;
			}
			break;
		}
		List<String> result = new ArrayList<>(List.of(lines));
		result.add(last + 1, indent + "- " + folder);
		Files.writeString(programmeYaml, String.join("\n", result));
	}

	private static Map<String, Path> programmeFolders(Path programmes) throws IOException {
		Map<String, Path> byId = new HashMap<>();
		try (Stream<Path> dirs = Files.list(programmes)) {
			for (Path dir : dirs.filter(Files::isDirectory).toList()) {
				Path yaml = dir.resolve("programme.yaml");
				if (Files.isRegularFile(yaml)) {
					String id = id(yaml);
					if (id != null) {
						byId.putIfAbsent(id, dir);
					}
				}
			}
		}
		return byId;
	}

	private static @Nullable String id(Path yaml) {
		try {
			Matcher m = ID_LINE.matcher(Files.readString(yaml, StandardCharsets.UTF_8));
			return m.find() ? m.group(1) : null;
		}
		catch (IOException | UncheckedIOException e) {
			return null;
		}
	}

	private static void copy(Path from, Path to) throws IOException {
		Files.walkFileTree(from, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
				Files.createDirectories(to.resolve(from.relativize(dir).toString()));
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
				return FileVisitResult.CONTINUE;
			}
		});
	}

	private static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

	@Override
	public void close() {
		try {
			deleteTree(root);
		}
		catch (IOException e) {
			log.warn("Could not delete " + root + ": " + e.getMessage());
		}
	}

}
