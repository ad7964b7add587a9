package com.kestrel.skyparcel.ingestion.model;

import java.time.OffsetDateTime;

public class DeliveryRequest {
    private String deliveryId;
    private String ownerId;
    private String pickupLocation;
    private String dropoffLocation;
    private OffsetDateTime pickupTime;
    private boolean expedited;
    private String confirmationRequired;
    private PackageInfo packageInfo;

    public static class PackageInfo {
        public String packageId;
        public String size;
        public double weight;
        public String tag;
    }

    public String getDeliveryId() { return deliveryId; }
    public void setDeliveryId(String deliveryId) { this.deliveryId = deliveryId; }
    public String getOwnerId() { return ownerId; }
    public void setOwnerId(String ownerId) { this.ownerId = ownerId; }
    public String getPickupLocation() { return pickupLocation; }
    public void setPickupLocation(String v) { this.pickupLocation = v; }
    public String getDropoffLocation() { return dropoffLocation; }
    public void setDropoffLocation(String v) { this.dropoffLocation = v; }
    public OffsetDateTime getPickupTime() { return pickupTime; }
    public void setPickupTime(OffsetDateTime v) { this.pickupTime = v; }
    public boolean isExpedited() { return expedited; }
    public void setExpedited(boolean v) { this.expedited = v; }
    public String getConfirmationRequired() { return confirmationRequired; }
    public void setConfirmationRequired(String v) { this.confirmationRequired = v; }
    public PackageInfo getPackageInfo() { return packageInfo; }
    public void setPackageInfo(PackageInfo v) { this.packageInfo = v; }
}
