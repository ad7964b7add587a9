import React, { useEffect, useRef } from 'react';
import mapboxgl from 'mapbox-gl';

// The Mapbox token is bootstrapped from MAPBOX_API_KEY; tiles are fetched by the browser.
const MAPBOX_STYLE = 'mapbox://styles/mapbox/light-v9';

export default function MapboxPreview({ token, lat, lon }: { token: string; lat: number; lon: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current || !token) return undefined;
    mapboxgl.accessToken = token;
    const map = new mapboxgl.Map({
      container: ref.current,
      style: MAPBOX_STYLE,
      center: [lon, lat],
      zoom: 9,
    });
    return () => map.remove();
  }, [token, lat, lon]);
  return <div ref={ref} style={{ height: 240 }} />;
}
