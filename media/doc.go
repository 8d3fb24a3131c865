// Package media finds the files the kiosk shows and plays and prepares
// them: it watches the folders staff copy content into, checks pictures and
// sound from their headers, and makes screen-sized renditions of pictures
// that the slideshow decodes quickly.
//
// The package knows nothing of the user interface or the database; errors
// about a file's content carry a Kind that the caller turns into words for
// staff.
package media
