package com.railwaygo.order;

import javax.persistence.*;
import java.time.LocalDate;

@Entity
@Table(name = "orders")
public class Order {
    @Id
    private String id;
    private String accountId;
    private String contactsEmail;
    private String tripId;
    private String fromStationId;
    private String toStationId;
    private LocalDate travelDate;
    private int seatClass;
    private int seatNumber;
    private String price;
    private int status;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getAccountId() { return accountId; }
    public void setAccountId(String accountId) { this.accountId = accountId; }
    public String getContactsEmail() { return contactsEmail; }
    public void setContactsEmail(String contactsEmail) { this.contactsEmail = contactsEmail; }
    public String getTripId() { return tripId; }
    public void setTripId(String tripId) { this.tripId = tripId; }
    public String getFromStationId() { return fromStationId; }
    public void setFromStationId(String v) { this.fromStationId = v; }
    public String getToStationId() { return toStationId; }
    public void setToStationId(String v) { this.toStationId = v; }
    public LocalDate getTravelDate() { return travelDate; }
    public void setTravelDate(LocalDate travelDate) { this.travelDate = travelDate; }
    public int getSeatClass() { return seatClass; }
    public void setSeatClass(int seatClass) { this.seatClass = seatClass; }
    public int getSeatNumber() { return seatNumber; }
    public void setSeatNumber(int seatNumber) { this.seatNumber = seatNumber; }
    public String getPrice() { return price; }
    public void setPrice(String price) { this.price = price; }
    public int getStatus() { return status; }
    public void setStatus(int status) { this.status = status; }
}
