import React from "react";
import { GoogleMap, Marker, useJsApiLoader } from "@react-google-maps/api";
import { getWidgetryConfigs } from "ce/configs";

export interface MapComponentProps {
  center: { lat: number; lng: number };
  zoom: number;
  markers: { lat: number; long: number; title?: string }[];
}

function MapLoaded(props: MapComponentProps & { apiKey: string }) {
  // Script is loaded from https://maps.googleapis.com/maps/api/js?key=...
  const { isLoaded } = useJsApiLoader({ id: "widgetry-google-maps", googleMapsApiKey: props.apiKey });
  if (!isLoaded) return <div>Loading map…</div>;
  return (
    <GoogleMap center={props.center} mapContainerStyle={{ width: "100%", height: "100%" }} zoom={props.zoom}>
      {props.markers.map((m, i) => (
        <Marker key={i} position={{ lat: m.lat, lng: m.long }} title={m.title} />
      ))}
    </GoogleMap>
  );
}

export default function MapComponent(props: MapComponentProps) {
  const { googleMaps } = getWidgetryConfigs();
  if (!googleMaps.enabled) {
    return (
      <div className="map-disabled">
        Map widget requires a Google Maps API key. Set WIDGETRY_GOOGLE_MAPS_API_KEY and restart.
      </div>
    );
  }
  return <MapLoaded {...props} apiKey={googleMaps.apiKey} />;
}
