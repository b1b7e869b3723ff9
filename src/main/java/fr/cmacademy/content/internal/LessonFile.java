package fr.cmacademy.content.internal;

import fr.cmacademy.shared.yaml.YamlNodes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * One language of a lesson: YAML front matter ({@code id}, {@code title}, optional
 * {@code minutes}) between {@code ---} lines, then Markdown. Checks the Markdown for what
 * the renderer cannot fix: images without alt text, broken relative links and images,
 * unknown callouts, raw HTML, a level-1 heading.
 */
public final class LessonFile {

	static final Set<String> CALLOUTS = Set.of("NOTE", "TIP", "WARNING", "EXAMPLE", "IMPORTANT");

	private static final Set<String> IMAGE_TYPES = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp");

	private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\(\\s*([^)\\s]+)[^)]*\\)");

	private static final Pattern LINK = Pattern.compile("(?<!!)\\[[^\\]]*\\]\\(\\s*([^)\\s]+)[^)]*\\)");

	private static final Pattern CALLOUT = Pattern.compile("^>\\s*\\[!([A-Za-z]+)\\]");

	private static final Pattern HTML = Pattern.compile("<\\s*/?\\s*[A-Za-z][A-Za-z0-9-]*(\\s[^>]*)?>");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}’'-]+");

	/** What a valid lesson file holds. */
	public record Parsed(String id, int idLine, String title, @Nullable Integer minutes, String body, int words) {
	}

	private LessonFile() {
	}

	/**
	 * Reads and checks one lesson file.
	 * @param file the path shown in problems
	 * @param folder the lesson's folder, against which relative links and images resolve
	 */
	public static @Nullable Parsed parse(String file, Path folder, String text, Problems problems) {
		List<String> lines = text.lines().toList();
		if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
			problems.add(file, 1, "a lesson starts with front matter: a line '---', then id and title, then '---'");
			return null;
		}
		int end = -1;
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).strip().equals("---")) {
				end = i;
				break;
			}
		}
		if (end < 0) {
			problems.add(file, 1, "the front matter is not closed by a line '---'");
			return null;
		}
		// Pad with empty lines so that YAML line numbers are the file's line numbers.
		String yaml = "\n" + String.join("\n", lines.subList(1, end));
		YamlNodes nodes = new YamlNodes((line, message) -> problems.add(file, line, message));
		MappingNode front = nodes.parse(yaml);
		String id = null;
		int idLine = 2;
		String title = null;
		Integer minutes = null;
		if (front != null) {
			Map<String, org.yaml.snakeyaml.nodes.NodeTuple> entries = nodes.entries(front,
					Set.of("id", "title", "minutes"));
			id = nodes.string(nodes.required(entries, "id", front), "id");
			if (entries.containsKey("id")) {
				idLine = YamlNodes.line(entries.get("id").getValueNode());
			}
			if (id != null && !Ids.valid(id)) {
				nodes.problem(entries.get("id").getValueNode(), "invalid id '" + id + "': " + Ids.RULE);
				id = null;
			}
			title = nodes.string(nodes.required(entries, "title", front), "title");
			minutes = nodes.positiveInt(nodes.optional(entries, "minutes"), "minutes");
		}
		int bodyStart = end + 1;
		String body = String.join("\n", lines.subList(bodyStart, lines.size())).strip();
		if (body.isEmpty()) {
			problems.add(file, bodyStart, "the lesson has no text after its front matter");
		}
		checkBody(file, folder, lines, bodyStart, problems);
		if (id == null || title == null) {
			return null;
		}
		return new Parsed(id, idLine, title, minutes, body, countWords(body));
	}

	private static void checkBody(String file, Path folder, List<String> lines, int from, Problems problems) {
		boolean inCode = false;
		for (int i = from; i < lines.size(); i++) {
			String line = lines.get(i);
			int number = i + 1;
			if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
				inCode = !inCode;
				continue;
			}
			if (inCode) {
				continue;
			}
			String text = line.replaceAll("`[^`]*`", "");
			boolean setextH1 = !text.isBlank() && i + 1 < lines.size() && lines.get(i + 1).strip().matches("=+");
			if (text.strip().startsWith("# ") || text.strip().equals("#") || setextH1) {
				problems.add(file, number,
						"use ## for sections: the lesson title comes from the front matter, not a # heading");
			}
			Matcher callout = CALLOUT.matcher(text);
			if (callout.find() && !CALLOUTS.contains(callout.group(1).toUpperCase(java.util.Locale.ROOT))) {
				problems.add(file, number, "unknown callout type '" + callout.group(1) + "' (expected one of "
						+ String.join(", ", CALLOUTS.stream().sorted().toList()) + ")");
			}
			if (HTML.matcher(text).find() || text.contains("<!--")) {
				problems.add(file, number, "raw HTML is not allowed in lessons: use Markdown");
			}
			Matcher image = IMAGE.matcher(text);
			while (image.find()) {
				String target = image.group(2);
				if (image.group(1).isBlank()) {
					problems.add(file, number,
							"image '" + target + "' has no alt text: describe it for screen readers");
				}
				checkImage(file, number, folder, target, problems);
			}
			Matcher link = LINK.matcher(text);
			while (link.find()) {
				checkLink(file, number, folder, link.group(1), problems);
			}
		}
	}

	private static void checkImage(String file, int number, Path folder, String target, Problems problems) {
		if (isExternal(target)) {
			problems.add(file, number, "image '" + target + "' must be a file in the lesson's assets/ folder");
			return;
		}
		String extension = target.contains(".") ? target.substring(target.lastIndexOf('.') + 1) : "";
		Path resolved = folder.resolve(target).normalize();
		if (!resolved.startsWith(folder.resolve("assets")) || !IMAGE_TYPES.contains(extension.toLowerCase())) {
			problems.add(file, number,
					"image '" + target + "' must be a png, jpg, gif, svg or webp file under assets/");
		}
		else if (!Files.isRegularFile(resolved)) {
			problems.add(file, number, "broken image: '" + target + "' does not exist");
		}
	}

	private static void checkLink(String file, int number, Path folder, String target, Problems problems) {
		if (isExternal(target) || target.startsWith("#") || target.startsWith("mailto:")) {
			return;
		}
		String path = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
		try {
			path = java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			problems.add(file, number, "broken link: '" + target + "' is not a valid address");
			return;
		}
		Path resolved = folder.resolve(path).normalize();
		if (!Files.exists(resolved)) {
			problems.add(file, number, "broken link: '" + target + "' does not exist");
		}
	}

	private static boolean isExternal(String target) {
		return target.startsWith("http://") || target.startsWith("https://") || target.startsWith("//");
	}

	/** The media type of an image file name, or null when it is not an accepted image. */
	public static @Nullable String imageType(String name) {
		String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase() : "";
		return switch (extension) {
			case "png" -> "image/png";
			case "jpg", "jpeg" -> "image/jpeg";
			case "gif" -> "image/gif";
			case "svg" -> "image/svg+xml";
			case "webp" -> "image/webp";
			default -> null;
		};
	}

	static int countWords(String text) {
		Matcher words = WORD.matcher(text);
		int count = 0;
		while (words.find()) {
			count++;
		}
		return count;
	}

}
