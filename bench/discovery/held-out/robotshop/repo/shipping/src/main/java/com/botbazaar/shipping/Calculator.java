package com.botbazaar.shipping;

/**
 * Great circle distance from the warehouse (somewhere near Slough) to the customer.
 */
public class Calculator {
    private static final double WAREHOUSE_LAT = 51.509865;
    private static final double WAREHOUSE_LON = -0.118092;
    private static final double EARTH_RADIUS_KM = 6371.0;

    private final double latitude;
    private final double longitude;

    Calculator(double latitude, double longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
    }

    Calculator(City city) {
        this(city.getLatitude(), city.getLongitude());
    }

    public long getDistance() {
        return getDistance(WAREHOUSE_LAT, WAREHOUSE_LON);
    }

    public long getDistance(double targetLatitude, double targetLongitude) {
        double latDistance = Math.toRadians(this.latitude - targetLatitude);
        double lonDistance = Math.toRadians(this.longitude - targetLongitude);
        double a = Math.sin(latDistance / 2) * Math.sin(latDistance / 2)
            + Math.cos(Math.toRadians(this.latitude)) * Math.cos(Math.toRadians(targetLatitude))
            * Math.sin(lonDistance / 2) * Math.sin(lonDistance / 2);
        double c = 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
        return (long) Math.rint(EARTH_RADIUS_KM * c);
    }

    // 5 per km, min 10
    public static double cost(long distance) {
        double cost = Math.max(10.0, distance * 5.0 / 100.0);
        return Math.rint(cost * 100.0) / 100.0;
    }
}
