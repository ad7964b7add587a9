package com.railwaygo.station;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document(collection = "stations")
public class Station {
    @Id
    private String id;
    private String name;
    private int stayTime;

    public Station() {
    }

    public Station(String id, String name, int stayTime) {
        this.id = id;
        this.name = name;
        this.stayTime = stayTime;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public int getStayTime() { return stayTime; }
    public void setStayTime(int stayTime) { this.stayTime = stayTime; }
}
