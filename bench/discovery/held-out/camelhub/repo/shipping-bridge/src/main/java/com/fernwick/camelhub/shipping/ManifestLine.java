package com.fernwick.camelhub.shipping;

import org.apache.camel.dataformat.bindy.annotation.CsvRecord;
import org.apache.camel.dataformat.bindy.annotation.DataField;

/** One line of the end-of-day ParcelNorth collection manifest. */
@CsvRecord(separator = ",", generateHeaderColumns = true)
public class ManifestLine {

    @DataField(pos = 1, columnName = "reference")
    private String orderId;

    @DataField(pos = 2, columnName = "tracking_number")
    private String trackingNumber;

    @DataField(pos = 3, columnName = "depot")
    private String depot = "FERNWICK-DC1";

    public ManifestLine() {
    }

    public ManifestLine(String orderId, String trackingNumber) {
        this.orderId = orderId;
        this.trackingNumber = trackingNumber;
    }

    public String getOrderId() { return orderId; }
    public String getTrackingNumber() { return trackingNumber; }
    public String getDepot() { return depot; }
}
