// Package media finds the files the kiosk shows and plays and prepares
// them: it watches the folders staff copy content into (Watcher), checks
// pictures from their headers and makes screen-sized renditions that the
// slideshow decodes quickly (ProbeImage, MakeRendition), measures and plays
// MP3s in the background with fades, quiet times and a sound device that may
// come and go (MP3Duration, Player), and draws QR codes.
//
// The package knows nothing of the user interface or the database; errors
// about a file's content (ImageError, AudioError) carry a Kind that the
// caller turns into words for staff.
package media
