package fr.cmacademy.content;

import fr.cmacademy.shared.Text;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import fr.cmacademy.content.ContentSet.Completion;
import fr.cmacademy.content.ContentSet.Item;
import fr.cmacademy.content.ContentSet.ItemKind;
import fr.cmacademy.content.ContentSet.Module;
import fr.cmacademy.content.ContentSet.Programme;
import fr.cmacademy.content.internal.AssignmentFile;
import fr.cmacademy.content.internal.BankReader;
import fr.cmacademy.content.internal.CertificateBlock;
import fr.cmacademy.content.internal.Hashes;
import fr.cmacademy.content.internal.Ids;
import fr.cmacademy.content.internal.QuizFile;
import fr.cmacademy.content.internal.QuizReferences;
import fr.cmacademy.simulation.ScenarioReadResult;
import fr.cmacademy.simulation.ScenarioReader;
import fr.cmacademy.simulation.model.Scenario;
import fr.cmacademy.content.internal.LessonFile;
import fr.cmacademy.content.internal.Problems;
import fr.cmacademy.shared.yaml.YamlNodes;

/**
 * Reads a {@code content/} folder (format in {@code content/README.md}) and reports every
 * problem it finds, not only the first. Plain Java, no Spring and no database: the
 * {@code validate-content} command, the loader and the tests all use it.
 */
public final class ContentValidator {

	private static final Set<String> PROGRAMME_KEYS = Set.of("id", "title", "summary", "self_enrol", "modules",
			"certificate");

	private static final Set<String> MODULE_KEYS = Set.of("id", "title", "summary", "estimated_minutes", "objectives",
			"completion", "items");

	/** Each item kind and the module sub-folder holding its folders. */
	private static final Map<String, String> ITEM_FOLDERS = Map.of("lesson", "lessons", "quiz", "quizzes", "scenario",
			"scenarios", "assignment", "assignments");

	private static final Set<String> RESERVED_FOLDERS = Set.of("assets", "lessons", "quizzes", "banks", "scenarios");

	private static final long MAX_ASSET_BYTES = 2L * 1024 * 1024;

	/** The outcome: the content when there is no problem, and every problem found. */
	public record Result(@Nullable ContentSet content, List<ContentProblem> problems) {

		public boolean valid() {
			return problems.isEmpty();
		}

	}

	private final Path root;

	private final Problems problems = new Problems();

	/** Where each id was first declared, to report duplicates. */
	private final Map<String, String> ids = new HashMap<>();

	/** Quizzes read, checked against every bank once all modules are read. */
	private final List<PendingQuiz> quizzes = new ArrayList<>();

	private record PendingQuiz(String file, QuizFile.Parsed quiz) {
	}

	/**
	 * False once a bank has a problem: quizzes are then not checked against the banks, so
	 * one broken question does not also show up as every quiz that uses it.
	 */
	private boolean banksValid = true;

