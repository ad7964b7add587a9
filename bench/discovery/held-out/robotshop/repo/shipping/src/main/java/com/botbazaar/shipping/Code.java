package com.botbazaar.shipping;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "codes")
public class Code {
    @Id
    private long uuid;
    private String code;
    private String name;

    public long getUuid() { return uuid; }
    public String getCode() { return code; }
    public String getName() { return name; }
}
