package com.thistlewood.bramble.media.controller;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
public class MediaController {

    public record MediaVm(Long id, String caption, String fileName, String mediaType, String url) {
    }

    private record MediaRow(Long id, String caption, String fileName, String mediaType, String filePath) {
    }

    private final JdbcClient jdbcClient;
    private final Path storageDir;
    private final String publicUrl;

    public MediaController(JdbcClient jdbcClient,
                           @Value("${media.storage-dir}") String storageDir,
                           @Value("${bramble.public.url}") String publicUrl) {
        this.jdbcClient = jdbcClient;
        this.storageDir = Paths.get(storageDir);
        this.publicUrl = publicUrl;
    }

    @PostMapping(path = "/medias", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public MediaVm upload(@RequestParam("multipartFile") MultipartFile file,
                          @RequestParam(defaultValue = "") String caption) throws IOException {
        Files.createDirectories(storageDir);
        String fileName = UUID.randomUUID() + "-" + file.getOriginalFilename();
        Path target = storageDir.resolve(fileName);
        file.transferTo(target);

        var keyHolder = new GeneratedKeyHolder();
        jdbcClient.sql("INSERT INTO media (caption, file_name, media_type, file_path) VALUES (:c, :f, :t, :p)")
                .param("c", caption)
                .param("f", fileName)
                .param("t", file.getContentType())
                .param("p", target.toString())
                .update(keyHolder, "id");
        Long id = keyHolder.getKeyAs(Long.class);
        return new MediaVm(id, caption, fileName, file.getContentType(), fileUrl(id, fileName));
    }

    @GetMapping("/medias/{id}")
    public ResponseEntity<MediaVm> get(@PathVariable Long id) {
        return find(id)
                .map(m -> ResponseEntity.ok(new MediaVm(m.id(), m.caption(), m.fileName(), m.mediaType(),
                        fileUrl(m.id(), m.fileName()))))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/medias/{id}/file/{fileName}")
    public ResponseEntity<Resource> file(@PathVariable Long id, @PathVariable String fileName) {
        return find(id)
                .<ResponseEntity<Resource>>map(m -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(m.mediaType()))
                        .body(new FileSystemResource(m.filePath())))
                .orElse(ResponseEntity.notFound().build());
    }

    @DeleteMapping("/medias/{id}")
    public ResponseEntity<Void> delete(@PathVariable Long id) throws IOException {
        var media = find(id);
        if (media.isPresent()) {
            Files.deleteIfExists(Paths.get(media.get().filePath()));
            jdbcClient.sql("DELETE FROM media WHERE id = :id").param("id", id).update();
        }
        return ResponseEntity.noContent().build();
    }

    private java.util.Optional<MediaRow> find(Long id) {
        return jdbcClient.sql("SELECT id, caption, file_name, media_type, file_path FROM media WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new MediaRow(rs.getLong("id"), rs.getString("caption"),
                        rs.getString("file_name"), rs.getString("media_type"), rs.getString("file_path")))
                .optional();
    }

    private String fileUrl(Long id, String fileName) {
        return publicUrl + "/medias/" + id + "/file/" + fileName;
    }
}
