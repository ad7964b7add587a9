package org.apache.skywalking.showcase.services.song.controller;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.apache.skywalking.apm.toolkit.trace.ActiveSpan;
import org.apache.skywalking.showcase.services.song.entity.Song;
import org.apache.skywalking.showcase.services.song.kafka.SongPlayPublisher;
import org.apache.skywalking.showcase.services.song.repo.SongsRepo;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/songs")
@RequiredArgsConstructor
public class SongController {
    private final SongsRepo songsRepo;
    private final SongPlayPublisher playPublisher;

    @GetMapping
    public List<Song> songs(@RequestParam(required = false) String genre) {
        if (genre != null) {
            return songsRepo.findByGenre(genre, Sort.by("name"));
        }
        return songsRepo.findAll();
    }

    @GetMapping("/top")
    public List<Song> top() {
        ActiveSpan.tag("songs.query", "top");
        return songsRepo.findTopLiked();
    }

    @PostMapping("/{id}/play")
    public ResponseEntity<Song> play(@PathVariable Long id) {
        return songsRepo.findById(id)
                        .map(song -> {
                            playPublisher.publish(song);
                            return ResponseEntity.ok(song);
                        })
                        .orElse(ResponseEntity.notFound().build());
    }
}
