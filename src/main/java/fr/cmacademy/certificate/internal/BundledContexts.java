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
 * JSON-LD contexts from the classpath only: the W3C ones iron bundles (credentials v2,
 * data integrity, multikey) and Open Badges 3.0 from {@code resources/jsonld}. Any other
 * URL fails: signing and verifying never touch the network.
 */
final class BundledContexts implements DocumentLoader {

	static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

	private static final Map<String, String> FILES = Map.of(OB_CONTEXT, "/jsonld/ob-v3p0-context-3.0.3.json");

	static final DocumentLoader LOADER = new StaticContextLoader(new BundledContexts());

	private BundledContexts() {
	}

	@Override
	public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
		String file = FILES.get(url.toString());
		if (file == null) {
			throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "Not a bundled context: " + url);
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
