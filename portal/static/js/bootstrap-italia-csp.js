/*
 * Read before Bootstrap Italia's bundle. Its video player (video.js) would otherwise add
 * <style> elements of default sizes at load, which the portal's Content-Security-Policy
 * (style-src 'self', no inline styles) refuses; the bundle's CSS already sizes players.
 */
window.VIDEOJS_NO_DYNAMIC_STYLE = true;
