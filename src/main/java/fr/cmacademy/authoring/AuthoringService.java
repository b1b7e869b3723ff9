package fr.cmacademy.authoring;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.account.AccountService;
import fr.cmacademy.account.UserAccount;
import fr.cmacademy.authoring.internal.AuthoringStore;
import fr.cmacademy.authoring.internal.AuthoringStore.ModuleRow;
import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.content.ContentFolder;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.Text;

/**
 * The draft workspace of modules edited in the browser: create a module, take one from
 * the content folder, read and save its files (every file checked on the server), import
 * a zip. Nothing here reaches learners until {@link PublishingService#publish} succeeds.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "')")
public class AuthoringService {

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,79}");

	private static final Pattern MODULE_ID = Pattern.compile("(?m)^id:\\s*[\"']?([A-Za-z0-9_-]+)");

	private final AuthoringStore store;

	private final ContentFolder folder;

	private final ContentCatalog catalog;

	private final AccountService accounts;

	private final Clock clock;

	AuthoringService(AuthoringStore store, ContentFolder folder, ContentCatalog catalog, AccountService accounts,
			Clock clock) {
		this.store = store;
		this.folder = folder;
		this.catalog = catalog;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Every module: those edited here first, then the folder's modules nobody took yet.
	 */
	@Transactional(readOnly = true)
	public List<AuthoredModule> modules() {
		List<AuthoredModule> result = new ArrayList<>();
		Set<String> authored = new LinkedHashSet<>();
		for (ModuleRow row : store.modules()) {
			authored.add(row.id());
			AuthoredModule.State state = row.publishedVersion() == null ? AuthoredModule.State.DRAFT
					: row.draftChanged() ? AuthoredModule.State.CHANGED : AuthoredModule.State.PUBLISHED;
			result.add(new AuthoredModule(row.id(), row.programmeId(), title(row.id()), state, row.publishedVersion(),
					row.updatedBy(), row.updatedAt()));
		}
		catalog.catalog()
			.programmes()
			.forEach(p -> p.modules()
				.stream()
				.filter(m -> !authored.contains(m.id()))
				.forEach(m -> result.add(
						new AuthoredModule(m.id(), p.id(), m.title(), AuthoredModule.State.FOLDER, null, null, null))));
		return result;
	}

	@Transactional(readOnly = true)
	public Optional<AuthoredModule> module(String moduleId) {
		return modules().stream()
			.filter(m -> m.id().equals(moduleId) && m.state() != AuthoredModule.State.FOLDER)
			.findFirst();
	}

	/** Programme ids a module may go into: the folder's and those created here. */
	@Transactional(readOnly = true)
	public List<String> programmes() {
		Set<String> ids = new LinkedHashSet<>(folder.programmeIds());
		store.programmes().forEach(p -> ids.add(p.id()));
		return List.copyOf(ids);
	}

	/** Starts a module (and its programme when new) with a module.yaml and no items. */
	@Transactional
	public String create(NewModule form) {
		if (!ID.matcher(form.moduleId()).matches()) {
			throw new AuthoringException("authoring.error.id", form.moduleId());
		}
		if (!ID.matcher(form.programmeId()).matches()) {
			throw new AuthoringException("authoring.error.id", form.programmeId());
		}
		requireTexts(form.title(), "title");
		requireTexts(form.summary(), "summary");
		if (exists(form.moduleId())) {
			throw new AuthoringException("authoring.error.module-exists", form.moduleId());
		}
		String by = who();
		if (!programmes().contains(form.programmeId())) {
			Text title = form.newProgrammeTitle();
			Text summary = form.newProgrammeSummary();
			if (title == null || summary == null) {
				throw new AuthoringException("authoring.error.programme-unknown", form.programmeId());
			}
			requireTexts(title, "programme title");
			requireTexts(summary, "programme summary");
			Map<String, Object> head = new LinkedHashMap<>();
			head.put("id", form.programmeId());
			head.put("title", YamlMaps.text(title));
			head.put("summary", YamlMaps.text(summary));
			store.insertProgramme(form.programmeId(), "ui-" + form.programmeId(), YamlMaps.write(head), by,
					clock.instant());
		}
		store.insertModule(form.moduleId(), form.programmeId(), form.moduleId(), by, clock.instant());
		Map<String, Object> yaml = new LinkedHashMap<>();
		yaml.put("id", form.moduleId());
		yaml.put("title", YamlMaps.text(form.title()));
		yaml.put("summary", YamlMaps.text(form.summary()));
		yaml.put("estimated_minutes", 30);
		yaml.put("objectives", List.of());
		yaml.put("completion", "all");
		yaml.put("items", List.of());
		store.saveFile(form.moduleId(), "module.yaml", YamlMaps.write(yaml).getBytes(StandardCharsets.UTF_8), by,
				clock.instant());
		return form.moduleId();
	}

	/**
	 * Copies a module of the content folder into a draft; it becomes the database's once
	 * published.
	 */
	@Transactional
	public void takeFromFolder(String moduleId) {
		if (store.module(moduleId).isPresent()) {
			return;
		}
		ContentFolder.FolderModule source = folder.module(moduleId)
			.orElseThrow(() -> new AuthoringException("authoring.error.module-unknown", moduleId));
		String by = who();
		store.insertModule(moduleId, source.programmeId(), source.folder(), by, clock.instant());
		source.files().forEach((path, data) -> {
			ModuleFiles.check(path, data);
			store.saveFile(moduleId, path, data, by, clock.instant());
		});
	}

	@Transactional(readOnly = true)
	public Map<String, byte[]> files(String moduleId) {
		requireModule(moduleId);
		return store.files(moduleId);
	}

	@Transactional(readOnly = true)
	public Optional<String> text(String moduleId, String path) {
		return Optional.ofNullable(files(moduleId).get(path)).map(b -> new String(b, StandardCharsets.UTF_8));
	}

	/** Saves one draft file, checked like a file of a zip (place, type, size). */
	@Transactional
	public void save(String moduleId, String path, byte[] data) {
		requireModule(moduleId);
		ModuleFiles.check(path, data);
		if (path.equals("module.yaml")) {
			java.util.regex.Matcher m = MODULE_ID.matcher(new String(data, StandardCharsets.UTF_8));
			if (!m.find() || !m.group(1).equals(moduleId)) {
				throw new AuthoringException("authoring.error.module-id-changed", moduleId);
			}
		}
		String by = who();
		store.saveFile(moduleId, path, data, by, clock.instant());
		store.touch(moduleId, by, clock.instant());
	}

	@Transactional
	public void saveText(String moduleId, String path, String text) {
		save(moduleId, path, text.getBytes(StandardCharsets.UTF_8));
	}

	/** Deletes a file, or every file of an item folder ({@code lessons/01-intro}). */
	@Transactional
	public void delete(String moduleId, String pathOrFolder) {
		requireModule(moduleId);
		if (pathOrFolder.equals("module.yaml") || pathOrFolder.contains("..")) {
			throw new AuthoringException("authoring.error.path", pathOrFolder);
		}
		store.deleteFiles(moduleId, pathOrFolder);
		store.touch(moduleId, who(), clock.instant());
	}

	/**
	 * Replaces the draft with a zip of a module folder. A module new to the platform
	 * needs {@code programmeId}; a module already known keeps its programme.
	 */
	@Transactional
	public String importZip(byte[] zip, @Nullable String programmeId) {
		Map<String, byte[]> files = ModuleFiles.unzip(zip);
		java.util.regex.Matcher m = MODULE_ID.matcher(new String(files.get("module.yaml"), StandardCharsets.UTF_8));
		if (!m.find() || !ID.matcher(m.group(1)).matches()) {
			throw new AuthoringException("authoring.error.no-module-yaml");
		}
		String moduleId = m.group(1);
		String by = who();
		if (store.module(moduleId).isEmpty()) {
			Optional<ContentFolder.FolderModule> inFolder = folder.module(moduleId);
			if (inFolder.isPresent()) {
				store.insertModule(moduleId, inFolder.get().programmeId(), inFolder.get().folder(), by,
						clock.instant());
			}
			else {
				if (programmeId == null || !programmes().contains(programmeId)) {
					throw new AuthoringException("authoring.error.programme-needed", moduleId);
				}
				store.insertModule(moduleId, programmeId, moduleId, by, clock.instant());
			}
		}
		store.deleteAllFiles(moduleId);
		files.forEach((path, data) -> store.saveFile(moduleId, path, data, by, clock.instant()));
		store.touch(moduleId, by, clock.instant());
		return moduleId;
	}

	/** The draft module.yaml read for the module form. */
	@Transactional(readOnly = true)
	public ModuleSource moduleSource(String moduleId) {
		return ModuleSource.read(text(moduleId, "module.yaml").orElse("id: " + moduleId + "\n"));
	}

	/** Saves the module form (metadata, objectives, completion, order of items). */
	@Transactional
	public void saveModule(String moduleId, ModuleSource source) {
		if (!source.id().equals(moduleId)) {
			throw new AuthoringException("authoring.error.module-id-changed", moduleId);
		}
		if (source.estimatedMinutes() < 1 || source.estimatedMinutes() > 6000) {
			throw new AuthoringException("authoring.error.minutes");
		}
		saveText(moduleId, "module.yaml", source.write());
	}

	/**
	 * Adds an item: its folder with first files (front matter or header with the id and
	 * titles) and its entry at the end of the module's items.
	 */
	@Transactional
	public ModuleSource.ItemRef addItem(String moduleId, String kind, String folderName, String itemId, Text title) {
		if (!ModuleFiles.validFolder(folderName)) {
			throw new AuthoringException("authoring.error.folder", folderName);
		}
		if (!ID.matcher(itemId).matches()) {
			throw new AuthoringException("authoring.error.id", itemId);
		}
		requireTexts(title, "title");
		ModuleSource module = moduleSource(moduleId);
		ModuleSource.ItemRef ref = new ModuleSource.ItemRef(kind, folderName);
		Map<String, byte[]> files = files(moduleId);
		if (files.keySet().stream().anyMatch(p -> p.startsWith(ref.path() + "/"))) {
			throw new AuthoringException("authoring.error.folder-exists", folderName);
		}
		Map<String, Object> head = new LinkedHashMap<>();
		head.put("id", itemId);
		head.put("title", YamlMaps.text(title));
		switch (kind) {
			case "lesson" -> {
				saveText(moduleId, ref.path() + "/lesson.fr.md", "---\nid: " + itemId + "\ntitle: "
						+ YamlMaps.write(Map.of("t", title.fr())).substring(3).strip() + "\n---\n");
				saveText(moduleId, ref.path() + "/lesson.en.md", "---\nid: " + itemId + "\ntitle: "
						+ YamlMaps.write(Map.of("t", title.en())).substring(3).strip() + "\n---\n");
			}
			case "quiz" -> {
				head.put("questions", List.of());
				head.put("pass_mark", 70);
				saveText(moduleId, ref.path() + "/quiz.yaml", YamlMaps.write(head));
			}
			case "scenario" -> {
				head.put("kind", "conversation");
				head.put("summary", YamlMaps.text(title));
				head.put("minutes", 10);
				head.put("pass_score", 60);
				saveText(moduleId, ref.path() + "/scenario.yaml", YamlMaps.write(head));
			}
			case "assignment" ->
				saveText(moduleId, ref.path() + "/assignment.yaml", AssignmentSource.start(itemId, title).write());
			default -> throw new AuthoringException("authoring.error.kind", kind);
		}
		List<ModuleSource.ItemRef> items = new ArrayList<>(module.items());
		items.add(ref);
		saveText(moduleId, "module.yaml", module.withItems(items).write());
		return ref;
	}

	/** The id each item declares in its files (empty when its files do not say yet). */
	@Transactional(readOnly = true)
	public Map<ModuleSource.ItemRef, String> itemIds(String moduleId) {
		Map<String, byte[]> files = files(moduleId);
		Map<ModuleSource.ItemRef, String> ids = new LinkedHashMap<>();
		for (ModuleSource.ItemRef ref : moduleSource(moduleId).items()) {
			String file = switch (ref.kind()) {
				case "lesson" -> "/lesson.fr.md";
				case "quiz" -> "/quiz.yaml";
				case "scenario" -> "/scenario.yaml";
				default -> "/assignment.yaml";
			};
			byte[] data = files.get(ref.path() + file);
			java.util.regex.Matcher m = MODULE_ID.matcher(data == null ? "" : new String(data, StandardCharsets.UTF_8));
			ids.put(ref, m.find() ? m.group(1) : "");
		}
		return ids;
	}

	/**
	 * Stores an uploaded image in an item's {@code assets/} folder under a safe name; its
	 * type is read from its first bytes, not from the name the browser sent.
	 */
	@Transactional
	public String saveAsset(String moduleId, String itemPath, String fileName, byte[] data) {
		String type = ModuleFiles.imageType(data)
			.orElseThrow(() -> new AuthoringException("authoring.error.image-type", fileName));
		String base = fileName.replaceAll("\\.[^.]*$", "")
			.toLowerCase(java.util.Locale.ROOT)
			.replaceAll("[^a-z0-9_-]+", "-")
			.replaceAll("^-+|-+$", "");
		String name = (base.isEmpty() ? "image" : base.length() > 60 ? base.substring(0, 60) : base) + "." + type;
		save(moduleId, itemPath + "/assets/" + name, data);
		return name;
	}

	/** Removes an item: its entry in module.yaml and its files. */
	@Transactional
	public void removeItem(String moduleId, ModuleSource.ItemRef ref) {
		ModuleSource module = moduleSource(moduleId);
		List<ModuleSource.ItemRef> items = new ArrayList<>(module.items());
		items.remove(ref);
		saveText(moduleId, "module.yaml", module.withItems(items).write());
		delete(moduleId, ref.path());
	}

	/** Adds a bank: a French and an English GIFT file with one category line. */
	@Transactional
	public void addBank(String moduleId, String name) {
		if (!ModuleFiles.validFolder(name)) {
			throw new AuthoringException("authoring.error.folder", name);
		}
		if (files(moduleId).containsKey("banks/" + name + ".fr.gift")) {
			throw new AuthoringException("authoring.error.folder-exists", name);
		}
		String head = "$CATEGORY: " + moduleId + "/" + name + "\n";
		saveText(moduleId, "banks/" + name + ".fr.gift", head);
		saveText(moduleId, "banks/" + name + ".en.gift", head);
	}

	/** The module's title from its draft module.yaml (empty texts when unreadable). */
	private Text title(String moduleId) {
		byte[] yaml = store.files(moduleId).get("module.yaml");
		if (yaml == null) {
			return new Text(moduleId, moduleId);
		}
		try {
			Text t = YamlMaps.text(YamlMaps.read("module.yaml", new String(yaml, StandardCharsets.UTF_8)).get("title"));
			return t.fr().isBlank() && t.en().isBlank() ? new Text(moduleId, moduleId) : t;
		}
		catch (AuthoringException e) {
			return new Text(moduleId, moduleId);
		}
	}

	private boolean exists(String moduleId) {
		return store.module(moduleId).isPresent() || catalog.module(moduleId).isPresent()
				|| folder.module(moduleId).isPresent();
	}

	private void requireModule(String moduleId) {
		if (store.module(moduleId).isEmpty()) {
			throw new AuthoringException("authoring.error.module-unknown", moduleId);
		}
	}

	private static void requireTexts(Text text, String field) {
		if (text.fr().isBlank() || text.en().isBlank()) {
			throw new AuthoringException("authoring.error.both-languages", field);
		}
	}

	private String who() {
		return accounts.current()
			.map(UserAccount::username)
			.orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

}
