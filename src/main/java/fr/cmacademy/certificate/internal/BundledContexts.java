package fr.cmacademy.certificate.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.apicatalog.vc.loader.StaticContextLoader;

/**
 * JSON-LD contexts from the classpath only: credentials v2 and Open Badges 3.0 from
 * {@code resources/jsonld}, the others iron bundles (data integrity, multikey). Any other
 * URL fails: signing and verifying never touch the network.
 */
final class BundledContexts implements DocumentLoader {

	static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

	static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";

	/**
	 * Ours first: iron 0.14 bundles a 2023 draft of the credentials v2 context, whose
	 * {@code name} and {@code description} clash with Open Badges' protected terms; the
	 * final Recommendation's does not.
	 */
	private static final Map<String, String> FILES = Map.of(OB_CONTEXT, "/jsonld/ob-v3p0-context-3.0.3.json",
			VC_CONTEXT, "/jsonld/credentials-v2.jsonld");

	static final DocumentLoader LOADER = new BundledContexts();

	private static final DocumentLoader IRON = new StaticContextLoader((url, options) -> {
		throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "Not a bundled context: " + url);
	});

	private BundledContexts() {
	}

	@Override
	public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
		String file = FILES.get(url.toString());
		if (file == null) {
			return IRON.loadDocument(url, options);
		}
		try (InputStream in = BundledContexts.class.getResourceAsStream(file)) {
			if (in == null) {
				throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "Missing resource " + file);
			}
			JsonDocument document = JsonDocument.of(in);
			document.setDocumentUrl(url);
			return document;
		}
		catch (IOException ex) {
			throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, ex);
		}
	}

}
