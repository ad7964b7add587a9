package app

import (
	"net/url"
	"strings"
)

// ImageProxyURL rewrites external image links through the configured image proxy.
// Only active when ImageProxySettings.Enable is true.
func (a *App) ImageProxyURL(imageURL string) string {
	s := a.cfg.ImageProxySettings
	if !s.Enable || s.RemoteImageProxyURL == "" {
		return imageURL
	}
	if strings.HasPrefix(imageURL, a.cfg.ServiceSettings.SiteURL) {
		return imageURL
	}
	return strings.TrimRight(s.RemoteImageProxyURL, "/") + "/?url=" + url.QueryEscape(imageURL)
}