	private ContentValidator(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	public static Result validate(Path root) {
		ContentValidator validator = new ContentValidator(root);
		List<Programme> programmes = validator.programmes();
		validator.checkQuizzes(programmes);
		List<ContentProblem> found = validator.problems.sorted();
		return new Result(found.isEmpty() ? new ContentSet(programmes) : null, found);
	}

	private List<Programme> programmes() {
		Path dir = root.resolve("programmes");
		if (!Files.isDirectory(dir)) {
			problems.add("programmes", 1, "no programmes/ folder: the content folder holds programmes/<programme>/");
			return List.of();
		}
		List<Programme> result = new ArrayList<>();
		for (Path folder : folders(dir)) {
			Programme programme = programme(folder);
			if (programme != null) {
				result.add(programme);
			}
		}
		if (result.isEmpty() && problems.isEmpty()) {
			problems.add("programmes", 1, "no programme found");
		}
		return result;
	}

	/** A metadata file read and parsed, with its top-level entries. */
	private record YamlFile(String file, String text, YamlNodes yaml, MappingNode root,
			Map<String, NodeTuple> entries) {

		/** A required French and English text. */
		@Nullable Text text(String key) {
			return yaml.text(yaml.required(entries, key, root), key);
		}

	}

	private @Nullable YamlFile yamlFile(Path path, Set<String> keys) {
		String file = relative(path);
		String text = read(path, file);
		if (text == null) {
			return null;
		}
		YamlNodes yaml = new YamlNodes((line, message) -> problems.add(file, line, message));
		MappingNode root = yaml.parse(text);
		return root == null ? null : new YamlFile(file, text, yaml, root, yaml.entries(root, keys));
	}

	private @Nullable Programme programme(Path folder) {
		YamlFile source = yamlFile(folder.resolve("programme.yaml"), PROGRAMME_KEYS);
		if (source == null) {
			return null;
		}
		String file = source.file();
		YamlNodes yaml = source.yaml();
		MappingNode root = source.root();
		Map<String, NodeTuple> entries = source.entries();
		String id = id(source);
		Text title = source.text("title");
		Text summary = source.text("summary");
		Boolean selfEnrol = yaml.bool(yaml.optional(entries, "self_enrol"), "self_enrol");
		List<Node> moduleNodes = yaml.list(yaml.required(entries, "modules", root), "modules");
		List<Module> modules = new ArrayList<>();
		Set<String> listed = new LinkedHashSet<>();
		if (moduleNodes != null) {
			for (Node node : moduleNodes) {
				String name = folderName(yaml.string(node, "a module folder"));
				if (name == null) {
					continue;
				}
				if (!listed.add(name)) {
					yaml.problem(node, "module folder '" + name + "' is listed twice");
					continue;
				}
				Path moduleFolder = folder.resolve(name).normalize();
				if (!moduleFolder.getParent().equals(folder) || !Files.isDirectory(moduleFolder)) {
					yaml.problem(node, "unknown module folder '" + name + "': no such folder next to programme.yaml");
					continue;
				}
				Module module = module(moduleFolder);
				if (module != null) {
					modules.add(module);
				}
			}
		}
		if (moduleNodes != null) {
			int line = YamlNodes.line(entries.get("modules").getKeyNode());
			for (Path moduleFolder : folders(folder)) {
				String name = moduleFolder.getFileName().toString();
				if (!listed.contains(name)) {
					problems.add(file, line, "module folder '" + name + "' is not listed under modules");
				}
			}
		}
		Node certificateNode = yaml.optional(entries, "certificate");
		int beforeCertificate = problemCount();
		CertificateRules certificate = certificateNode == null || id == null ? null
				: CertificateBlock.read(yaml, certificateNode, id, modules.stream().map(Module::id).toList());
		if (id == null || title == null || summary == null || moduleNodes == null
				|| problemCount() != beforeCertificate) {
			return null;
		}
		String hash = Hashes.sha256(source.text(), modules.stream().map(Module::hash).toList());
		return new Programme(id, title, summary, selfEnrol == null || selfEnrol, List.copyOf(modules), hash,
				certificate, source.text());
	}

	private @Nullable Module module(Path folder) {
		YamlFile source = yamlFile(folder.resolve("module.yaml"), MODULE_KEYS);
		if (source == null) {
			return null;
		}
		String file = source.file();
		YamlNodes yaml = source.yaml();
		MappingNode root = source.root();
		Map<String, NodeTuple> entries = source.entries();
		String id = id(source);
		Text title = source.text("title");
		Text summary = source.text("summary");
		Integer minutes = yaml.positiveInt(yaml.required(entries, "estimated_minutes", root), "estimated_minutes");
		List<Text> objectives = new ArrayList<>();
		List<Node> objectiveNodes = yaml.list(yaml.required(entries, "objectives", root), "objectives");
		if (objectiveNodes != null) {
			for (Node node : objectiveNodes) {
				Text objective = yaml.text(node, "objective");
				if (objective != null) {
					objectives.add(objective);
				}
			}
		}
		List<Node> itemNodes = yaml.list(yaml.required(entries, "items", root), "items");
		int itemsLine = entries.containsKey("items") ? YamlNodes.line(entries.get("items").getKeyNode()) : 1;
		int beforeBanks = problemCount();
		List<ContentSet.BankQuestion> questions = new BankReader(problems, this::relative, p -> read(p, relative(p)),
				this::claim)
			.read(folder);
		banksValid &= problemCount() == beforeBanks;
		int before = problemCount();
		List<Item> items = items(yaml, file, folder, itemNodes, itemsLine);
		boolean itemsValid = itemNodes != null && problemCount() == before;
		Completion completion = completion(yaml, yaml.required(entries, "completion", root), items, itemsValid);
		if (id == null || title == null || summary == null || minutes == null || objectiveNodes == null
				|| completion == null) {
			return null;
		}
		List<String> children = new ArrayList<>(items.stream().map(Item::hash).toList());
		questions.forEach(q -> children.add(q.hash()));
		String hash = Hashes.sha256(source.text(), children);
		return new Module(id, folder.getFileName().toString(), title, summary, minutes, List.copyOf(objectives),
				completion, List.copyOf(items), List.copyOf(questions), hash);
	}

	private List<Item> items(YamlNodes yaml, String file, Path folder, @Nullable List<Node> nodes, int listLine) {
		List<Item> items = new ArrayList<>();
		Set<String> listed = new LinkedHashSet<>();
		if (nodes != null) {
			for (Node node : nodes) {
				if (!(node instanceof MappingNode mapping) || mapping.getValue().size() != 1
						|| !(mapping.getValue().get(0).getKeyNode() instanceof ScalarNode kindNode)) {
					yaml.problem(node, "an item is one 'kind: folder' pair, e.g. 'lesson: 01-introduction'");
					if (node instanceof ScalarNode scalar) {
						// The author named the folder but forgot the kind: do not also
						// call it unlisted.
						listed.add("lessons/" + folderName(scalar.getValue()));
					}
					continue;
				}
				String kind = kindNode.getValue();
				String sub = ITEM_FOLDERS.get(kind);
				if (sub == null) {
					yaml.problem(kindNode, "unknown item kind '" + kind + "' (expected one of "
							+ String.join(", ", ITEM_FOLDERS.keySet().stream().sorted().toList()) + ")");
					continue;
				}
				Node value = mapping.getValue().get(0).getValueNode();
				String name = folderName(yaml.string(value, kind));
				if (name == null) {
					continue;
				}
				if (!listed.add(sub + "/" + name)) {
					yaml.problem(value, kind + " '" + name + "' is listed twice");
					continue;
				}
				Path itemFolder = folder.resolve(sub).resolve(name).normalize();
				if (!itemFolder.getParent().equals(folder.resolve(sub)) || !Files.isDirectory(itemFolder)) {
					yaml.problem(value, "unknown " + kind + " '" + name + "': no folder " + sub + "/" + name);
					continue;
				}
				Item item = switch (kind) {
					case "quiz" -> quiz(itemFolder);
					case "scenario" -> scenario(itemFolder);
					case "assignment" -> assignment(itemFolder);
					default -> lesson(itemFolder);
				};
				if (item != null) {
					items.add(item);
				}
			}
		}
		for (Map.Entry<String, String> kind : new java.util.TreeMap<>(ITEM_FOLDERS).entrySet()) {
			Path sub = folder.resolve(kind.getValue());
			if (nodes == null || !Files.isDirectory(sub)) {
				continue;
			}
			for (Path itemFolder : folders(sub)) {
				String name = kind.getValue() + "/" + itemFolder.getFileName();
				if (!listed.contains(name)) {
					problems.add(file, listLine, kind.getKey() + " folder '" + name + "' is not listed under items");
				}
			}
		}
		return items;
	}

	private @Nullable Item lesson(Path folder) {
		LessonFile.Parsed fr = lessonFile(folder, "fr");
		LessonFile.Parsed en = lessonFile(folder, "en");
		if (fr == null || en == null) {
			return null;
		}
		String enFile = relative(folder.resolve("lesson.en.md"));
		if (!fr.id().equals(en.id())) {
			problems.add(enFile, en.idLine(),
					"id '" + en.id() + "' differs from the French file's id '" + fr.id() + "'");
			return null;
		}
		if (!claim(fr.id(), relative(folder.resolve("lesson.fr.md")), fr.idLine())) {
			return null;
		}
		int words = Math.max(fr.words(), en.words());
		int minutes = fr.minutes() != null ? fr.minutes() : Math.max(1, Math.round(words / 200f));
		List<ContentSet.Asset> assets = assets(folder);
		String hash = Hashes.sha256(fr.body() + "\u0000" + en.body() + "\u0000" + fr.title() + "\u0000" + en.title(),
				assets.stream().map(a -> a.name() + "=" + a.hash()).toList());
		return new Item(fr.id(), ItemKind.LESSON, folder.getFileName().toString(), new Text(fr.title(), en.title()),
				minutes, new Text(fr.body(), en.body()), hash, assets, null);
	}

	private List<ContentSet.Asset> assets(Path lessonFolder) {
		Path dir = lessonFolder.resolve("assets");
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		List<ContentSet.Asset> assets = new ArrayList<>();
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				String name = file.getFileName().toString();
				String type = LessonFile.imageType(name);
				if (type == null) {
					problems.add(relative(file), 1, "only images (png, jpg, gif, svg, webp) belong in assets/");
					continue;
				}
				if (Files.size(file) > MAX_ASSET_BYTES) {
					problems.add(relative(file), 1, "image larger than 2 MB: resize or compress it");
					continue;
				}
				byte[] data = Files.readAllBytes(file);
				assets.add(new ContentSet.Asset(name, type, data,
						Hashes.sha256(HexFormat.of().formatHex(data), List.of())));
			}
		}
		catch (IOException ex) {
			problems.add(relative(dir), 1, "cannot read: " + ex.getMessage());
		}
		return List.copyOf(assets);
	}

	private @Nullable Item quiz(Path folder) {
		DefinitionFile source = definitionFile(folder, "quiz.yaml");
		if (source == null) {
			return null;
		}
		String file = source.file();
		String text = source.text();
		QuizFile.Parsed quiz = QuizFile.parse(text, (line, message) -> problems.add(file, line, message));
		if (quiz == null || !claim(quiz.id(), file, quiz.idLine())) {
			return null;
		}
		quizzes.add(new PendingQuiz(file, quiz));
		Duration limit = quiz.definition().timeLimit();
		int minutes = limit != null ? (int) limit.toMinutes()
				: Math.max(1, Math.round(quiz.definition().questionCount() * 1.5f));
		Text intro = quiz.intro() == null ? new Text("", "") : quiz.intro();
		return new Item(quiz.id(), ItemKind.QUIZ, folder.getFileName().toString(), quiz.title(), minutes, intro,
				Hashes.sha256(text), List.of(), text);
	}

	private @Nullable Item scenario(Path folder) {
		DefinitionFile source = definitionFile(folder, "scenario.yaml");
		if (source == null) {
			return null;
		}
		String file = source.file();
		String text = source.text();
		List<ContentSet.Asset> assets = assets(folder);
		ScenarioReadResult result = ScenarioReader.read(text,
				assets.stream().map(ContentSet.Asset::name).collect(java.util.stream.Collectors.toSet()));
		result.problems().forEach(p -> problems.add(file, p.line(), p.message()));
		Scenario scenario = result.scenario();
		if (scenario == null || !claim(scenario.id(), file, idLine(text))) {
			return null;
		}
		String hash = Hashes.sha256(text, assets.stream().map(a -> a.name() + "=" + a.hash()).toList());
		return new Item(scenario.id(), ItemKind.SCENARIO, folder.getFileName().toString(), scenario.title(),
				scenario.minutes(), scenario.summary(), hash, assets, text);
	}

	private @Nullable Item assignment(Path folder) {
		DefinitionFile source = definitionFile(folder, "assignment.yaml");
		if (source == null) {
			return null;
		}
		String file = source.file();
		String text = source.text();
		AssignmentFile.Parsed assignment = AssignmentFile.parse(text,
				(line, message) -> problems.add(file, line, message));
		if (assignment == null || !claim(assignment.id(), file, assignment.idLine())) {
			return null;
		}
		AssignmentDefinition definition = assignment.definition();
		// Writing time: about 15 words a minute, plus reading the brief.
		int words = definition.maxWords() != null ? definition.maxWords()
				: definition.minWords() != null ? definition.minWords() * 2 : 600;
		int minutes = Math.max(15, Math.round(words / 15f) + 10);
		return new Item(assignment.id(), ItemKind.ASSIGNMENT, folder.getFileName().toString(), assignment.title(),
				minutes, definition.brief(), Hashes.sha256(text), List.of(), text);
	}

	/** A quiz, scenario or assignment file: where it is and what it says. */
	private record DefinitionFile(String file, String text) {
	}

	private @Nullable DefinitionFile definitionFile(Path folder, String name) {
		Path path = folder.resolve(name);
		String file = relative(path);
		String text = read(path, file);
		return text == null ? null : new DefinitionFile(file, text);
	}

	/** The line of a YAML file's top-level {@code id:} key. */
	private static int idLine(String text) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].startsWith("id:")) {
				return i + 1;
			}
		}
		return 1;
	}

	/**
	 * Checks every quiz against every bank, once all modules are read; skipped when a
	 * bank has a problem, so one broken question does not also show up as every quiz
	 * using it.
	 */
	private void checkQuizzes(List<Programme> programmes) {
		if (!banksValid) {
			return;
		}
		Map<String, String> categories = new java.util.LinkedHashMap<>();
		programmes.stream()
			.flatMap(p -> p.modules().stream())
			.flatMap(m -> m.questions().stream())
			.forEach(q -> categories.put(q.id(), q.category()));
		quizzes.forEach(pending -> QuizReferences.check(pending.file(), pending.quiz(), categories, problems));
	}

	private LessonFile.@Nullable Parsed lessonFile(Path folder, String language) {
		Path path = folder.resolve("lesson." + language + ".md");
		String file = relative(path);
		if (!Files.isRegularFile(path)) {
			problems.add(relative(folder), 1, "missing translation: no lesson." + language + ".md in this lesson");
			return null;
		}
		String text = read(path, file);
		return text == null ? null : LessonFile.parse(file, folder, text, problems);
	}

	private @Nullable Completion completion(YamlNodes yaml, @Nullable Node node, List<Item> items, boolean itemsValid) {
		if (node == null) {
			return null;
		}
		if (node instanceof ScalarNode scalar && "all".equals(scalar.getValue().strip())) {
			return new Completion(true, List.of());
		}
		if (!(node instanceof org.yaml.snakeyaml.nodes.SequenceNode sequence) || sequence.getValue().isEmpty()) {
			yaml.problem(node, "completion must be 'all' or a list of item ids");
			return null;
		}
		List<Node> required = sequence.getValue();
		List<String> ids = new ArrayList<>();
		Set<String> known = new java.util.HashSet<>(items.stream().map(Item::id).toList());
		for (Node entry : required) {
			String id = yaml.string(entry, "a required item id");
			if (id != null && !known.contains(id) && itemsValid) {
				yaml.problem(entry, "completion requires '" + id + "', which is not an item of this module");
			}
			else if (id != null) {
				ids.add(id);
			}
		}
		return new Completion(false, List.copyOf(ids));
	}

	private @Nullable String id(YamlFile source) {
		YamlNodes yaml = source.yaml();
		Node node = yaml.required(source.entries(), "id", source.root());
		String id = Ids.read(yaml, node);
		return id != null && claim(id, source.file(), YamlNodes.line(node)) ? id : null;
	}

	/**
	 * Records where an id is declared, or reports it as a duplicate of an earlier one.
	 */
	private boolean claim(String id, String file, int line) {
		String previous = ids.putIfAbsent(id, file + ":" + line);
		if (previous != null) {
			problems.add(file, line, "duplicate id '" + id + "' (already used at " + previous + ")");
			return false;
		}
		return true;
	}

	private @Nullable String read(Path path, String file) {
		if (!Files.isRegularFile(path)) {
			problems.add(file, 1, "missing file " + path.getFileName());
			return null;
		}
		try {
			String text = Files.readString(path);
			// Some editors start UTF-8 files with an invisible byte order mark.
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (MalformedInputException ex) {
			problems.add(file, 1, "not UTF-8 text: save the file as UTF-8");
		}
		catch (IOException ex) {
			problems.add(file, 1, "cannot read: " + ex.getMessage());
		}
		return null;
	}

	private int problemCount() {
		return problems.size();
	}

	/** A folder name as listed, without "./" or a trailing "/". */
	private static @Nullable String folderName(@Nullable String listed) {
		if (listed == null) {
			return null;
		}
		Path name = Path.of(listed).normalize().getFileName();
		return name == null ? listed : name.toString();
	}

	private String relative(Path path) {
		return root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
	}

	private static List<Path> folders(Path dir) {
		try (Stream<Path> children = Files.list(dir)) {
			return children.filter(Files::isDirectory)
				.filter(p -> !p.getFileName().toString().startsWith("."))
				.filter(p -> !RESERVED_FOLDERS.contains(p.getFileName().toString()))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

}
