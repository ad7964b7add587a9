package org.apache.skywalking.showcase.services.song.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import lombok.Data;

@Data
@Entity
@Table(name = "song")
public class Song {
    @Id
    private Long id;

    @Column
    private String name;

    @Column
    private String artist;

    @Column
    private String genre;

    @Column
    private Integer liked;
}
