package fr.cmacademy.content.internal;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves lesson images to signed-in users (the security chain requires authentication on
 * this path). SVG can carry scripts, so every image is sent with a sandboxing
 * Content-Security-Policy and no MIME sniffing.
 */
@RestController
class AssetController {

	private final JdbcClient jdbc;

	AssetController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Asset(String mediaType, byte[] data, String hash) {
	}

	@GetMapping("/content-assets/{itemId}/{name}")
	ResponseEntity<byte[]> asset(@PathVariable String itemId, @PathVariable String name) {
		return jdbc.sql("SELECT media_type, data, content_hash FROM content_asset WHERE item_id = :id AND name = :name")
			.param("id", itemId)
			.param("name", name)
			.query((rs, row) -> new Asset(rs.getString(1), rs.getBytes(2), rs.getString(3)))
			.optional()
			.map(asset -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(asset.mediaType()))
				.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
				.eTag(asset.hash())
				.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
				.header("X-Content-Type-Options", "nosniff")
				.body(asset.data()))
			.orElse(ResponseEntity.notFound().build());
	}

}
