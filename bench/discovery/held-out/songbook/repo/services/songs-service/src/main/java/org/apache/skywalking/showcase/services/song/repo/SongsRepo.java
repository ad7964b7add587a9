package org.apache.skywalking.showcase.services.song.repo;

import java.util.List;
import org.apache.skywalking.showcase.services.song.entity.Song;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SongsRepo extends JpaRepository<Song, Long> {
    List<Song> findByGenre(String genre, Sort sort);

    @Query("select s from Song s order by s.liked desc")
    List<Song> findTopLiked();
}
