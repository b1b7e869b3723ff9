package fr.cmacademy.authoring;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The files of one module in the {@code content/} format, by path relative to the module
 * folder, and the rules every path and file must follow whether it comes from an editor,
 * an upload or a zip: known places only, no path traversal, known types checked by their
 * first bytes, bounded sizes.
 */
public final class ModuleFiles {

	/** Largest single file (the validator's limit for images). */
	public static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

	/** Largest module, all files together. */
	public static final int MAX_MODULE_BYTES = 40 * 1024 * 1024;

	public static final int MAX_FILES = 500;

	private static final String NAME = "[a-z0-9][a-z0-9_-]{0,79}";

	private static final String ASSET = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}\\.(png|jpg|jpeg|gif|svg|webp)";

	private static final List<Pattern> PLACES = List.of(Pattern.compile("module\\.yaml"),
			Pattern.compile("lessons/" + NAME + "/lesson\\.(fr|en)\\.md"),
			Pattern.compile("lessons/" + NAME + "/assets/" + ASSET),
			Pattern.compile("banks/" + NAME + "\\.(fr|en)\\.gift"), Pattern.compile("quizzes/" + NAME + "/quiz\\.yaml"),
			Pattern.compile("scenarios/" + NAME + "/scenario\\.yaml"),
			Pattern.compile("scenarios/" + NAME + "/assets/" + ASSET),
			Pattern.compile("assignments/" + NAME + "/assignment\\.yaml"));

	private static final Pattern FOLDER = Pattern.compile(NAME);

	private ModuleFiles() {
	}

	/** True for a folder name the content format accepts for an item or a bank. */
	public static boolean validFolder(String name) {
		return FOLDER.matcher(name).matches();
	}

	/**
	 * Checks one file; throws {@link AuthoringException} naming the path and the rule it
	 * breaks.
	 */
	public static void check(String path, byte[] data) {
		if (PLACES.stream().noneMatch(p -> p.matcher(path).matches())) {
			throw new AuthoringException("authoring.error.path", path);
		}
		if (data.length > MAX_FILE_BYTES) {
			throw new AuthoringException("authoring.error.too-big", path, MAX_FILE_BYTES / 1024 / 1024);
		}
		String lower = path.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".yaml") || lower.endsWith(".md") || lower.endsWith(".gift") || lower.endsWith(".svg")) {
			if (!validUtf8(data)) {
				throw new AuthoringException("authoring.error.utf8", path);
			}
			if (lower.endsWith(".svg") && !new String(data, StandardCharsets.UTF_8).contains("<svg")) {
				throw new AuthoringException("authoring.error.image-type", path);
			}
			return;
		}
		String type = imageType(data).orElseThrow(() -> new AuthoringException("authoring.error.image-type", path));
		String extension = lower.substring(lower.lastIndexOf('.') + 1);
		if (!type.equals(extension.equals("jpeg") ? "jpg" : extension)) {
			throw new AuthoringException("authoring.error.image-type", path);
		}
	}

	/** The raster type of an image from its first bytes: png, jpg, gif or webp. */
	public static Optional<String> imageType(byte[] d) {
		if (d.length >= 8 && (d[0] & 0xff) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G') {
			return Optional.of("png");
		}
		if (d.length >= 3 && (d[0] & 0xff) == 0xFF && (d[1] & 0xff) == 0xD8 && (d[2] & 0xff) == 0xFF) {
			return Optional.of("jpg");
		}
		if (d.length >= 6 && d[0] == 'G' && d[1] == 'I' && d[2] == 'F' && d[3] == '8') {
			return Optional.of("gif");
		}
		if (d.length >= 12 && d[0] == 'R' && d[1] == 'I' && d[2] == 'F' && d[3] == 'F' && d[8] == 'W' && d[9] == 'E'
				&& d[10] == 'B' && d[11] == 'P') {
			return Optional.of("webp");
		}
		return Optional.empty();
	}

	private static boolean validUtf8(byte[] data) {
		try {
			StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(data));
			return true;
		}
		catch (java.nio.charset.CharacterCodingException e) {
			return false;
		}
	}

	/**
	 * The item a file belongs to, for the history: {@code lessons/01-intro},
	 * {@code banks/profession}, {@code module.yaml}.
	 */
	public static String itemOf(String path) {
		String[] parts = path.split("/");
		if (parts.length == 1) {
			return path;
		}
		if (parts[0].equals("banks")) {
			String name = parts[1];
			return "banks/" + name.substring(0, name.indexOf('.'));
		}
		return parts[0] + "/" + parts[1];
	}

	/** Writes the files as a zip whose root is the module folder's content. */
	public static byte[] zip(Map<String, byte[]> files) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
				ZipEntry entry = new ZipEntry(file.getKey());
				// A fixed time keeps the same files giving the same bytes.
				entry.setTime(0);
				zip.putNextEntry(entry);
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	/**
	 * Reads a zip of a module folder (its content at the root, or inside one top folder),
	 * checking every entry; directories are skipped. Sizes are counted while reading, so
	 * a zip bomb stops at the limit.
	 */
	public static Map<String, byte[]> unzip(byte[] archive) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		long total = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (entry.isDirectory()) {
					continue;
				}
				String name = entry.getName();
				if (name.contains("\\") || name.startsWith("/") || Arrays.asList(name.split("/")).contains("..")) {
					throw new AuthoringException("authoring.error.path", name);
				}
				if (files.size() >= MAX_FILES) {
					throw new AuthoringException("authoring.error.too-many", MAX_FILES);
				}
				byte[] data = readAtMost(zip, MAX_FILE_BYTES, name);
				total += data.length;
				if (total > MAX_MODULE_BYTES) {
					throw new AuthoringException("authoring.error.module-too-big", MAX_MODULE_BYTES / 1024 / 1024);
				}
				files.put(name, data);
			}
		}
		catch (IOException e) {
			throw new AuthoringException("authoring.error.zip");
		}
		if (files.isEmpty()) {
			throw new AuthoringException("authoring.error.zip");
		}
		Map<String, byte[]> rooted = stripTopFolder(files);
		rooted.forEach(ModuleFiles::check);
		if (!rooted.containsKey("module.yaml")) {
			throw new AuthoringException("authoring.error.no-module-yaml");
		}
		return rooted;
	}

	private static Map<String, byte[]> stripTopFolder(Map<String, byte[]> files) {
		if (files.containsKey("module.yaml")) {
			return files;
		}
		String first = files.keySet().iterator().next();
		int slash = first.indexOf('/');
		if (slash < 0) {
			return files;
		}
		String top = first.substring(0, slash + 1);
		if (!files.keySet().stream().allMatch(k -> k.startsWith(top))) {
			return files;
		}
		Map<String, byte[]> stripped = new LinkedHashMap<>();
		files.forEach((k, v) -> stripped.put(k.substring(top.length()), v));
		return stripped;
	}

	private static byte[] readAtMost(InputStream in, int limit, String name) throws IOException {
		byte[] data = in.readNBytes(limit + 1);
		if (data.length > limit) {
			throw new AuthoringException("authoring.error.too-big", name, limit / 1024 / 1024);
		}
		return data;
	}

	/** Two file sets with the same paths and the same bytes. */
	public static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
		return a.keySet().equals(b.keySet())
				&& a.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), b.get(e.getKey())));
	}

}
