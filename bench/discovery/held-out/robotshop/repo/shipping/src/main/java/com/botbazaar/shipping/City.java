package com.botbazaar.shipping;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "cities")
public class City {
    @Id
    private long uuid;

    @Column(name = "country_code")
    private String code;
    private String city;
    private String name;
    private String region;
    private double latitude;
    private double longitude;

    public long getUuid() { return uuid; }
    public String getCode() { return code; }
    public String getCity() { return city; }
    public String getName() { return name; }
    public String getRegion() { return region; }
    public double getLatitude() { return latitude; }
    public double getLongitude() { return longitude; }

    @Override
    public String toString() {
        return String.format("City(%d) %s %s %s", uuid, code, name, region);
    }
}
